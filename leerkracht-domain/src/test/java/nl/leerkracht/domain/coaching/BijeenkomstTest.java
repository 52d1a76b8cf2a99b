package nl.leerkracht.domain.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class BijeenkomstTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
    static final Cluster CLUSTER = new Cluster("Cluster Eemland", "Utrecht-Oost");

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    private static Bijeenkomst training(LocalDate dag) {
        return new Bijeenkomst(
                CLUSTER,
                BijeenkomstType.TRAINING_FEEDBACK,
                "Training feedback geven",
                dag,
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "OBS De Regenboog, Amersfoort",
                VANDAAG);
    }

    @Test
    void aMeetingHasAKindATitleAPlaceAndADayFromOneTimeToAnother() {
        Bijeenkomst bijeenkomst = training(VANDAAG.plusWeeks(3));
        assertEquals(BijeenkomstType.TRAINING_FEEDBACK, bijeenkomst.getType());
        assertEquals(LocalTime.of(17, 30), bijeenkomst.getTot());
    }

    @Test
    void aMeetingIsNotPlannedInThePastNorEndsBeforeItStarts() {
        assertEquals("bijeenkomst.fout.datum", code(() -> training(VANDAAG.minusDays(1))));
        assertEquals("bijeenkomst.fout.datum", code(() -> training(VANDAAG.plusYears(3))));
        assertEquals(
                "bijeenkomst.fout.tijd",
                code(() -> new Bijeenkomst(
                        CLUSTER,
                        BijeenkomstType.FORUM,
                        "Forum",
                        VANDAAG,
                        LocalTime.of(16, 0),
                        LocalTime.of(16, 0),
                        "Utrecht",
                        VANDAAG)));
        assertEquals(
                "bijeenkomst.fout.type",
                code(() -> new Bijeenkomst(
                        CLUSTER,
                        null,
                        "Forum",
                        VANDAAG,
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 0),
                        "Utrecht",
                        VANDAAG)));
        assertEquals(
                "bijeenkomst.fout.markup",
                code(() -> new Bijeenkomst(
                        CLUSTER,
                        BijeenkomstType.FORUM,
                        "<script>",
                        VANDAAG,
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 0),
                        "Utrecht",
                        VANDAAG)));
    }

    @Test
    void attendanceIsRecordedOnceTheMeetingHasBegun() {
        Bijeenkomst bijeenkomst = training(VANDAAG.plusDays(7));
        Account coach = Account.ofFoundation("eva", "Eva Expert", "eva@stichting-leerkracht.nl", Rol.EXPERTCOACH, "x");
        assertEquals(
                "deelname.fout.nogNiet",
                code(() -> new Deelname(bijeenkomst, coach, true, "Eva", Instant.EPOCH, VANDAAG)));
        Deelname deelname = new Deelname(bijeenkomst, coach, true, "Eva", Instant.EPOCH, VANDAAG.plusDays(7));
        assertTrue(deelname.isAanwezig());
        deelname.wijzig(false, "Eva", Instant.EPOCH);
        assertEquals(false, deelname.isAanwezig());
    }
}
