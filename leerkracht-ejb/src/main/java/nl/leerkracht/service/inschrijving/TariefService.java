package nl.leerkracht.service.inschrijving;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.leerkracht.domain.inschrijving.Inschrijfperiode;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.inschrijving.Tariefvoorwaarden;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The tariff table: one tariff per sector and start year, kept by the central team. A fresh install
 * gets the texts' amounts for the current and the next start year (domain.md §4, Decision).
 */
@Stateless
public class TariefService {

    private static final Logger LOG = Logger.getLogger(TariefService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Newest start year first, then the sectors in the foundation's order (PO, VO, MBO, HBO). */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<TariefRow> findAll() {
        return em.createQuery("SELECT t FROM Tarief t", Tarief.class)
                .getResultStream()
                .sorted(Comparator.comparing(Tarief::getStartjaar).reversed().thenComparing(Tarief::getSector))
                .map(TariefRow::new)
                .toList();
    }

    /**
     * Corrects a VO, MBO or HBO tariff.
     *
     * @throws BusinessException with a message key when an amount or number is out of range
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijzigTweejarig(long id, BigDecimal jaar1, BigDecimal jaar2, Integer minimum, Integer maximum) {
        Tarief tarief = lock(id);
        if (tarief.getSector() == Sector.PO) {
            throw new BusinessException("tarief.fout.soort", "PO tariff " + id + " has no year 2");
        }
        if (minimum == null || maximum == null || minimum < 1 || maximum > School.MAX_LERAREN) {
            throw new BusinessException("tarief.fout.aantallen", "minimum/maximum " + minimum + "/" + maximum);
        }
        if (maximum < minimum) {
            throw new BusinessException("tarief.fout.maximumOnderMinimum", minimum + " > " + maximum);
        }
        tarief.wijzigTweejarig(bedrag(jaar1), bedrag(jaar2), minimum, maximum);
    }

    /**
     * Corrects a PO tariff: year 1 and the ceiling of the follow-up.
     *
     * @throws BusinessException with a message key when an amount is out of range
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijzigPo(long id, BigDecimal jaar1, BigDecimal vervolgPlafond) {
        Tarief tarief = lock(id);
        if (tarief.getSector() != Sector.PO) {
            throw new BusinessException("tarief.fout.soort", tarief.getSector() + " tariff " + id + " is two-year");
        }
        tarief.wijzigPo(bedrag(jaar1), bedrag(vervolgPlafond));
    }

    /** The start years that have tariffs, newest first, with their closing date. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<StartjaarRow> startjaren() {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Schooljaar, LocalDate> sluitingen = em.createQuery(
                        "SELECT p FROM Inschrijfperiode p", Inschrijfperiode.class)
                .getResultStream()
                .collect(Collectors.toMap(Inschrijfperiode::getSchooljaar, Inschrijfperiode::getSluitingsdatum));
        return em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class)
                .getResultStream()
                .sorted(Comparator.reverseOrder())
                .map(jaar -> {
                    LocalDate sluiting = sluitingen.getOrDefault(jaar, Inschrijfperiode.standaardSluiting(jaar));
                    return new StartjaarRow(
                            jaar.toString(),
                            sluiting,
                            vandaag.isBefore(sluiting),
                            sluiting.equals(Inschrijfperiode.standaardSluiting(jaar)));
                })
                .toList();
    }

    /**
     * The costs as the public sees them: the tariffs of the first start year a school can still enrol
     * for; when none is open, those of the newest start year, marked closed.
     */
    @PermitAll
    public KostenView kosten() {
        LocalDate vandaag = LocalDate.now(clock);
        Schooljaar jaar = Startjaren.open(em, vandaag).stream()
                .findFirst()
                .orElseGet(() -> em.createQuery("SELECT DISTINCT t.startjaar FROM Tarief t", Schooljaar.class)
                        .getResultStream()
                        .max(Comparator.naturalOrder())
                        .orElse(null));
        if (jaar == null) {
            return new KostenView(null, null, false, List.of());
        }
        Inschrijfperiode periode = Startjaren.periode(em, jaar);
        List<TariefRow> tarieven = em.createQuery("SELECT t FROM Tarief t WHERE t.startjaar = :jaar", Tarief.class)
                .setParameter("jaar", jaar)
                .getResultStream()
                .sorted(Comparator.comparing(Tarief::getSector))
                .map(TariefRow::new)
                .toList();
        return new KostenView(jaar.toString(), periode.getSluitingsdatum(), periode.isOpen(vandaag), tarieven);
    }

