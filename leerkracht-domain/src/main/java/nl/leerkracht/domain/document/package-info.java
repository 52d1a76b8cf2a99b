/** Session documents used in meetings, with their versions and who downloaded them. */
package nl.leerkracht.domain.document;
