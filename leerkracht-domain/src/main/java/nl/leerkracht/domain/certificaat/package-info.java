/**
 * Accreditation (domain.md §5): the Registerleraar proof of participation worth 40 register hours
 * and the Schoolleidersregister PO certificates, each with a verification code anyone can check.
 */
package nl.leerkracht.domain.certificaat;
