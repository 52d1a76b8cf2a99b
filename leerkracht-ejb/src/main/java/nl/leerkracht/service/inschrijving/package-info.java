/** Enrolment and fees: the tariff table the central team keeps. */
package nl.leerkracht.service.inschrijving;
