/** One school's page, shared by every role that may see that school; the service checks the scope. */
package nl.leerkracht.web.scholen;
