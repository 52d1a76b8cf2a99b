/** The central team's back office: overview, school register, clusters. */
package nl.leerkracht.web.centraal;
