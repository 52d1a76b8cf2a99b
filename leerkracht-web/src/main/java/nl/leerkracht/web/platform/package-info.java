/** What every page shares: navigation per role, language, messages, error pages, health. */
package nl.leerkracht.web.platform;
