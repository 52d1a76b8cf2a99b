/** Certificates: their PDF, the register of the central team, a holder's own, and the public verification. */
package nl.leerkracht.web.certificaat;
