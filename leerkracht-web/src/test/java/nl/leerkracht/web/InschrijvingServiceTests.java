package nl.leerkracht.web;

import static nl.leerkracht.web.InContainer.als;
import static nl.leerkracht.web.InContainer.anoniem;
import static nl.leerkracht.web.InContainer.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.Aanvraag;
import nl.leerkracht.service.inschrijving.InschrijvingOverzichtService;
import nl.leerkracht.service.inschrijving.InschrijvingService;
import nl.leerkracht.service.inschrijving.OfferteService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import org.junit.jupiter.api.Test;

/** An enrolment from the public request to the central team's decision (domain.md §4), as the services run it. */
interface InschrijvingServiceTests {

    @Test
    default void anEnrolmentGoesFromRequestThroughTheCentralTeamsDecisionAndWaitsForItsStartYear() {
        Testdata.School school = Testdata.schoolZoals(
                TestDatabase.string("SELECT brin_code FROM school WHERE sector = 'PO' ORDER BY id"));
        Schooljaar startjaar = bean(OfferteService.class).openStartjaren().get(0);
        InschrijvingService inschrijvingen = bean(InschrijvingService.class);
        InschrijvingOverzichtService overzicht = bean(InschrijvingOverzichtService.class);

        anoniem();
        long id = inschrijvingen.submit(aanvraag(school, startjaar));
        ConflictException tweede =
                assertThrows(ConflictException.class, () -> inschrijvingen.submit(aanvraag(school, startjaar)));
        assertEquals("inschrijving.fout.dubbel", tweede.getMessageKey());

        als("schoolleider");
        assertThrows(EJBAccessException.class, () -> inschrijvingen.keurGoed(id), "only the central team decides");

        als("centraal");
        assertEquals(InschrijvingStatus.AANGEVRAAGD, overzicht.getDetail(id).getStatus());
        inschrijvingen.keurGoed(id);
        assertEquals(InschrijvingStatus.GOEDGEKEURD, overzicht.getDetail(id).getStatus());
        BusinessException afwijzen =
                assertThrows(BusinessException.class, () -> inschrijvingen.wijsAf(id, "Te laat bedacht"));
        assertEquals("inschrijving.fout.overgang", afwijzen.getMessageKey());
        assertEquals(InschrijvingStatus.GOEDGEKEURD, overzicht.getDetail(id).getStatus());

        // The trajectory starts on 1 September of the start year (the daily job opens it), not before.
        BusinessException teVroeg = assertThrows(BusinessException.class, () -> inschrijvingen.activeer(id));
        assertEquals("inschrijving.fout.nogNietGestart", teVroeg.getMessageKey());
        assertEquals(InschrijvingStatus.GOEDGEKEURD, overzicht.getDetail(id).getStatus());
        assertEquals("0", TestDatabase.string("SELECT COUNT(*) FROM traject WHERE inschrijving_id = ?", id));
    }

    @Test
    default void aRequestWithoutTheApplicantsFunctionSavesNothing() {
        Testdata.School school = Testdata.schoolZoals(
                TestDatabase.string("SELECT brin_code FROM school WHERE sector = 'PO' ORDER BY id"));
        Aanvraag zonderFunctie =
                aanvraag(school, bean(OfferteService.class).openStartjaren().get(0));
        zonderFunctie.setAanvragerFunctie(null);

        anoniem();
        BusinessException fout = assertThrows(
                BusinessException.class, () -> bean(InschrijvingService.class).submit(zonderFunctie));
        assertEquals("inschrijving.fout.functie", fout.getMessageKey());
        assertEquals("0", TestDatabase.string("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school.id()));
    }

    private static Aanvraag aanvraag(Testdata.School school, Schooljaar startjaar) {
        Aanvraag aanvraag = new Aanvraag();
        aanvraag.setSchoolId(school.id());
        aanvraag.setStartjaar(startjaar);
        aanvraag.setAantalLeraren(14);
        aanvraag.setAanvragerNaam("Sanne de Vries");
        aanvraag.setAanvragerEmail("sanne@school.example.nl");
        aanvraag.setAanvragerFunctie(Aanvrager.Functie.SCHOOLLEIDER);
        aanvraag.setSchoolcoachNaam("Coen Coach");
        aanvraag.setSchoolcoachFte(new BigDecimal("0.2"));
        Aanvraag.AanjagerForm aanjager = new Aanvraag.AanjagerForm();
        aanjager.setNaam("Anna Aanjager");
        aanjager.setFte(new BigDecimal("0.1"));
        aanvraag.setAanjagers(List.of(aanjager));
        aanvraag.setBesluitSamen(true);
        aanvraag.setTijdIngeroosterd(true);
        return aanvraag;
    }
}
