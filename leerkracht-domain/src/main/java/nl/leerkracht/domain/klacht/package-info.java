/**
 * The foundation's complaints procedure (domain.md §6): who handles a complaint, its clocks
 * (acknowledgement within 48 hours, a solution within four weeks or an agreed term), its outcome,
 * and what is left of it after the retention period.
 */
package nl.leerkracht.domain.klacht;
