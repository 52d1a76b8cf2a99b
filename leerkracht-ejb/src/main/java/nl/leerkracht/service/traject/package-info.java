/**
 * Trajectories and the team board: a trajectory opens when its start has come or its directieteam
 * is approved ({@code TrajectOpening}, with the nightly {@code TrajectStart}); the Expertcoach moves
 * it through its phases; the people of the school keep their board (goals, actions, successes,
 * bordsessies); everyone else in scope reads. Scope as for schools (domain.md §1): another school's
 * trajectory is 403, also by id.
 */
package nl.leerkracht.service.traject;
