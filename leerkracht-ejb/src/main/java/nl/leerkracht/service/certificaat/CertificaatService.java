package nl.leerkracht.service.certificaat;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.certificaat.Verificatiecode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Like;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * Issued certificates (domain.md §5): the central team's register with revocation, a holder's own
 * certificates, one certificate for its PDF (its holder, the central team, and the schoolleider or
 * bestuurder of its school), and the public verification of a code.
 */
@Stateless
public class CertificaatService {

    private static final Logger LOG = Logger.getLogger(CertificaatService.class.getName());
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle MAILS =
            ResourceBundle.getBundle("nl.leerkracht.service.certificaat.mails", Locale.ROOT);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publicUrl;

    /** The certificates of a school year, of one kind or all when null, by school and name. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<CertificaatRow> register(Schooljaar jaar, CertificaatSoort soort) {
        var query = em.createQuery(
                        "SELECT c FROM Certificaat c JOIN FETCH c.houder JOIN FETCH c.school WHERE c.schooljaar = :jaar"
                                + (soort == null ? "" : " AND c.soort = :soort")
                                + " ORDER BY c.schoolNaam, c.naam, c.id",
                        Certificaat.class)
                .setParameter("jaar", jaar);
        if (soort != null) {
            query.setParameter("soort", soort);
        }
        return query.getResultList().stream().map(CertificaatRow::new).toList();
    }

    /**
     * One page of the register of a school year, by school and name, filtered per column: {@code naam}
     * (name or e-mail address anywhere), {@code school} (school name anywhere or BRIN from the start)
     * and {@code code} (a verification code or part of it, dashes and case as typed).
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<CertificaatRow> registerPagina(
            Schooljaar jaar, CertificaatSoort soort, Map<String, String> filters, int first, int pageSize) {
        var query = em.createQuery(
                        "SELECT c FROM Certificaat c JOIN FETCH c.houder h JOIN FETCH c.school s"
                                + registerWaar(soort, filters) + " ORDER BY c.schoolNaam, c.naam, c.id",
                        Certificaat.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 1000)));
        registerParameters(query, jaar, soort, filters);
        return query.getResultList().stream().map(CertificaatRow::new).toList();
    }

    /** How many certificates {@link #registerPagina} has in all. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long registerTel(Schooljaar jaar, CertificaatSoort soort, Map<String, String> filters) {
        var query = em.createQuery(
                "SELECT COUNT(c) FROM Certificaat c JOIN c.houder h JOIN c.school s" + registerWaar(soort, filters),
                Long.class);
        registerParameters(query, jaar, soort, filters);
        return query.getSingleResult();
    }

    /** How many certificates of a school year (of one kind, or all when null) stand, per sector of their school. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public Map<Sector, Long> perSector(Schooljaar jaar, CertificaatSoort soort) {
        var query = em.createQuery(
                        "SELECT s.sector, COUNT(c) FROM Certificaat c JOIN c.school s WHERE c.schooljaar = :jaar"
                                + " AND c.ingetrokkenOp IS NULL" + (soort == null ? "" : " AND c.soort = :soort")
                                + " GROUP BY s.sector",
                        Object[].class)
                .setParameter("jaar", jaar);
        if (soort != null) {
            query.setParameter("soort", soort);
        }
        Map<Sector, Long> telling = new EnumMap<>(Sector.class);
        for (Object[] rij : query.getResultList()) {
            telling.put((Sector) rij[0], ((Number) rij[1]).longValue());
        }
        return telling;
    }

    private static String registerWaar(CertificaatSoort soort, Map<String, String> filters) {
        StringBuilder waar = new StringBuilder(" WHERE c.schooljaar = :jaar");
        if (soort != null) {
            waar.append(" AND c.soort = :soort");
        }
        if (heeft(filters, "naam")) {
            waar.append(" AND (LOWER(c.naam) LIKE :naam OR LOWER(h.email) LIKE :naam)");
        }
        if (heeft(filters, "school")) {
            waar.append(" AND (LOWER(c.schoolNaam) LIKE :school OR s.brin.code LIKE :brin)");
        }
        if (heeft(filters, "code")) {
            waar.append(" AND c.code LIKE :code");
        }
        return waar.toString();
    }

    private static void registerParameters(
            jakarta.persistence.TypedQuery<?> query,
            Schooljaar jaar,
            CertificaatSoort soort,
            Map<String, String> filters) {
        query.setParameter("jaar", jaar);
        if (soort != null) {
            query.setParameter("soort", soort);
        }
        if (heeft(filters, "naam")) {
            query.setParameter("naam", Like.contains(filters.get("naam")));
        }
        if (heeft(filters, "school")) {
            query.setParameter("school", Like.contains(filters.get("school")));
            query.setParameter("brin", Like.startsWithUpper(filters.get("school")));
        }
        if (heeft(filters, "code")) {
            // Stored without dashes, in upper case.
            query.setParameter(
                    "code",
                    Like.contains(filters.get("code").replaceAll("[\\s-]", "")).toUpperCase(Locale.ROOT));
        }
    }

    private static boolean heeft(Map<String, String> filters, String veld) {
        return filters != null
                && filters.get(veld) != null
                && !filters.get(veld).isBlank();
    }

    /**
     * Revokes a certificate: its verification then says it was revoked, and when.
     *
     * @throws nl.leerkracht.service.platform.BusinessException {@code certificaat.fout.reden} without a
     *         reason, {@code certificaat.fout.ingetrokken} when revoked before
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void trekIn(long id, String reden) {
        Certificaat certificaat = vind(id);
        String door = accounts.getCaller().getNaam();
        bijRegel(() -> certificaat.trekIn(reden, door, clock.instant()));
        LOG.info(() -> door + " revoked certificate " + id);
    }

    /**
     * Issues a revoked certificate again with a new code and the names as they are now, and mails its
     * holder; the revoked one stays revoked.
     *
     * @return the new certificate
     * @throws nl.leerkracht.service.platform.BusinessException {@code certificaat.fout.nietIngetrokken}
     *         when it still stands, {@code certificaat.fout.alOpnieuw} when the holder already has a
     *         standing one of that kind and school year
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public CertificaatRow opnieuwUitreiken(long id) {
        Certificaat oud = vind(id);
        long staand = em.createQuery(
                        "SELECT COUNT(c) FROM Certificaat c WHERE c.houder = :houder AND c.soort = :soort"
                                + " AND c.schooljaar = :jaar AND c.ingetrokkenOp IS NULL",
                        Long.class)
                .setParameter("houder", oud.getHouder())
                .setParameter("soort", oud.getSoort())
                .setParameter("jaar", oud.getSchooljaar())
                .getSingleResult();
        if (staand > 0) {
            throw new BusinessException("certificaat.fout.alOpnieuw", "certificate " + id + " was issued again before");
        }
        String door = accounts.getCaller().getNaam();
        Certificaat nieuw = bijRegel(() -> oud.opnieuwUitreiken(Verificatiecode.nieuw(), door, clock.instant()));
        em.persist(nieuw);
        em.flush();
        Account houder = oud.getHouder();
        mail.plaats(
                houder.getEmail(),
                MessageFormat.format(MAILS.getString("opnieuw.onderwerp"), nieuw.getSchooljaar()),
                new MessageFormat(MAILS.getString("opnieuw.tekst"), NL).format(new Object[] {
                    houder.getNaam(),
                    MAILS.getString("soort." + nieuw.getSoort().name()),
                    nieuw.getSchooljaar().toString(),
                    publicUrl.of(BewijsrondeService.MIJN_PAD),
                    nieuw.getCode().getLeesbaar()
                }),
                null);
        LOG.info(() -> door + " issued certificate " + id + " again as " + nieuw.getId());
        return new CertificaatRow(nieuw);
    }

    /** The caller's own certificates, newest school year first. */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.DIRECTEUR,
        Roles.RVT_VOORZITTER,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public List<CertificaatRow> mijn() {
        return em
                .createQuery(
                        "SELECT c FROM Certificaat c JOIN FETCH c.houder JOIN FETCH c.school WHERE c.houder = :houder"
                                + " ORDER BY c.schooljaar DESC, c.soort",
                        Certificaat.class)
                .setParameter("houder", accounts.getCaller())
                .getResultList()
                .stream()
                .map(CertificaatRow::new)
                .toList();
    }

