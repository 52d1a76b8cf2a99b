/** Backing beans of {@code /agenda/*}: the Clusteragenda, one meeting with its attendance, and the iCalendar feed. */
package nl.leerkracht.web.agenda;
