package nl.leerkracht.service.inschrijving;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Inschrijfperiode;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.platform.BusinessException;

/** The start years, their tariffs and their enrolment periods, as the enrolment services read them. */
public final class Startjaren {

    private Startjaren() {}

    /** The start years a school can enrol for on {@code vandaag}: those with tariffs whose enrolment has not closed. */
    static List<Schooljaar> open(EntityManager em, LocalDate vandaag) {
        return em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class)
                .getResultStream()
                .sorted()
                .filter(jaar -> periode(em, jaar).isOpen(vandaag))
                .toList();
    }

    /** @throws BusinessException {@code inschrijving.fout.geenTarief} when the year has no tariff for the sector */
    static Tarief tarief(EntityManager em, Sector sector, Schooljaar startjaar) {
        return em.createQuery(
                        "SELECT t FROM Tarief t WHERE t.sector = :sector AND t.startjaar = :startjaar", Tarief.class)
                .setParameter("sector", sector)
                .setParameter("startjaar", startjaar)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException(
                        "inschrijving.fout.geenTarief", "no tariff " + sector + " " + startjaar, startjaar.toString()));
    }

    /** The year's enrolment period, or the standard one (closing 1 September) when none was set. */
    static Inschrijfperiode periode(EntityManager em, Schooljaar startjaar) {
        Inschrijfperiode periode = em.find(Inschrijfperiode.class, startjaar.startJaar());
        return periode != null
                ? periode
                : new Inschrijfperiode(startjaar, Inschrijfperiode.standaardSluiting(startjaar));
    }

    /**
     * @throws BusinessException {@code inschrijving.fout.startjaar}, naming the next start year as
     *         the example, for anything but a school year such as {@code 2027-2028}
     */
    public static Schooljaar parse(String startjaar, Clock clock) {
        if (startjaar == null) {
            throw geenStartjaar(null, clock);
        }
        try {
            return Schooljaar.parse(startjaar);
        } catch (IllegalArgumentException e) {
            throw geenStartjaar(startjaar, clock);
        }
    }

    /**
     * The start year a service was given: text is parsed where it enters (a form's converter, a
     * REST parameter, a CSV cell), so a service only checks that there is one.
     *
     * @throws BusinessException {@code inschrijving.fout.startjaar} when there is none
     */
    static Schooljaar verplicht(Schooljaar startjaar, Clock clock) {
        if (startjaar == null) {
            throw geenStartjaar(null, clock);
        }
        return startjaar;
    }

    private static BusinessException geenStartjaar(String tekst, Clock clock) {
        return new BusinessException(
                "inschrijving.fout.startjaar",
                "start year " + tekst,
                Schooljaar.of(LocalDate.now(clock)).volgende().toString());
    }
}
