/**
 * The school register: besturen (boards), schools by BRIN code, their locations (vestigingen)
 * and teams, and the sector each belongs to.
 */
package nl.leerkracht.domain.school;
