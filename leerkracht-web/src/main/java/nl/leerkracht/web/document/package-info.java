/** Backing beans and downloads of {@code /documenten/*}: the session documents. */
package nl.leerkracht.web.document;
