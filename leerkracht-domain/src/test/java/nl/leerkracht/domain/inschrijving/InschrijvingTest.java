package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Inschrijving.Bevestiging;
import nl.leerkracht.domain.inschrijving.Kernteamlid.Kernteamrol;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class InschrijvingTest {

    static final Schooljaar START = new Schooljaar(2027);
    static final Instant NU = Instant.parse("2027-03-01T10:00:00Z");
    static final Adres ADRES = new Adres("Schoolstraat", "1", "3511 AB", "Utrecht", null, null);
    static final Bestuur BESTUUR = new Bestuur("41234", "Stichting Primair Utrecht", Sector.PO);
    static final Aanvrager AANVRAGER =
            new Aanvrager("Sanne de Vries", "sanne@school.nl", Aanvrager.Functie.SCHOOLLEIDER, null);
    static final List<Kernteamlid> KERNTEAM = List.of(
            new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")),
            new Kernteamlid("Anna", Kernteamrol.AANJAGER, new BigDecimal("0.1")));
    static final Bevestiging BEVESTIGD = new Bevestiging(true, true, true);

    static School school(Sector sector) {
        return new School(BrinCode.of("04AB"), "De Regenboog", sector, BESTUUR, ADRES, 30);
    }

    static Inschrijving po(int leraren) {
        return Inschrijving.aanvragen(
                school(Sector.PO),
                null,
                null,
                Tarief.standaard(Sector.PO, START),
                leraren,
                AANVRAGER,
                KERNTEAM,
                BEVESTIGD,
                NU);
    }

    @Test
    void aRequestStartsAsRequestedWithItsHistory() {
        Inschrijving inschrijving = po(24);
        assertEquals(InschrijvingStatus.AANGEVRAAGD, inschrijving.getStatus());
        assertEquals(1, inschrijving.getHistorie().size());
        assertEquals("Sanne de Vries", inschrijving.getHistorie().get(0).getDoor());
        assertEquals(START, inschrijving.getStartjaar());
        assertTrue(inschrijving.isSchoolleidersregister());
    }

    @Test
    void poEnrolsAsAWholeSchoolVoPerVestigingMboPerTeam() {
        School vo = school(Sector.VO);
        Tarief voTarief = Tarief.standaard(Sector.VO, START);
        assertThrows(
                Regelfout.class,
                () -> Inschrijving.aanvragen(vo, null, null, voTarief, 30, AANVRAGER, KERNTEAM, BEVESTIGD, NU));
        Vestiging vestiging = new Vestiging(vo, 1, "Locatie Noord", ADRES);
        Inschrijving perVestiging =
                Inschrijving.aanvragen(vo, vestiging, null, voTarief, 30, AANVRAGER, KERNTEAM, BEVESTIGD, NU);
        assertEquals("Locatie Noord", perVestiging.getEenheidNaam());

        School mbo = school(Sector.MBO);
        Team team = new Team(mbo, "Team Techniek", 20);
        Tarief mboTarief = Tarief.standaard(Sector.MBO, START);
        assertThrows(
                Regelfout.class,
                () -> Inschrijving.aanvragen(mbo, null, null, mboTarief, 20, AANVRAGER, KERNTEAM, BEVESTIGD, NU));
        assertEquals(
                "Team Techniek",
                Inschrijving.aanvragen(mbo, null, team, mboTarief, 20, AANVRAGER, KERNTEAM, BEVESTIGD, NU)
                        .getEenheidNaam());
    }

    @Test
    void aVestigingOfAnotherSchoolIsRefused() {
        School vo = school(Sector.VO);
        School ander = new School(BrinCode.of("20CD"), "Ander Lyceum", Sector.VO, BESTUUR, ADRES, 50);
        Vestiging vreemd = new Vestiging(ander, 0, "Elders", ADRES);
        assertThrows(
                Regelfout.class,
                () -> Inschrijving.aanvragen(
                        vo, vreemd, null, Tarief.standaard(Sector.VO, START), 30, AANVRAGER, KERNTEAM, BEVESTIGD, NU));
    }

    @Test
    void refusesARequestWithoutTheJointDecisionOrScheduledTime() {
        Regelfout fout = assertThrows(
                Regelfout.class,
                () -> Inschrijving.aanvragen(
                        school(Sector.PO),
                        null,
                        null,
                        Tarief.standaard(Sector.PO, START),
                        24,
                        AANVRAGER,
                        KERNTEAM,
                        new Bevestiging(true, false, false),
                        NU));
        assertEquals("inschrijving.fout.bevestiging", fout.getCode());
    }

    @Test
    void needsExactlyOneSchoolcoachAndAtLeastOneAanjager() {
        List<Kernteamlid> zonderAanjager =
                List.of(new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")));
        assertEquals(
                "inschrijving.fout.aanjagers",
                assertThrows(
                                Regelfout.class,
                                () -> Inschrijving.aanvragen(
                                        school(Sector.PO),
                                        null,
                                        null,
                                        Tarief.standaard(Sector.PO, START),
                                        24,
                                        AANVRAGER,
                                        zonderAanjager,
                                        BEVESTIGD,
                                        NU))
                        .getCode());
        List<Kernteamlid> tweeCoaches = List.of(
                new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")),
                new Kernteamlid("Cor", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")),
                new Kernteamlid("Anna", Kernteamrol.AANJAGER, new BigDecimal("0.1")));
        assertEquals(
                "inschrijving.fout.schoolcoach",
                assertThrows(
                                Regelfout.class,
                                () -> Inschrijving.aanvragen(
                                        school(Sector.PO),
                                        null,
                                        null,
                                        Tarief.standaard(Sector.PO, START),
                                        24,
                                        AANVRAGER,
                                        tweeCoaches,
                                        BEVESTIGD,
                                        NU))
                        .getCode());
    }

    @Test
    void refusesAnFteOfZeroOrMoreThanOne() {
        assertThrows(Regelfout.class, () -> new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, BigDecimal.ZERO));
        assertThrows(Regelfout.class, () -> new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("1.01")));
        assertThrows(Regelfout.class, () -> new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.125")));
    }

    @Test
    void aKernteamMemberMayComeWithAnAddressForTheInvitationAtTheStart() {
        assertEquals(
                "coen@horizon.nl",
                new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2"), " Coen@Horizon.NL ")
                        .getEmail());
        assertNull(new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2"), " ").getEmail(), "optional");
        assertNull(new Kernteamlid("Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")).getEmail());
        assertEquals(
                "inschrijving.fout.kernteamEmail",
                assertThrows(
                                Regelfout.class,
                                () -> new Kernteamlid(
                                        "Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2"), "coen@horizon"))
                        .getCode());
        assertEquals(
                "inschrijving.fout.kernteamEmail",
                assertThrows(
                                Regelfout.class,
                                () -> new Kernteamlid(
                                        "Coen", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2"), "<b>@x.nl"))
                        .getCode());
    }

    @Test
    void refusesZeroAndImplausiblyManyTeachers() {
        assertThrows(Regelfout.class, () -> po(0));
        assertThrows(Regelfout.class, () -> po(-3));
        assertThrows(Regelfout.class, () -> po(10_000));
    }

    @Test
    void onlyPoAsksForTheSchoolleidersregisterCertificate() {
        School vo = school(Sector.VO);
        Inschrijving inschrijving = Inschrijving.aanvragen(
                vo,
                new Vestiging(vo, 0, "Hoofdlocatie", ADRES),
                null,
                Tarief.standaard(Sector.VO, START),
                30,
                AANVRAGER,
                KERNTEAM,
                BEVESTIGD,
                NU);
        assertFalse(inschrijving.isSchoolleidersregister());
    }

    @Test
    void goesFromRequestedThroughApprovedAndActiveToCompleted() {
        Inschrijving inschrijving = po(24);
        inschrijving.keurGoed("Carla", NU);
        inschrijving.activeer("Carla", NU, START.getTrajectStart());
        inschrijving.rondAf("Carla", NU);
        assertEquals(InschrijvingStatus.AFGEROND, inschrijving.getStatus());
        assertEquals(
                List.of(
                        InschrijvingStatus.AANGEVRAAGD,
                        InschrijvingStatus.GOEDGEKEURD,
                        InschrijvingStatus.ACTIEF,
                        InschrijvingStatus.AFGEROND),
                inschrijving.getHistorie().stream()
                        .map(Statuswijziging::getNaar)
                        .toList());
    }

    @Test
    void startsNotBeforeTheFirstOfSeptember() {
        Inschrijving inschrijving = po(24);
        inschrijving.keurGoed("Carla", NU);
        assertEquals(
                "inschrijving.fout.nogNietGestart",
                assertThrows(Regelfout.class, () -> inschrijving.activeer("Carla", NU, LocalDate.of(2027, 8, 31)))
                        .getCode());
    }

    @Test
    void aRejectionNeedsAReasonAndFreesTheUnitForANewRequest() {
        Inschrijving inschrijving = po(24);
        assertThrows(Regelfout.class, () -> inschrijving.wijsAf("Carla", NU, "  "));
        assertTrue(inschrijving.getUniekSleutel().endsWith("/2027"));
        inschrijving.wijsAf("Carla", NU, "Het team heeft nog niet samen besloten.");
        assertNull(inschrijving.getUniekSleutel());
        assertEquals(
                "Het team heeft nog niet samen besloten.",
                inschrijving.getHistorie().get(1).getReden());
    }

    @Test
    void refusesATransitionTheWorkflowDoesNotHave() {
        Inschrijving inschrijving = po(24);
        assertEquals(
                "inschrijving.fout.overgang",
                assertThrows(Regelfout.class, () -> inschrijving.activeer("Carla", NU, START.getTrajectStart()))
                        .getCode());
        inschrijving.wijsAf("Carla", NU, "Dubbel");
        assertThrows(Regelfout.class, () -> inschrijving.keurGoed("Carla", NU));
    }

    @Test
    void aStopNeedsAReason() {
        Inschrijving inschrijving = po(24);
        inschrijving.keurGoed("Carla", NU);
        assertThrows(Regelfout.class, () -> inschrijving.stop("Carla", NU, null));
        inschrijving.stop("Carla", NU, "Fusie met een andere school");
        assertEquals(InschrijvingStatus.GESTOPT, inschrijving.getStatus());
    }

    @Test
    void keepsTheTariffItStartedWithWhenTheTariffIsCorrectedLater() {
        Tarief tarief = Tarief.standaard(Sector.PO, START);
        Inschrijving inschrijving =
                Inschrijving.aanvragen(school(Sector.PO), null, null, tarief, 20, AANVRAGER, KERNTEAM, BEVESTIGD, NU);
        tarief.wijzigPo(Bedrag.euro("500"), Bedrag.euro("300"));
        assertEquals(Bedrag.euro("9500.00"), inschrijving.getOfferte().getTotaal());
        assertEquals(Bedrag.euro("475.00"), inschrijving.tariefVoorJaar(1));
    }

    @Test
    void poFollowUpIsAgreedAtMostAtTheCeilingItStartedWith() {
        Inschrijving inschrijving = po(20);
        inschrijving.keurGoed("Carla", NU);
        assertNull(inschrijving.tariefVoorJaar(2), "not agreed yet");
        assertEquals(
                "inschrijving.fout.vervolgPlafond",
                assertThrows(Regelfout.class, () -> inschrijving.spreekVervolgAf(Bedrag.euro("275.01")))
                        .getCode());
        inschrijving.spreekVervolgAf(Bedrag.euro("275"));
        assertEquals(Bedrag.euro("275.00"), inschrijving.tariefVoorJaar(2));
        assertEquals(START.volgende(), inschrijving.schooljaarVan(2));
    }

    @Test
    void aPoFollowUpIsNotAgreedBeforeApproval() {
        assertEquals(
                "inschrijving.fout.vervolgStatus",
                assertThrows(Regelfout.class, () -> po(20).spreekVervolgAf(Bedrag.euro("200")))
                        .getCode());
    }

    @Test
    void twoYearProgrammesHaveNoFollowUpToAgree() {
        School vo = school(Sector.VO);
        Inschrijving inschrijving = Inschrijving.aanvragen(
                vo,
                new Vestiging(vo, 0, "Hoofdlocatie", ADRES),
                null,
                Tarief.standaard(Sector.VO, START),
                30,
                AANVRAGER,
                KERNTEAM,
                BEVESTIGD,
                NU);
        inschrijving.keurGoed("Carla", NU);
        assertEquals(
                "inschrijving.fout.vervolgNietPo",
                assertThrows(Regelfout.class, () -> inschrijving.spreekVervolgAf(Bedrag.euro("200")))
                        .getCode());
        assertEquals(Bedrag.euro("275.00"), inschrijving.tariefVoorJaar(2));
    }

    @Test
    void refusesMarkupInANameRatherThanStoringIt() {
        assertEquals(
                "inschrijving.fout.tekens",
                assertThrows(
                                Regelfout.class,
                                () -> new Aanvrager(
                                        "<script>alert(1)</script>",
                                        "sanne@school.nl",
                                        Aanvrager.Functie.SCHOOLLEIDER,
                                        null))
                        .getCode());
        assertThrows(
                Regelfout.class, () -> new Kernteamlid("<b>Coen</b>", Kernteamrol.SCHOOLCOACH, new BigDecimal("0.2")));
    }

    @Test
    void refusesAnInvalidEmailAddressOrNoName() {
        assertThrows(Regelfout.class, () -> new Aanvrager("Sanne", "geen-adres", Aanvrager.Functie.SCHOOLLEIDER, null));
        assertThrows(
                Regelfout.class, () -> new Aanvrager("Sanne", "<script>@x.nl", Aanvrager.Functie.SCHOOLLEIDER, null));
        assertThrows(
                Regelfout.class, () -> new Aanvrager(" ", "sanne@school.nl", Aanvrager.Functie.SCHOOLLEIDER, null));
    }
}
