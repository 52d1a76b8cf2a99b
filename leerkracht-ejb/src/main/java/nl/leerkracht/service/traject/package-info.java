/**
 * Trajectories and the team board: a trajectory opens when its start has come or its directieteam
 * is approved ({@code TrajectOpening}, with the nightly {@code TrajectStart}); the Expertcoach moves
 * it through its phases; the people of its team keep their board (goals, actions, successes,
 * bordsessies): a school's people, or for a directieteam the board's bestuurders and the
 * schoolleiders of its schools ({@code TrajectToegang}); everyone else in scope reads. Scope as for
 * schools and boards (domain.md §1): another school's or board's trajectory is 403, also by id.
 */
package nl.leerkracht.service.traject;
