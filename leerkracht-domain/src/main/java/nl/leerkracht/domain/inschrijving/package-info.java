/**
 * Enrolment (inschrijving) and its fees: the tariff per start year and sector, the fee quote with
 * the rule that applied, and the price of a directieteam trajectory (domain.md §4).
 */
package nl.leerkracht.domain.inschrijving;
