/**
 * Trajectories and the team board: the Expertcoach moves a trajectory through its phases; the
 * people of the school keep their board (goals, actions, successes, bordsessies); everyone else in
 * scope reads. Scope as for schools (domain.md §1): another school's trajectory is 403, also by id.
 */
package nl.leerkracht.service.traject;
