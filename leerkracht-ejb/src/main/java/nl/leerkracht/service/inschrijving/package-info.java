/**
 * Enrolment and fees (domain.md §4): the form's quote and open start years ({@code OfferteService}),
 * the request and the central team's decisions ({@code InschrijvingService}), the lists per role
 * ({@code InschrijvingOverzichtService}), the tariff table ({@code TariefService}), invoices
 * ({@code FactuurService}) and the directieteam programme's enrolment ({@code DirectieteamService}).
 */
package nl.leerkracht.service.inschrijving;
