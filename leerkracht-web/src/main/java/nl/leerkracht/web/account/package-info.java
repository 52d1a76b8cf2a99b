/** Login, logout, the identity store and the logged-in user as the views see them. */
package nl.leerkracht.web.account;
