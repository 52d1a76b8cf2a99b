package nl.leerkracht.domain.publiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class InformatiebijeenkomstTest {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 1);
    private static final Instant NU = Instant.parse("2027-03-01T09:00:00Z");

    private static School school() {
        return new School(
                BrinCode.of("04AB"),
                "OBS De Regenboog",
                Sector.PO,
                new Bestuur("41234", "Stichting Primair Amersfoort", Sector.PO),
                new Adres("Leusderweg", "120", "3817 KC", "Amersfoort", null, null),
                24);
    }

    private static Informatiebijeenkomst bijeenkomst(int capaciteit) {
        return new Informatiebijeenkomst(
                school(),
                VANDAAG.plusDays(14),
                LocalTime.of(15, 30),
                LocalTime.of(17, 0),
                capaciteit,
                "Kom kijken bij een bordsessie.",
                VANDAAG);
    }

    private static int volgnummer;

    private static Aanmelding meldAan(Informatiebijeenkomst bijeenkomst, String naam) {
        volgnummer++;
        return bijeenkomst.meldAan(
                naam,
                naam.toLowerCase(java.util.Locale.ROOT) + "@school.example.nl",
                "Basisschool Het Anker",
                AanmeldRol.SCHOOLLEIDER,
                "hash-" + naam + "-" + volgnummer,
                NU.plusSeconds(volgnummer),
                VANDAAG);
    }

    @Test
    void theLastPlaceIsGivenAndTheNextOneWaits() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(2);
        assertEquals(AanmeldingStatus.AANGEMELD, meldAan(bijeenkomst, "Ada").getStatus());
        assertEquals(AanmeldingStatus.AANGEMELD, meldAan(bijeenkomst, "Bob").getStatus());
        assertEquals(0, bijeenkomst.getPlaatsenVrij());
        assertEquals(AanmeldingStatus.WACHTLIJST, meldAan(bijeenkomst, "Cor").getStatus());
        assertEquals(2, bijeenkomst.getAangemeld());
        assertEquals(1, bijeenkomst.getWachtend());
    }

    @Test
    void aCancelledPlaceGoesToTheFirstOnTheWaitingList() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(1);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        Aanmelding cor = meldAan(bijeenkomst, "Cor");
        Optional<Aanmelding> doorgeschoven = bijeenkomst.meldAf(ada, NU.plusSeconds(60), VANDAAG);
        assertEquals(Optional.of(bob), doorgeschoven);
        assertEquals(AanmeldingStatus.AANGEMELD, bob.getStatus());
        assertEquals(AanmeldingStatus.WACHTLIJST, cor.getStatus());
        assertEquals(AanmeldingStatus.AFGEMELD, ada.getStatus());
    }

    @Test
    void twoCancellationsMoveUpTheFirstTwoInOrder() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(2);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        List<Aanmelding> wachtenden = new ArrayList<>();
        for (String naam : List.of("Cor", "Dirk", "Eva")) {
            wachtenden.add(meldAan(bijeenkomst, naam));
        }
        assertEquals(Optional.of(wachtenden.get(0)), bijeenkomst.meldAf(bob, NU, VANDAAG));
        assertEquals(Optional.of(wachtenden.get(1)), bijeenkomst.meldAf(ada, NU, VANDAAG));
        assertEquals(2, bijeenkomst.getAangemeld());
        assertEquals(
                List.of(AanmeldingStatus.AANGEMELD, AanmeldingStatus.AANGEMELD, AanmeldingStatus.WACHTLIJST),
                wachtenden.stream().map(Aanmelding::getStatus).toList());
    }

    @Test
    void leavingTheWaitingListMovesNobodyUp() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(1);
        meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        Aanmelding cor = meldAan(bijeenkomst, "Cor");
        assertEquals(Optional.empty(), bijeenkomst.meldAf(bob, NU, VANDAAG));
        assertEquals(AanmeldingStatus.WACHTLIJST, cor.getStatus());
    }

    @Test
    void aCancelLinkWorksOnce() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(3);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        bijeenkomst.meldAf(ada, NU, VANDAAG);
        Regelfout fout = assertThrows(Regelfout.class, () -> bijeenkomst.meldAf(ada, NU, VANDAAG));
        assertEquals("aanmelding.fout.afgemeld", fout.getCode());
    }

    @Test
    void moreSeatsLetTheWaitingListMoveUpAndFewerThanTakenAreRefused() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(1);
        meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        Aanmelding cor = meldAan(bijeenkomst, "Cor");
        Informatiebijeenkomst.Wijziging wijziging = bijeenkomst.wijzig(
                VANDAAG.plusDays(14), LocalTime.of(15, 30), LocalTime.of(17, 0), 2, null, VANDAAG, NU);
        assertEquals(List.of(bob), wijziging.doorgeschoven());
        assertEquals(List.of(), wijziging.verzet(), "same day and times: nobody else to tell");
        assertEquals(AanmeldingStatus.WACHTLIJST, cor.getStatus());
        Regelfout fout = assertThrows(
                Regelfout.class,
                () -> bijeenkomst.wijzig(
                        VANDAAG.plusDays(14), LocalTime.of(15, 30), LocalTime.of(17, 0), 1, null, VANDAAG, NU));
        assertEquals("informatiebijeenkomst.fout.capaciteitOnderAanmeldingen", fout.getCode());
    }

    @Test
    void theSameAddressRegistersOnceAndAfterCancellingAgain() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(5);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        Regelfout fout = assertThrows(
                Regelfout.class,
                () -> bijeenkomst.meldAan(
                        "Ada", " ADA@school.example.nl ", "Het Anker", AanmeldRol.LERAAR, "h2", NU, VANDAAG));
        assertEquals("aanmelding.fout.dubbel", fout.getCode());
        bijeenkomst.meldAf(ada, NU, VANDAAG);
        assertEquals(
                AanmeldingStatus.AANGEMELD,
                bijeenkomst
                        .meldAan("Ada", "ada@school.example.nl", "Het Anker", AanmeldRol.LERAAR, "h3", NU, VANDAAG)
                        .getStatus());
    }

    @Test
    void registrationClosesTheDayBeforeAndForACancelledMeeting() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(5);
        Regelfout vandaag = assertThrows(
                Regelfout.class,
                () -> bijeenkomst.meldAan(
                        "Ada", "ada@school.example.nl", "Het Anker", AanmeldRol.LERAAR, "h", NU, VANDAAG.plusDays(14)));
        assertEquals("aanmelding.fout.voorbij", vandaag.getCode());
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        assertEquals(List.of(bob), bijeenkomst.annuleer(NU));
        Regelfout geannuleerd = assertThrows(Regelfout.class, () -> meldAan(bijeenkomst, "Cor"));
        assertEquals("aanmelding.fout.geannuleerd", geannuleerd.getCode());
    }

    @Test
    void aMeetingIsPlannedAfterTodayWithItsEndAfterItsStartAndRoomForOneTo500() {
        for (Object[] fout : new Object[][] {
            {VANDAAG, LocalTime.of(15, 0), LocalTime.of(16, 0), 10, "informatiebijeenkomst.fout.datum"},
            {VANDAAG.plusDays(1), LocalTime.of(16, 0), LocalTime.of(16, 0), 10, "informatiebijeenkomst.fout.tijden"},
            {VANDAAG.plusDays(1), LocalTime.of(15, 0), LocalTime.of(16, 0), 0, "informatiebijeenkomst.fout.capaciteit"},
            {VANDAAG.plusDays(1), LocalTime.of(15, 0), LocalTime.of(16, 0), 501, "informatiebijeenkomst.fout.capaciteit"
            }
        }) {
            Regelfout refused = assertThrows(
                    Regelfout.class,
                    () -> new Informatiebijeenkomst(
                            school(),
                            (LocalDate) fout[0],
                            (LocalTime) fout[1],
                            (LocalTime) fout[2],
                            (Integer) fout[3],
                            null,
                            VANDAAG));
            assertEquals(fout[4], refused.getCode());
        }
        assertEquals(
                500,
                new Informatiebijeenkomst(
                                school(),
                                VANDAAG.plusDays(1),
                                LocalTime.of(15, 0),
                                LocalTime.of(16, 0),
                                500,
                                null,
                                VANDAAG)
                        .getPlaatsenVrij());
        Regelfout html = assertThrows(
                Regelfout.class,
                () -> new Informatiebijeenkomst(
                        school(),
                        VANDAAG.plusDays(1),
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 0),
                        5,
                        "<script>x</script>",
                        VANDAAG));
        assertTrue(html.getCode().startsWith("informatiebijeenkomst.fout."));
    }

    @Test
    void aNewDateTellsEveryoneWhoCountsAndAsksForANewReminder() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(1);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        Aanmelding cor = meldAan(bijeenkomst, "Cor");
        bijeenkomst.meldAf(cor, NU, VANDAAG);
        bijeenkomst.herinnerd(NU);
        Informatiebijeenkomst.Wijziging wijziging = bijeenkomst.wijzig(
                VANDAAG.plusDays(21), LocalTime.of(15, 30), LocalTime.of(17, 0), 1, null, VANDAAG, NU);
        assertEquals(List.of(ada, bob), wijziging.verzet());
        assertEquals(null, bijeenkomst.getHerinnerdOp());
    }

    @Test
    void cancellingOnTheDayItselfMovesNobodyUp() {
        Informatiebijeenkomst bijeenkomst = bijeenkomst(1);
        Aanmelding ada = meldAan(bijeenkomst, "Ada");
        Aanmelding bob = meldAan(bijeenkomst, "Bob");
        assertEquals(Optional.empty(), bijeenkomst.meldAf(ada, NU, VANDAAG.plusDays(14)));
        assertEquals(AanmeldingStatus.WACHTLIJST, bob.getStatus());
        assertEquals(AanmeldingStatus.AFGEMELD, ada.getStatus());
    }
}