    /**
     * One certificate, for its PDF: for its holder, the central team, and a schoolleider or
     * bestuurder of its school.
     *
     * @throws NotFoundException when there is none with this id
     * @throws AccessDeniedException for anyone else
     */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.DIRECTEUR,
        Roles.RVT_VOORZITTER,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public CertificaatRow get(long id) {
        Certificaat certificaat = vind(id);
        Account caller = accounts.getCaller();
        boolean magZien = certificaat.getHouder().equals(caller)
                || caller.getRol() == Rol.CENTRAAL_TEAM
                || (caller.getRol() == Rol.SCHOOLLEIDER || caller.getRol() == Rol.BESTUURDER)
                        && scope.schools().permits(certificaat.getSchool());
        if (!magZien) {
            throw new AccessDeniedException(caller.getUsername() + " may not see certificate " + id);
        }
        return new CertificaatRow(certificaat);
    }

    /** The Schoolleidersregister certificates of the schoolleiders of the caller's board, newest first. */
    @RolesAllowed(Roles.BESTUURDER)
    public List<CertificaatRow> vanBestuur() {
        Account caller = accounts.getCaller();
        if (caller.getBestuur() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT c FROM Certificaat c JOIN FETCH c.houder JOIN FETCH c.school WHERE c.school.bestuur = :bestuur"
                                + " AND c.soort IN :soorten ORDER BY c.schooljaar DESC, c.schoolNaam, c.naam",
                        Certificaat.class)
                .setParameter("bestuur", caller.getBestuur())
                .setParameter(
                        "soorten",
                        List.of(
                                CertificaatSoort.PERSOONLIJK_LEIDERSCHAP,
                                CertificaatSoort.LEIDINGGEVEN_AAN_VERANDERING))
                .getResultList()
                .stream()
                .map(CertificaatRow::new)
                .toList();
    }

