/** Clusters of schools and their Expertcoaches. */
package nl.leerkracht.service.coaching;
