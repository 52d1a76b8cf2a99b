package nl.leerkracht.web;

import static nl.leerkracht.web.InContainer.als;
import static nl.leerkracht.web.InContainer.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.school.SchoolRow;
import nl.leerkracht.service.school.SchoolService;
import org.junit.jupiter.api.Test;

/** Who may see what (domain.md §1), as the school services apply it for each role. */
interface ScopeServiceTests {

    @Test
    default void aSchoolIsSeenByTheCentralTeamItsBoardAndTheExpertcoachOfItsClusterOnly() {
        // A new school of the demo bestuurder's board, in no cluster and with nobody working there.
        String vanHetBestuur = TestDatabase.string(
                "SELECT s.brin_code FROM school s JOIN lidmaatschap l ON l.bestuur_id = s.bestuur_id"
                        + " JOIN account a ON a.id = l.account_id WHERE a.username = 'bestuurder' ORDER BY s.id");
        Testdata.School nieuw = Testdata.schoolZoals(vanHetBestuur);
        SchoolService scholen = bean(SchoolService.class);

        for (String ziet : new String[] {"centraal", "bestuurder"}) {
            als(ziet);
            assertEquals(nieuw.naam(), scholen.getSchool(nieuw.id()).getNaam(), ziet);
            assertTrue(ziet(scholen, nieuw), ziet + " finds the school in their list");
        }
        for (String zietNiet : new String[] {"schoolleider", "expertcoach"}) {
            als(zietNiet);
            assertThrows(AccessDeniedException.class, () -> scholen.getSchool(nieuw.id()), zietNiet);
            assertFalse(ziet(scholen, nieuw), zietNiet + " does not find the school in their list");
        }
        als("directeur");
        assertThrows(EJBAccessException.class, scholen::findSchoolsInScope, "the director sees no school data");

        // Once the school is in a cluster the Expertcoach guides, they see it.
        TestDatabase.update(
                "INSERT INTO cluster_school (cluster_id, school_id) SELECT MIN(ce.cluster_id), ? FROM cluster_expertcoach ce"
                        + " JOIN account a ON a.id = ce.account_id WHERE a.username = 'expertcoach'",
                nieuw.id());
        als("expertcoach");
        assertEquals(nieuw.naam(), scholen.getSchool(nieuw.id()).getNaam());
        assertTrue(ziet(scholen, nieuw));
    }

    private static boolean ziet(SchoolService scholen, Testdata.School school) {
        return scholen.findSchoolsInScope().stream().map(SchoolRow::getId).anyMatch(id -> id == school.id());
    }
}
