package nl.leerkracht.service.certificaat;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.certificaat.Bewijsronde;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.certificaat.Verificatiecode;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * The Registerleraar run (domain.md §5): at the end of a school year, the central team issues a
 * proof of participation worth 40 register hours to every teacher registered in the lerarenregister
 * of the trajectories whose first year it was. It first reviews the candidates ({@link #kandidaten}):
 * who joined late or left is listed with the reason and left out unless chosen. The run mails each
 * new holder and passes by whoever has their proof already, so running it again issues nothing twice.
 */
@Stateless
@RolesAllowed(Roles.CENTRAAL_TEAM)
public class BewijsrondeService {

    private static final Logger LOG = Logger.getLogger(BewijsrondeService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.certificaat.mails", Locale.ROOT);
    /** The page where a holder finds their certificates, below the public URL. */
    public static final String MIJN_PAD = "/mijn/gegevens.xhtml";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Clock clock;

    /** The first day the run for this school year can be made. */
    public LocalDate eersteUitreikdag(Schooljaar jaar) {
        return Bewijsronde.eersteUitreikdag(jaar);
    }

    /**
     * The registered teachers of the school trajectories that start in this school year (their first
     * year) and did not stop, by school and name, each once (for a school that enrols per team, the
     * team's), with what to note and whether the run includes them.
     */
    public List<KandidaatRow> kandidaten(Schooljaar jaar) {
        List<KandidaatRow> rijen = new ArrayList<>();
        for (Kandidaat k : zoek(jaar, null).values()) {
            rijen.add(new KandidaatRow(
                    k.persoon.getId(),
                    k.persoon.getNaam(),
                    k.traject.getSchool().getNaam(),
                    k.traject.getSchool().getBrin().getCode(),
                    k.bijzonderheid,
                    k.uitgereikt));
        }
        return rijen;
    }

    /**
     * Issues the proofs of this school year to the chosen candidates who do not have theirs yet, and
     * mails each of them.
     *
     * @param gekozen the account ids of the candidates to include
     * @return how many proofs were issued
     * @throws BusinessException {@code certificaat.fout.teVroeg} before the run opens;
     *         {@code certificaat.fout.geenKeuze} when nobody is chosen; {@code certificaat.fout.geenKandidaat}
     *         when someone chosen is not a candidate of this year
     */
    public int reikUit(Schooljaar jaar, Set<Long> gekozen) {
        bijRegel(() -> Bewijsronde.magUitreiken(jaar, LocalDate.now(clock)), datum(Bewijsronde.eersteUitreikdag(jaar)));
        if (gekozen == null || gekozen.isEmpty()) {
            throw new BusinessException("certificaat.fout.geenKeuze", "nobody chosen");
        }
        Map<Long, Kandidaat> kandidaten = zoek(jaar, gekozen);
        if (!kandidaten.keySet().containsAll(gekozen)) {
            throw new BusinessException(
                    "certificaat.fout.geenKandidaat", "chosen " + gekozen + " of " + kandidaten.keySet());
        }
        String door = accounts.getCaller().getNaam();
        Instant nu = clock.instant();
        int uitgereikt = 0;
        for (Long id : gekozen) {
            Kandidaat k = kandidaten.get(id);
            if (k.uitgereikt) {
                continue;
            }
            Certificaat bewijs = Certificaat.reikUit(
                    CertificaatSoort.BEWIJS_VAN_DEELNAME,
                    k.persoon,
                    k.traject,
                    jaar,
                    Verificatiecode.nieuw(),
                    door,
                    nu);
            em.persist(bewijs);
            mail.plaats(
                    k.persoon.getEmail(),
                    MessageFormat.format(MAILS.getString("bewijs.onderwerp"), jaar),
                    new MessageFormat(MAILS.getString("bewijs.tekst"), NL).format(new Object[] {
                        k.persoon.getNaam(),
                        jaar.toString(),
                        k.traject.getSchool().getNaam(),
                        CertificaatSoort.BEWIJS_VAN_DEELNAME.getRegisteruren(),
                        publicUrl.of(MIJN_PAD),
                        bewijs.getCode().getLeesbaar()
                    }),
                    null);
            uitgereikt++;
        }
        int aantal = uitgereikt;
        LOG.info(() -> door + " issued " + aantal + " proofs of participation for " + jaar);
        return aantal;
    }

    private static final class Kandidaat {
        private final Account persoon;
        private final Traject traject;
        private final Bewijsronde.Bijzonderheid bijzonderheid;
        private final boolean uitgereikt;

        private Kandidaat(
                Account persoon, Traject traject, Bewijsronde.Bijzonderheid bijzonderheid, boolean uitgereikt) {
            this.persoon = persoon;
            this.traject = traject;
            this.bijzonderheid = bijzonderheid;
            this.uitgereikt = uitgereikt;
        }
    }

    /**
     * The candidates by account id, in the order of school and name; the first trajectory counts.
     *
     * @param alleen only these accounts, or everyone when null
     */
    private Map<Long, Kandidaat> zoek(Schooljaar jaar, Set<Long> alleen) {
        var query = em.createQuery(
                        "SELECT a, t FROM Traject t JOIN t.inschrijving i LEFT JOIN i.team it,"
                                + " Lidmaatschap l JOIN l.account a LEFT JOIN l.team lt"
                                + " WHERE i.startjaar = :jaar AND i.status IN :lopend AND t.school IS NOT NULL"
                                + " AND l.school = t.school AND (it IS NULL OR lt = it)"
                                + " AND a.lerarenregister = TRUE" + (alleen == null ? "" : " AND a.id IN :alleen")
                                + " ORDER BY t.school.naam, a.naam, a.id",
                        Object[].class)
                .setParameter("jaar", jaar)
                .setParameter("lopend", List.of(InschrijvingStatus.ACTIEF, InschrijvingStatus.AFGEROND));
        if (alleen != null) {
            query.setParameter("alleen", alleen);
        }
        List<Object[]> rijen = query.getResultList();
        Set<Long> uitgereikt = new HashSet<>(em.createQuery(
                        "SELECT c.houder.id FROM Certificaat c WHERE c.soort = :soort AND c.schooljaar = :jaar",
                        Long.class)
                .setParameter("soort", CertificaatSoort.BEWIJS_VAN_DEELNAME)
                .setParameter("jaar", jaar)
                .getResultList());
        Map<Long, LocalDate> uitgenodigd = new HashMap<>();
        if (!rijen.isEmpty()) {
            List<Long> ids =
                    rijen.stream().map(r -> ((Account) r[0]).getId()).distinct().toList();
            for (Object[] r : em.createQuery(
                            "SELECT p.accountId, p.op FROM PersoonAudit p WHERE p.actie = :actie"
                                    + " AND p.accountId IN :ids",
                            Object[].class)
                    .setParameter("actie", PersoonAudit.PersoonActie.UITGENODIGD)
                    .setParameter("ids", ids)
                    .getResultList()) {
                uitgenodigd.merge(
                        (Long) r[0],
                        LocalDate.ofInstant((Instant) r[1], Tijdzone.NEDERLAND),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<Long, Kandidaat> kandidaten = new LinkedHashMap<>();
        for (Object[] r : rijen) {
            Account persoon = (Account) r[0];
            kandidaten.computeIfAbsent(
                    persoon.getId(),
                    id -> new Kandidaat(
                            persoon,
                            (Traject) r[1],
                            Bewijsronde.beoordeel(persoon.getStatus(), uitgenodigd.get(id), jaar),
                            uitgereikt.contains(id)));
        }
        return kandidaten;
    }

    /** The date as the messages write it: 1 juni 2027. */
    static String datum(LocalDate dag) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", NL).format(dag);
    }
}
