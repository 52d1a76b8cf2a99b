/**
 * The public site: the programme pages a school considering leerKRACHT reads, with the costs and
 * closing date read from the tariff table, not typed into the pages.
 */
package nl.leerkracht.web.publiek;
