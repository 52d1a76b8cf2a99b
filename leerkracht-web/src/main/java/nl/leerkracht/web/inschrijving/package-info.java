/**
 * The enrolment pages below {@code /inschrijving/}: the form with its quote (public and logged in),
 * the lists and one enrolment with the central team's decisions, invoices (run, PDF, CSV), the
 * directieteam programme, and the REST API for quotes and enrolments ({@code /api/}).
 */
package nl.leerkracht.web.inschrijving;
