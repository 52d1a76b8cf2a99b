package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class LidmaatschapTest {

    private final Bestuur bestuur = new Bestuur("10001", "Bestuur A", Sector.PO);
    private final School regenboog = Scholen.school("01AA", bestuur, 1L);
    private final School kameleon = Scholen.school("02BB", bestuur, 2L);

    @Test
    void aSchoolRoleNeedsASchoolAndABestuurderABoard() {
        Account sanne = Account.ofSchool("sanne", "Sanne", "s@a.nl", Rol.SCHOOLLEIDER, regenboog, "x");
        assertEquals(
                "account.fout.school",
                assertThrows(Regelfout.class, () -> sanne.voegLidmaatschapToe(Rol.LERAAR, null, null))
                        .getCode());
        assertEquals(
                "account.fout.bestuur",
                assertThrows(Regelfout.class, () -> sanne.voegLidmaatschapToe(Rol.BESTUURDER, null, null))
                        .getCode());
        assertEquals(
                "account.fout.rol",
                assertThrows(Regelfout.class, () -> sanne.voegLidmaatschapToe(null, regenboog, null))
                        .getCode());
        assertEquals(1, sanne.getLidmaatschappen().size(), "nothing added");
        Lidmaatschap centraal = sanne.voegLidmaatschapToe(Rol.CENTRAAL_TEAM, regenboog, bestuur);
        assertNull(centraal.getSchool(), "a foundation role is tied to no school");
        assertNull(centraal.getBestuur());
    }

    @Test
    void theSameRoleAtTheSamePlaceOnlyOnce() {
        Account sanne = Account.ofSchool("sanne", "Sanne", "s@a.nl", Rol.SCHOOLLEIDER, regenboog, "x");
        assertEquals(
                "lidmaatschap.fout.bestaat",
                assertThrows(Regelfout.class, () -> sanne.voegLidmaatschapToe(Rol.SCHOOLLEIDER, regenboog, null))
                        .getCode());
        sanne.voegLidmaatschapToe(Rol.SCHOOLLEIDER, kameleon, null);
        sanne.voegLidmaatschapToe(Rol.LERAAR, regenboog, null);
        assertEquals(3, sanne.getLidmaatschappen().size());
        assertTrue(sanne.lidmaatschap(Rol.LERAAR, regenboog, null).isPresent());
        assertFalse(sanne.lidmaatschap(Rol.LERAAR, kameleon, null).isPresent());
    }

    @Test
    void whatThePersonSeesFollowsTheChosenMembership() {
        Account sanne = Account.ofSchool("sanne", "Sanne", "s@a.nl", Rol.SCHOOLLEIDER, regenboog, "x");
        Lidmaatschap tweede = sanne.voegLidmaatschapToe(Rol.SCHOOLLEIDER, kameleon, null);
        Scholen.zetId(Lidmaatschap.class, sanne.getLidmaatschappen().get(0), 11L);
        Scholen.zetId(Lidmaatschap.class, tweede, 12L);
        assertEquals(regenboog, sanne.getSchool(), "the first membership unless another is chosen");
        assertTrue(sanne.kies(12L));
        assertEquals(kameleon, sanne.getSchool());
        assertTrue(SchoolAccess.of(sanne, Set.of()).permits(kameleon));
        assertFalse(SchoolAccess.of(sanne, Set.of()).permits(regenboog), "only the chosen school");
        assertFalse(sanne.kies(99L), "not one of hers");
        assertEquals(regenboog, sanne.getSchool());
    }

    @Test
    void aLeaverOfOneSchoolKeepsTheOtherButTheOnlyMembershipStays() {
        Account sanne = Account.ofSchool("sanne", "Sanne", "s@a.nl", Rol.SCHOOLLEIDER, regenboog, "x");
        Lidmaatschap tweede = sanne.voegLidmaatschapToe(Rol.SCHOOLLEIDER, kameleon, null);
        Scholen.zetId(Lidmaatschap.class, tweede, 12L);
        sanne.kies(12L);
        sanne.verwijderLidmaatschap(tweede);
        assertEquals(regenboog, sanne.getSchool(), "back to the one left");
        Lidmaatschap enige = sanne.getLidmaatschappen().get(0);
        assertEquals(
                "lidmaatschap.fout.laatste",
                assertThrows(Regelfout.class, () -> sanne.verwijderLidmaatschap(enige))
                        .getCode());
    }

    @Test
    void aTeamOfAnotherSchoolIsRefused() {
        Account sanne = Account.ofSchool("sanne", "Sanne", "s@a.nl", Rol.LERAAR, regenboog, "x");
        Lidmaatschap hier = sanne.getLidmaatschap();
        assertEquals(
                "lijst.fout.team",
                assertThrows(
                                Regelfout.class,
                                () -> hier.kiesTeam(new nl.leerkracht.domain.school.Team(kameleon, "Team B", 10)))
                        .getCode());
        assertNull(hier.getTeam());
    }
}
