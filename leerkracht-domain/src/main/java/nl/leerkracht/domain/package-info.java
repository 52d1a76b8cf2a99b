/**
 * The foundation's domain: what a school, a board, a trajectory or a complaint is, and the rules
 * that govern them. Plain Java plus JPA mappings; no EJB, Faces, REST or PrimeFaces.
 */
package nl.leerkracht.domain;
