package nl.leerkracht.domain.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class DirectieteamInschrijvingTest {

    private static final Instant NU = Instant.parse("2026-11-24T10:00:00Z");
    private static final Schooljaar JAAR = Schooljaar.parse("2027-2028");
    private final Bestuur po = new Bestuur("41234", "Stichting De Vallei", Sector.PO);

    private static List<DirectieteamLid> poTeam(int schooldirecteuren) {
        List<DirectieteamLid> leden = new java.util.ArrayList<>();
        leden.add(new DirectieteamLid("Bert Bestuur", DirectieteamFunctie.BESTUURDER));
        leden.add(new DirectieteamLid("Bo Bovenschools", DirectieteamFunctie.BOVENSCHOOLS_DIRECTEUR));
        for (int i = 1; i <= schooldirecteuren; i++) {
            leden.add(new DirectieteamLid("Directeur " + i, DirectieteamFunctie.SCHOOLDIRECTEUR));
        }
        return leden;
    }

    @Test
    void thePriceIsFixedWhenRequestedAndAFormulaChangeLaterDoesNotTouchIt() {
        DirectieteamInschrijving inschrijving = DirectieteamInschrijving.aanvragen(
                po, JAAR, poTeam(4), 4, DirectieteamPrijs.standaard(), "bestuurder", NU);
        assertEquals(Bedrag.euro("3600.00"), inschrijving.getPrijs(), "2,400 + 6 × 100 + 4 × 150");
        assertEquals(InschrijvingStatus.AANGEVRAAGD, inschrijving.getStatus());
        DirectieteamPrijs duurder =
                new DirectieteamPrijs(Bedrag.euro("3000.00"), Bedrag.euro("150.00"), Bedrag.euro("200.00"));
        assertEquals(Bedrag.euro("4500.00"), duurder.bereken(6, 4).getPrijs());
        assertEquals(Bedrag.euro("3600.00"), inschrijving.getPrijs());
    }

    @Test
    void thePriceStaysWithinTheRangeAtBothEnds() {
        assertEquals(
                Bedrag.euro("3400.00"),
                DirectieteamInschrijving.aanvragen(
                                po,
                                JAAR,
                                List.of(new DirectieteamLid("Bert", DirectieteamFunctie.BESTUURDER)),
                                1,
                                DirectieteamPrijs.standaard(),
                                "bestuurder",
                                NU)
                        .getPrijs());
        assertEquals(
                Bedrag.euro("4500.00"),
                DirectieteamInschrijving.aanvragen(
                                po, JAAR, poTeam(30), 20, DirectieteamPrijs.standaard(), "bestuurder", NU)
                        .getPrijs());
    }

    @Test
    void membersNeedAFunctionOfTheBoardsSector() {
        Bestuur mbo = new Bestuur("25698", "ROC Midden Nederland", Sector.MBO);
        Regelfout fout = assertThrows(
                Regelfout.class,
                () -> DirectieteamInschrijving.aanvragen(
                        mbo,
                        JAAR,
                        List.of(new DirectieteamLid("Rita Rector", DirectieteamFunctie.RECTOR)),
                        3,
                        DirectieteamPrijs.standaard(),
                        "bestuurder",
                        NU));
        assertEquals("directieteam.fout.functieSector", fout.getCode());
        assertEquals(
                List.of(DirectieteamFunctie.BRANCHEDIRECTEUR, DirectieteamFunctie.TEAMLEIDER),
                DirectieteamFunctie.voor(Sector.MBO));
        assertEquals(
                List.of(DirectieteamFunctie.BESTUURDER, DirectieteamFunctie.RECTOR),
                DirectieteamFunctie.voor(Sector.VO));
    }

    @Test
    void eachMistakeHasItsOwnRule() {
        Bestuur hbo = new Bestuur("27845", "Hogeschool Utrecht", Sector.HBO);
        assertEquals(
                "directieteam.fout.sector",
                assertThrows(
                                Regelfout.class,
                                () -> DirectieteamInschrijving.aanvragen(
                                        hbo, JAAR, poTeam(1), 3, DirectieteamPrijs.standaard(), "b", NU))
                        .getCode());
        assertEquals(
                "directieteam.fout.leden",
                assertThrows(
                                Regelfout.class,
                                () -> DirectieteamInschrijving.aanvragen(
                                        po, JAAR, Collections.emptyList(), 3, DirectieteamPrijs.standaard(), "b", NU))
                        .getCode());
        assertEquals(
                "directieteam.fout.leden",
                assertThrows(
                                Regelfout.class,
                                () -> DirectieteamInschrijving.aanvragen(
                                        po, JAAR, poTeam(49), 3, DirectieteamPrijs.standaard(), "b", NU))
                        .getCode(),
                "51 members");
        for (int sessies : new int[] {0, 21}) {
            assertEquals(
                    "directieteam.fout.werksessies",
                    assertThrows(
                                    Regelfout.class,
                                    () -> DirectieteamInschrijving.aanvragen(
                                            po, JAAR, poTeam(1), sessies, DirectieteamPrijs.standaard(), "b", NU))
                            .getCode());
        }
        assertEquals(
                "inschrijving.fout.tekens",
                assertThrows(Regelfout.class, () -> new DirectieteamLid("<b>Bert</b>", DirectieteamFunctie.BESTUURDER))
                        .getCode());
        assertEquals(
                "directieteam.fout.naam",
                assertThrows(Regelfout.class, () -> new DirectieteamLid(" ", DirectieteamFunctie.BESTUURDER))
                        .getCode());
        assertEquals(
                "directieteam.fout.functie",
                assertThrows(Regelfout.class, () -> new DirectieteamLid("Bert", null))
                        .getCode());
    }

    @Test
    void theCentralTeamApprovesOrRejectsWithAReason() {
        DirectieteamInschrijving inschrijving = DirectieteamInschrijving.aanvragen(
                po, JAAR, poTeam(2), 3, DirectieteamPrijs.standaard(), "bestuurder", NU);
        assertEquals(
                "inschrijving.fout.reden",
                assertThrows(Regelfout.class, () -> inschrijving.wijsAf("centraal", NU, " "))
                        .getCode());
        inschrijving.wijsAf("centraal", NU, "Eerst een kennismakingsgesprek");
        assertEquals(InschrijvingStatus.AFGEWEZEN, inschrijving.getStatus());
        assertEquals(
                "Eerst een kennismakingsgesprek",
                inschrijving.getHistorie().get(0).getReden());
        assertEquals(
                "inschrijving.fout.overgang",
                assertThrows(Regelfout.class, () -> inschrijving.keurGoed("centraal", NU))
                        .getCode());
    }
}
