/** Value objects and mappings shared by several areas: the school year, timestamps. */
package nl.leerkracht.domain.shared;
