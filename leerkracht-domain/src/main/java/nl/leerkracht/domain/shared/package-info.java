/** Value objects shared by several areas: the school year. */
package nl.leerkracht.domain.shared;
