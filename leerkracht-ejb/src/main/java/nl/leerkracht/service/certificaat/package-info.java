/**
 * Accreditation (domain.md §5): the central team's run of proofs of participation, the register of
 * issued certificates with revocation, a holder's own certificates and the public verification.
 */
package nl.leerkracht.service.certificaat;
