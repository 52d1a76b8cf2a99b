/** Clusters of schools and the Expertcoaches who train and guide them. */
package nl.leerkracht.domain.coaching;
