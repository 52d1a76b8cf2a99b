package nl.leerkracht.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SchoolTest {

    private final Bestuur bestuur = new Bestuur("41234", "Stichting Primair Utrecht", Sector.PO);
    private final Adres adres = new Adres("Schoolstraat", "1", "3511 AB", "Utrecht", null, null);

    @Test
    void enrolsPerSchoolInPoPerLocationInVoPerTeamInMboAndHbo() {
        assertEquals(Sector.Inschrijfeenheid.SCHOOL, Sector.PO.getInschrijfeenheid());
        assertEquals(Sector.Inschrijfeenheid.VESTIGING, Sector.VO.getInschrijfeenheid());
        assertEquals(Sector.Inschrijfeenheid.TEAM, Sector.MBO.getInschrijfeenheid());
        assertEquals(Sector.Inschrijfeenheid.TEAM, Sector.HBO.getInschrijfeenheid());
    }

    @Test
    void advisesFteFromItsOwnNumberOfTeachers() {
        School school = new School(BrinCode.of("04GK"), "De Regenboog", Sector.PO, bestuur, adres, 35);
        assertEquals(AdviesFte.MIDDEL, school.getAdviesFte());
    }

    @Test
    void refusesAnImplausibleNumberOfTeachers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new School(BrinCode.of("04GK"), "De Regenboog", Sector.PO, bestuur, adres, 10_000));
        assertThrows(
                IllegalArgumentException.class,
                () -> new School(BrinCode.of("04GK"), "De Regenboog", Sector.PO, bestuur, adres, 0));
    }

    @Test
    void namesALocationByBrinAndTwoDigits() {
        School school = new School(BrinCode.of("20AB"), "Het Lyceum", Sector.VO, bestuur, adres, 80);
        assertEquals("20AB01", new Vestiging(school, 1, "Locatie Noord", adres).getVestigingscode());
    }

    @Test
    void refusesABestuursnummerThatIsNotFiveDigits() {
        assertThrows(IllegalArgumentException.class, () -> new Bestuur("4123", "Te kort", Sector.PO));
    }
}
