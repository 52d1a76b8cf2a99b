package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import org.junit.jupiter.api.Test;

class SchoolAccessTest {

    private static final String HASH = PasswordHash.create("een-wachtwoord");
    private final Bestuur bestuurA = new Bestuur("10001", "Bestuur A", Sector.PO);
    private final Bestuur bestuurB = new Bestuur("10002", "Bestuur B", Sector.PO);
    private final School schoolA = Scholen.school("01AA", bestuurA, 1L);
    private final School schoolB = Scholen.school("02BB", bestuurB, 2L);

    @Test
    void whoMayInviteWhomIntoASchool() {
        assertEquals(
                EnumSet.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR),
                SchoolAccess.of(foundation(Rol.CENTRAAL_TEAM), Set.of()).invitableRoles(schoolB));
        SchoolAccess bestuurder =
                SchoolAccess.of(Account.ofBestuur("bestuurder", "B", "b@a.nl", bestuurA, HASH), Set.of());
        assertEquals(Set.of(Rol.SCHOOLLEIDER), bestuurder.invitableRoles(schoolA));
        assertEquals(Set.of(), bestuurder.invitableRoles(schoolB), "not another board's school");
        SchoolAccess leider =
                SchoolAccess.of(Account.ofSchool("leider", "L", "l@a.nl", Rol.SCHOOLLEIDER, schoolA, HASH), Set.of());
        assertEquals(EnumSet.of(Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR), leider.invitableRoles(schoolA));
        assertEquals(Set.of(), leider.invitableRoles(schoolB), "not another school");
        SchoolAccess coach =
                SchoolAccess.of(Account.ofSchool("coach", "C", "c@a.nl", Rol.SCHOOLCOACH, schoolA, HASH), Set.of());
        assertEquals(EnumSet.of(Rol.AANJAGER, Rol.LERAAR), coach.invitableRoles(schoolA));
        SchoolAccess expertcoach = SchoolAccess.of(foundation(Rol.EXPERTCOACH), Set.of(1L));
        assertEquals(Set.of(), expertcoach.invitableRoles(schoolA), "an Expertcoach only reads");
        assertTrue(expertcoach.permitsPeople(schoolA));
        for (Rol rol : new Rol[] {Rol.AANJAGER, Rol.LERAAR}) {
            SchoolAccess access =
                    SchoolAccess.of(Account.ofSchool("iemand", "I", "i@a.nl", rol, schoolA, HASH), Set.of());
            assertEquals(Set.of(), access.invitableRoles(schoolA), rol.name());
            assertFalse(access.permitsPeople(schoolA), rol.name());
        }
        assertTrue(leider.permitsPeople(schoolA));
        assertFalse(leider.permitsPeople(schoolB));
    }

    @Test
    void centralTeamSeesEverySchool() {
        SchoolAccess access = SchoolAccess.of(foundation(Rol.CENTRAAL_TEAM), Set.of());
        assertTrue(access.permits(schoolA));
        assertTrue(access.permits(schoolB));
    }

    @Test
    void complaintHandlersSeeNoSchoolData() {
        assertFalse(SchoolAccess.of(foundation(Rol.DIRECTEUR), Set.of()).permits(schoolA));
        assertFalse(SchoolAccess.of(foundation(Rol.RVT_VOORZITTER), Set.of()).permits(schoolA));
    }

    @Test
    void bestuurderSeesOnlyTheBoardsSchools() {
        SchoolAccess access = SchoolAccess.of(Account.ofBestuur("bestuurder", "B", "b@a.nl", bestuurA, HASH), Set.of());
        assertTrue(access.permits(schoolA));
        assertFalse(access.permits(schoolB));
    }

    @Test
    void expertcoachSeesOnlyTheSchoolsOfTheirClusters() {
        SchoolAccess access = SchoolAccess.of(foundation(Rol.EXPERTCOACH), Set.of(2L));
        assertFalse(access.permits(schoolA));
        assertTrue(access.permits(schoolB));
    }

    @Test
    void schoolRolesSeeOnlyTheirOwnSchool() {
        for (Rol rol : new Rol[] {Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR}) {
            SchoolAccess access =
                    SchoolAccess.of(Account.ofSchool("gebruiker", "G", "g@a.nl", rol, schoolA, HASH), Set.of(1L, 2L));
            assertTrue(access.permits(schoolA), rol.name());
            assertFalse(access.permits(schoolB), rol.name());
        }
    }

    private Account foundation(Rol rol) {
        return Account.ofFoundation("medewerker", "M", "m@stichting-leerkracht.nl", rol, HASH);
    }
}