    /**
     * The standing proofs of participation of a school's teachers, newest school year first, then by
     * name: for the schoolleider (who downloads them as one ZIP per school year), the school's
     * bestuurder and the central team.
     *
     * @param jaar one school year, or null for all
     * @throws NotFoundException when there is no such school
     * @throws AccessDeniedException when the school is outside the caller's scope
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public List<CertificaatRow> bewijzenVanSchool(long schoolId, Schooljaar jaar) {
        School school = schoolInScope(schoolId);
        var query = em.createQuery(
                        "SELECT c FROM Certificaat c JOIN FETCH c.houder JOIN FETCH c.school WHERE c.school = :school"
                                + " AND c.soort = :soort AND c.ingetrokkenOp IS NULL"
                                + (jaar == null ? "" : " AND c.schooljaar = :jaar")
                                + " ORDER BY c.schooljaar DESC, c.naam, c.id",
                        Certificaat.class)
                .setParameter("school", school)
                .setParameter("soort", CertificaatSoort.BEWIJS_VAN_DEELNAME);
        if (jaar != null) {
            query.setParameter("jaar", jaar);
        }
        return query.getResultList().stream().map(CertificaatRow::new).toList();
    }

    /**
     * How many standing proofs of participation a school's teachers hold per school year, newest
     * year first; for the same people as {@link #bewijzenVanSchool}.
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER, Roles.SCHOOLLEIDER})
    public Map<Schooljaar, Long> bewijzenPerJaar(long schoolId) {
        School school = schoolInScope(schoolId);
        Map<Schooljaar, Long> perJaar = new java.util.LinkedHashMap<>();
        for (Object[] rij : em.createQuery(
                        "SELECT c.schooljaar, COUNT(c) FROM Certificaat c WHERE c.school = :school"
                                + " AND c.soort = :soort AND c.ingetrokkenOp IS NULL"
                                + " GROUP BY c.schooljaar ORDER BY c.schooljaar DESC",
                        Object[].class)
                .setParameter("school", school)
                .setParameter("soort", CertificaatSoort.BEWIJS_VAN_DEELNAME)
                .getResultList()) {
            perJaar.put((Schooljaar) rij[0], ((Number) rij[1]).longValue());
        }
        return perJaar;
    }

    private School schoolInScope(long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("No school " + schoolId);
        }
        if (!scope.schools().permits(school)) {
            throw new AccessDeniedException(
                    accounts.getCaller().getUsername() + " may not see the proofs of school " + schoolId);
        }
        return school;
    }

    /** The certificate with this code, as anyone may check it; empty when no certificate has it. */
    @PermitAll
    public Optional<VerificatieView> controleer(Verificatiecode code) {
        return em
                .createQuery("SELECT c FROM Certificaat c WHERE c.code = :code", Certificaat.class)
                .setParameter("code", code.getWaarde())
                .getResultList()
                .stream()
                .findFirst()
                .map(VerificatieView::new);
    }

    private Certificaat vind(long id) {
        Certificaat certificaat = em.find(Certificaat.class, id);
        if (certificaat == null) {
            throw new NotFoundException("No certificate " + id);
        }
        return certificaat;
    }
}
