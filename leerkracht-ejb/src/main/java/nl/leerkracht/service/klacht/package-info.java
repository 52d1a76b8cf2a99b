/**
 * The complaints procedure as a service: submitting (public), following one's own complaint by its
 * private link, the handler's register, file and actions, the deadline job and the retention purge.
 * Every query is limited to the subjects the caller's role handles: the director never reaches a
 * complaint about the director, not even by id.
 */
package nl.leerkracht.service.klacht;
