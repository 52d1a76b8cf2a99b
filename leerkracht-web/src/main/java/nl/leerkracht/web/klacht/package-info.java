/** The complaint handlers' pages: the director and the chair of the Raad van Toezicht. */
package nl.leerkracht.web.klacht;
