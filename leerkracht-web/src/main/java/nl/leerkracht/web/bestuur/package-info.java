/** The bestuurder's pages: the board's schools and its directieteam. */
package nl.leerkracht.web.bestuur;
