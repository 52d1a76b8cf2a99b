package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonenlijstTest {

    @Test
    void readsSemicolonsTabsAndCommasAndSkipsTheHeaderAndEmptyLines() {
        Personenlijst lijst = Personenlijst.lees("""
                naam;e-mail;team
                Anna de Boer;Anna@School.nl;Groep 3-4

                Bram Bakker\tbram@school.nl
                Cor Claassen, cor@school.nl, Bovenbouw
                """);
        assertTrue(lijst.getFouten().isEmpty(), () -> lijst.getFouten().get(0).getCode());
        List<Personenlijst.Persoon> regels = lijst.getRegels();
        assertEquals(3, regels.size());
        assertEquals("Anna de Boer", regels.get(0).getNaam());
        assertEquals("anna@school.nl", regels.get(0).getEmail());
        assertEquals("Groep 3-4", regels.get(0).getTeam());
        assertEquals(2, regels.get(0).getNummer());
        assertNull(regels.get(1).getTeam());
        assertEquals(4, regels.get(1).getNummer());
        assertEquals("Bovenbouw", regels.get(2).getTeam());
    }

    @Test
    void namesEveryWrongLineWithItsNumber() {
        Personenlijst lijst = Personenlijst.lees("""
                Anna de Boer;anna@school.nl
                Bram Bakker;geen-adres
                <script>;x@school.nl
                Alleen een naam
                Anna Tweede;ANNA@school.nl
                ;leeg@school.nl
                """);
        assertEquals(
                List.of(2, 3, 4, 5, 6),
                lijst.getFouten().stream().map(Personenlijst.Fout::getNummer).toList());
        assertEquals(
                List.of(
                        "account.fout.email",
                        "account.fout.naam.markup",
                        "lijst.fout.kolommen",
                        "lijst.fout.dubbel",
                        "account.fout.naam"),
                lijst.getFouten().stream().map(Personenlijst.Fout::getCode).toList());
        assertEquals("Bram Bakker;geen-adres", lijst.getFouten().get(0).getRegel());
    }

    @Test
    void anEmptyOrOverlongListIsRefused() {
        assertEquals(
                "lijst.fout.leeg", Personenlijst.lees(" \n ").getFouten().get(0).getCode());
        assertEquals(
                "lijst.fout.leeg", Personenlijst.lees(null).getFouten().get(0).getCode());
        StringBuilder lang = new StringBuilder();
        for (int i = 0; i <= Personenlijst.MAX_REGELS; i++) {
            lang.append("Leraar ").append(i).append(";leraar").append(i).append("@school.nl\n");
        }
        Personenlijst lijst = Personenlijst.lees(lang.toString());
        assertEquals(Personenlijst.MAX_REGELS, lijst.getRegels().size());
        assertEquals("lijst.fout.teLang", lijst.getFouten().get(0).getCode());
    }
}
