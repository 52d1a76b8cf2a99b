/** The Expertcoach's pages: the clusters they guide and their schools. */
package nl.leerkracht.web.expertcoach;
