/** Backing beans of {@code /traject/*}: the trajectories in scope and one trajectory with its team board. */
package nl.leerkracht.web.traject;
