/**
 * The public side of the foundation: information meetings at participating schools, for schools
 * that consider joining, with their registrations and waiting lists (domain.md §4, §7).
 */
package nl.leerkracht.domain.publiek;
