/**
 * Accounts and what they may see: roles, password hashing, the lock after repeated failed logins,
 * and the scope (school, board, clusters) that limits a user's view of the data.
 */
package nl.leerkracht.domain.account;
