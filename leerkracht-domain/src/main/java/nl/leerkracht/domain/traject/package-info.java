/** Trajectories through the programme's phases, per sector and for directieteams. */
package nl.leerkracht.domain.traject;
