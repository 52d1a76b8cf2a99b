/** The datasource, schema migrations at start-up, demo data, health and the business exception family. */
package nl.leerkracht.service.platform;
