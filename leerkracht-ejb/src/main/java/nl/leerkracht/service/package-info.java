/**
 * Application services: {@code @Stateless} beans that are the transaction and security boundary.
 * Every public method carries {@code @RolesAllowed} (or {@code @PermitAll} on purpose), and data
 * scoping (own school, board, clusters) is enforced here, not only by hiding links in the views.
 */
package nl.leerkracht.service;