    /**
     * Opens the start year after the newest one: its tariffs start as copies of the newest year's,
     * to be corrected where they change; its enrolment closes on 1 September.
     *
     * @return the new start year, e.g. {@code 2028-2029}
     * @throws BusinessException {@code tarief.fout.teVer} when that year lies more than two years ahead
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public String openVolgendStartjaar() {
        List<Tarief> tarieven = em.createQuery("SELECT t FROM Tarief t", Tarief.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Schooljaar nieuwste = tarieven.stream()
                .map(Tarief::getStartjaar)
                .max(Comparator.naturalOrder())
                .orElse(Schooljaar.of(LocalDate.now(clock)));
        Schooljaar volgend = nieuwste.volgende();
        if (volgend.startJaar() > Schooljaar.of(LocalDate.now(clock)).startJaar() + 2) {
            throw new BusinessException("tarief.fout.teVer", "start year " + volgend, volgend.toString());
        }
        for (Tarief tarief : tarieven) {
            if (!tarief.getStartjaar().equals(nieuwste)) {
                continue;
            }
            Tariefvoorwaarden v = tarief.getVoorwaarden();
            em.persist(
                    tarief.getSector() == Sector.PO
                            ? Tarief.po(volgend, v.getJaar1(), v.getVervolgPlafond())
                            : Tarief.tweejarig(
                                    tarief.getSector(),
                                    volgend,
                                    v.getJaar1(),
                                    v.getJaar2(),
                                    v.getMinimumLeraren(),
                                    v.getMaximumLeraren()));
        }
        LOG.info(() -> "Start year " + volgend + " opened with the tariffs of " + nieuwste);
        return volgend.toString();
    }

    /**
     * Sets until when schools can enrol for a start year: on or before 1 September of that year,
     * and not more than a year before it.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijzigSluitingsdatum(Schooljaar startjaar, LocalDate datum) {
        Schooljaar jaar = Startjaren.verplicht(startjaar, clock);
        if (datum == null) {
            throw new BusinessException("inschrijfperiode.fout.leeg", "no date");
        }
        bijRegel(
                () -> {
                    Inschrijfperiode periode =
                            em.find(Inschrijfperiode.class, jaar.startJaar(), LockModeType.PESSIMISTIC_WRITE);
                    if (periode == null) {
                        em.persist(new Inschrijfperiode(jaar, datum));
                    } else {
                        periode.wijzigSluitingsdatum(datum);
                    }
                },
                jaar.toString(),
                Inschrijfperiode.standaardSluiting(jaar).minusYears(1),
                Inschrijfperiode.standaardSluiting(jaar));
    }

    /**
     * Gives an empty tariff table the texts' tariffs for the current and next start year. Runs at
     * start-up, before anyone is logged in; does nothing once the table has tariffs.
     */
    @PermitAll
    public void seedIfEmpty() {
        if (em.createQuery("SELECT COUNT(t) FROM Tarief t", Long.class).getSingleResult() > 0) {
            return;
        }
        Schooljaar huidig = Schooljaar.of(LocalDate.now(clock));
        for (Schooljaar startjaar : List.of(huidig, huidig.volgende())) {
            for (Sector sector : Sector.values()) {
                em.persist(Tarief.standaard(sector, startjaar));
            }
        }
        LOG.info(() -> "Standard tariffs created for start years " + huidig + " and " + huidig.volgende());
    }

    private Tarief lock(long id) {
        Tarief tarief = em.find(Tarief.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (tarief == null) {
            throw new NotFoundException("No tariff " + id);
        }
        return tarief;
    }

    private static Bedrag bedrag(BigDecimal waarde) {
        if (waarde == null || waarde.signum() <= 0 || waarde.compareTo(Tarief.MAXIMAAL_BEDRAG.getWaarde()) > 0) {
            throw new BusinessException("tarief.fout.bedrag", "amount " + waarde);
        }
        if (waarde.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("tarief.fout.centen", "amount " + waarde);
        }
        return Bedrag.of(waarde);
    }
}
