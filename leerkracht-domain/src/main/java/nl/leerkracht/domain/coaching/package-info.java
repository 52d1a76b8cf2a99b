/** Clusters of schools, the Expertcoaches who train and guide them, and their Clusteragenda of meetings. */
package nl.leerkracht.domain.coaching;
