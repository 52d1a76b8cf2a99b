package nl.leerkracht.service.coaching;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.AgendaAbonnement;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.coaching.Deelname;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The Clusteragenda (domain.md §3): the central team plans the meetings of each cluster; the people
 * of a school and the Expertcoaches see their clusters' dates, also as an iCalendar feed behind a
 * secret link of their own; the central team and the cluster's Expertcoaches record attendance.
 */
@Stateless
public class AgendaService {

    /** Who take part in a cluster's meetings: the people who run the programme in school. */
    static final List<Rol> DEELNEMERS = List.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER);

    private static final Logger LOG = Logger.getLogger(AgendaService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Clock clock;

    /** The meetings of the caller's clusters, from {@code vanaf} on, by date. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public List<BijeenkomstRow> agenda(LocalDate vanaf) {
        return agendaVan(accounts.getCaller(), vanaf);
    }

    /** The clusters the central team can plan for, by name. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<Keuze> clusters() {
        return em.createQuery("SELECT c FROM Cluster c ORDER BY c.naam", Cluster.class)
                .getResultStream()
                .map(c -> new Keuze(c.getId(), c.getNaam()))
                .toList();
    }

    /** Plans a meeting for a cluster. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long plan(@NotNull BijeenkomstForm invoer) {
        Cluster cluster = invoer.getCluster() == null ? null : em.find(Cluster.class, invoer.getCluster());
        Bijeenkomst bijeenkomst = BusinessException.bijRegel(() -> new Bijeenkomst(
                cluster,
                invoer.getType(),
                invoer.getTitel(),
                invoer.getDatum(),
                invoer.getVan(),
                invoer.getTot(),
                invoer.getPlaats(),
                LocalDate.now(clock)));
        em.persist(bijeenkomst);
        em.flush();
        LOG.info(() -> "Meeting " + bijeenkomst.getId() + " planned for " + cluster.getNaam() + " on "
                + bijeenkomst.getDatum());
        return bijeenkomst.getId();
    }

    /** One meeting with its participants, if the caller sees its cluster. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public BijeenkomstView get(long id) {
        AgendaToegang toegang = new AgendaToegang(em, accounts.getCaller());
        Bijeenkomst bijeenkomst = toegang.bijeenkomst(id);
        boolean vastleggen = toegang.magAanwezigheidVastleggen(bijeenkomst);
        List<BijeenkomstView.Deelnemer> deelnemers = vastleggen ? deelnemers(bijeenkomst) : List.of();
        return new BijeenkomstView(bijeenkomst, deelnemers, vastleggen, bijeenkomst.isBegonnen(LocalDate.now(clock)));
    }

    /**
     * Records who attended: the participants in {@code aanwezig} were there, the others not.
     *
     * @throws BusinessException before the meeting, or for someone who is no participant
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH})
    public void legAanwezigheidVast(long id, @NotNull Set<Long> aanwezig) {
        Account caller = accounts.getCaller();
        AgendaToegang toegang = new AgendaToegang(em, caller);
        Bijeenkomst bijeenkomst = toegang.bijeenkomst(id);
        if (!toegang.magAanwezigheidVastleggen(bijeenkomst)) {
            throw new AccessDeniedException(caller.getUsername() + " may not record attendance of meeting " + id);
        }
        List<Account> deelnemers = deelnemerRollen(bijeenkomst).stream()
                .map(Lidmaatschap::getAccount)
                .distinct()
                .toList();
        if (!deelnemers.stream().map(Account::getId).toList().containsAll(aanwezig)) {
            throw new BusinessException("deelname.fout.onbekend", "not a participant of meeting " + id);
        }
        Map<Long, Deelname> bestaand = new HashMap<>();
        em.createQuery("SELECT d FROM Deelname d WHERE d.bijeenkomst = :b", Deelname.class)
                .setParameter("b", bijeenkomst)
                .getResultList()
                .forEach(d -> bestaand.put(d.getDeelnemer().getId(), d));
        Instant nu = Instant.now(clock);
        for (Account deelnemer : deelnemers) {
            boolean was = aanwezig.contains(deelnemer.getId());
            Deelname deelname = bestaand.get(deelnemer.getId());
            if (deelname == null) {
                em.persist(BusinessException.bijRegel(
                        () -> new Deelname(bijeenkomst, deelnemer, was, caller.getNaam(), nu, LocalDate.now(clock))));
            } else {
                deelname.wijzig(was, caller.getNaam(), nu);
            }
        }
    }

    /** Whether the caller has a calendar link. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public boolean heeftAbonnement() {
        return abonnement(accounts.getCaller()) != null;
    }

    /**
     * Makes a new secret calendar link for the caller; an earlier link stops working.
     *
     * @return the secret, shown once; only its hash is kept
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public String abonneer() {
        Account caller = accounts.getCaller();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sleutel = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AgendaAbonnement abonnement = abonnement(caller);
        if (abonnement == null) {
            em.persist(new AgendaAbonnement(caller, hash(sleutel), Instant.now(clock)));
        } else {
            abonnement.vernieuw(hash(sleutel), Instant.now(clock));
        }
        return sleutel;
    }

    /** Revokes the caller's calendar link. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public void zegAbonnementOp() {
        AgendaAbonnement abonnement = abonnement(accounts.getCaller());
        if (abonnement != null) {
            em.remove(abonnement);
        }
    }

    /**
     * The meetings behind a calendar link, for the feed; from a month back on.
     *
     * @throws NotFoundException for an unknown or revoked link
     */
    @PermitAll
    public List<BijeenkomstRow> agendaVoorSleutel(String sleutel) {
        List<AgendaAbonnement> gevonden = sleutel == null || sleutel.isBlank()
                ? List.of()
                : em.createQuery(
                                "SELECT a FROM AgendaAbonnement a JOIN FETCH a.account WHERE a.sleutelHash = :h",
                                AgendaAbonnement.class)
                        .setParameter("h", hash(sleutel.trim()))
                        .getResultList();
        if (gevonden.isEmpty()) {
            throw new NotFoundException("No calendar for this link");
        }
        Account account = gevonden.get(0).getAccount();
        if (account.getRol() != Rol.CENTRAAL_TEAM
                && account.getRol() != Rol.EXPERTCOACH
                && !DEELNEMERS.contains(account.getRol())) {
            throw new NotFoundException("No calendar for " + account.getUsername());
        }
        return agendaVan(account, LocalDate.now(clock).minusMonths(1));
    }

    private List<BijeenkomstRow> agendaVan(Account account, LocalDate vanaf) {
        List<Long> clusters = new AgendaToegang(em, account).clusterIds();
        if (clusters != null && clusters.isEmpty()) {
            return List.of();
        }
        TypedQuery<Bijeenkomst> query = em.createQuery(
                        "SELECT b FROM Bijeenkomst b JOIN FETCH b.cluster c WHERE b.datum >= :vanaf"
                                + (clusters == null ? "" : " AND c.id IN :clusters") + " ORDER BY b.datum, b.van",
                        Bijeenkomst.class)
                .setParameter("vanaf", vanaf);
        if (clusters != null) {
            query.setParameter("clusters", clusters);
        }
        return query.getResultStream().map(BijeenkomstRow::new).toList();
    }

    /**
     * Who takes part: the people with a school role at a school of the cluster, each once (with
     * their first role there: a schoolleider of two of its schools attends once).
     */
    private List<Lidmaatschap> deelnemerRollen(Bijeenkomst bijeenkomst) {
        Set<Long> gezien = new HashSet<>();
        return em.createQuery(
                        "SELECT l FROM Lidmaatschap l JOIN FETCH l.account a JOIN FETCH l.school s WHERE l.rol IN :rollen"
                                + " AND s IN (SELECT cs FROM Cluster c JOIN c.scholen cs WHERE c = :cluster) ORDER BY s.naam, a.naam, l.id",
                        Lidmaatschap.class)
                .setParameter("rollen", DEELNEMERS)
                .setParameter("cluster", bijeenkomst.getCluster())
                .getResultStream()
                .filter(l -> gezien.add(l.getAccount().getId()))
                .toList();
    }

    private List<BijeenkomstView.Deelnemer> deelnemers(Bijeenkomst bijeenkomst) {
        Map<Long, Boolean> aanwezig = new HashMap<>();
        em.createQuery("SELECT d FROM Deelname d WHERE d.bijeenkomst = :b", Deelname.class)
                .setParameter("b", bijeenkomst)
                .getResultList()
                .forEach(d -> aanwezig.put(d.getDeelnemer().getId(), d.isAanwezig()));
        return deelnemerRollen(bijeenkomst).stream()
                .map(l -> new BijeenkomstView.Deelnemer(
                        l.getAccount().getId(),
                        l.getAccount().getNaam(),
                        l.getSchool().getNaam(),
                        l.getRol().name(),
                        aanwezig.get(l.getAccount().getId())))
                .toList();
    }

    private AgendaAbonnement abonnement(Account account) {
        return em.createQuery("SELECT a FROM AgendaAbonnement a WHERE a.account = :a", AgendaAbonnement.class)
                .setParameter("a", account)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String hash(String sleutel) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
