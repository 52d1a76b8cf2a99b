/** Logging in (the identity store's service), the caller's own profile and scope. */
package nl.leerkracht.service.account;
