/**
 * Session documents: the central team uploads them (checked by size and content) with their
 * versions; the people of a school and the Expertcoaches download what is meant for them, one by
 * one or a meeting's as one ZIP; every download is recorded.
 */
package nl.leerkracht.service.document;
