package nl.leerkracht.service.document;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.document.DocumentDownload;
import nl.leerkracht.domain.document.DocumentVersie;
import nl.leerkracht.domain.document.Sessiedocument;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.coaching.AgendaToegang;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session documents (domain.md §3). Who sees which: the central team all; an Expertcoach the
 * general ones and those of their clusters' meetings; the people of a school the ones for its
 * sector and its trajectories' phases, general or of its cluster's meetings. Anything else is 403,
 * also by id. Every download is recorded.
 */
@Stateless
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());
    private static final int MB = 1024 * 1024;
    private static final String LAATSTE =
            "SELECT v.document.id, v.versie, v.bestandsnaam, v.grootte, v.op FROM DocumentVersie v"
                    + " WHERE v.document IN :docs AND v.versie = v.document.laatsteVersie";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "leerkracht.document.max-bytes", defaultValue = "26214400")
    private long maximum;

    @Inject
    private Clock clock;

    /** The largest file accepted, in whole megabytes, for the form's hint and messages. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long getMaximumMb() {
        return Math.max(1, maximum / MB);
    }

    /**
     * Uploads a new document as its first version.
     *
     * @throws BusinessException for a missing title, an unknown meeting, or a file refused by size or content
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long plaats(@NotNull DocumentForm invoer, String bestandsnaam, byte[] inhoud) {
        Bijeenkomst bijeenkomst = null;
        if (invoer.getBijeenkomst() != null) {
            bijeenkomst = em.find(Bijeenkomst.class, invoer.getBijeenkomst());
            if (bijeenkomst == null) {
                throw new BusinessException("document.fout.bijeenkomst", "no meeting " + invoer.getBijeenkomst());
            }
        }
        Bijeenkomst voor = bijeenkomst;
        Sessiedocument document = regel(
                () -> new Sessiedocument(
                        invoer.getTitel(), invoer.getFase(), invoer.getInstrument(), invoer.getSector(), voor),
                bestandsnaam);
        em.persist(document);
        voegVersieToe(document, bestandsnaam, inhoud);
        return document.getId();
    }

    /** Uploads a new version of a document; the earlier ones are kept, the newest is offered. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void nieuweVersie(long documentId, String bestandsnaam, byte[] inhoud) {
        Sessiedocument document =
                em.find(Sessiedocument.class, documentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            throw new NotFoundException("No document " + documentId);
        }
        voegVersieToe(document, bestandsnaam, inhoud);
    }

    /** The documents the caller may download, by meeting date and title. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public List<DocumentRow> documenten() {
        Account caller = accounts.getCaller();
        List<Sessiedocument> documenten = zichtbaar(caller, null);
        if (documenten.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> laatste = new HashMap<>();
        em.createQuery(LAATSTE, Object[].class)
                .setParameter("docs", documenten)
                .getResultList()
                .forEach(r -> laatste.put((Long) r[0], r));
        Map<Long, Long> downloads = new HashMap<>();
        if (caller.getRol() == Rol.CENTRAAL_TEAM) {
            em.createQuery(
                            "SELECT v.document.id, COUNT(d) FROM DocumentDownload d, DocumentVersie v WHERE d.versieId = v.id"
                                    + " GROUP BY v.document.id",
                            Object[].class)
                    .getResultList()
                    .forEach(r -> downloads.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return documenten.stream()
                .filter(d -> laatste.containsKey(d.getId()))
                .map(d -> new DocumentRow(d, laatste.get(d.getId()), downloads.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    /** The newest version of a document, as a download; recorded. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public Bestand download(long documentId) {
        Account caller = accounts.getCaller();
        Sessiedocument document = em.find(Sessiedocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("No document " + documentId);
        }
        if (zichtbaar(caller, documentId).isEmpty()) {
            throw new AccessDeniedException(caller.getUsername() + " may not download document " + documentId);
        }
        DocumentVersie versie = laatsteVersie(document);
        em.persist(new DocumentDownload(versie.getId(), caller.getId(), Instant.now(clock)));
        return new Bestand(versie.getBestandsnaam(), versie.getBestandstype().getMimeType(), versie.getInhoud());
    }

    /** All documents of a meeting the caller may download, newest versions, as one ZIP; each recorded. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.SCHOOLLEIDER, Roles.SCHOOLCOACH, Roles.AANJAGER})
    public Bestand zip(long bijeenkomstId) {
        Account caller = accounts.getCaller();
        Bijeenkomst bijeenkomst = new AgendaToegang(em, caller).bijeenkomst(bijeenkomstId);
        List<Sessiedocument> documenten = zichtbaar(caller, null).stream()
                .filter(d -> bijeenkomst.equals(d.getBijeenkomst()))
                .toList();
        if (documenten.isEmpty()) {
            throw new BusinessException("document.fout.geenDocumenten", "no documents for meeting " + bijeenkomstId);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> namen = new HashSet<>();
        Instant nu = Instant.now(clock);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Sessiedocument document : documenten) {
                DocumentVersie versie = laatsteVersie(document);
                String naam = versie.getBestandsnaam();
                for (int n = 2; !namen.add(naam); n++) {
                    int punt = versie.getBestandsnaam().lastIndexOf('.');
                    naam = versie.getBestandsnaam().substring(0, punt) + " (" + n + ")"
                            + versie.getBestandsnaam().substring(punt);
                }
                zip.putNextEntry(new ZipEntry(naam));
                zip.write(versie.getInhoud());
                zip.closeEntry();
                em.persist(new DocumentDownload(versie.getId(), caller.getId(), nu));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String naam = nl.leerkracht.domain.shared.Bestandstype.veiligeNaam(
                bijeenkomst.getTitel() + " " + bijeenkomst.getDatum() + ".zip");
        return new Bestand(naam, "application/zip", bytes.toByteArray());
    }

    private void voegVersieToe(Sessiedocument document, String bestandsnaam, byte[] inhoud) {
        String door = accounts.getCaller().getNaam();
        DocumentVersie versie = regel(
                () -> new DocumentVersie(document, bestandsnaam, inhoud, maximum, door, Instant.now(clock)),
                bestandsnaam);
        em.persist(versie);
        LOG.info(() -> "Document " + document.getId() + " version " + versie.getVersie() + " uploaded by " + door);
    }

    private DocumentVersie laatsteVersie(Sessiedocument document) {
        return em.createQuery(
                        "SELECT v FROM DocumentVersie v WHERE v.document = :d AND v.versie = :n", DocumentVersie.class)
                .setParameter("d", document)
                .setParameter("n", document.getLaatsteVersie())
                .getSingleResult();
    }

    /** The documents the account may see, or only the one with that id when given. */
    private List<Sessiedocument> zichtbaar(Account account, Long id) {
        StringBuilder jpql = new StringBuilder(
                "SELECT d FROM Sessiedocument d LEFT JOIN d.bijeenkomst b LEFT JOIN b.cluster c" + " WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (id != null) {
            jpql.append(" AND d.id = :id");
            parameters.put("id", id);
        }
        if (account.getRol() != Rol.CENTRAAL_TEAM) {
            List<Long> clusters = new AgendaToegang(em, account).clusterIds();
            if (clusters.isEmpty()) {
                jpql.append(" AND b.id IS NULL");
            } else {
                jpql.append(" AND (b.id IS NULL OR c.id IN :clusters)");
                parameters.put("clusters", clusters);
            }
            if (account.getRol().getBereik() == Rol.Bereik.SCHOOL) {
                jpql.append(" AND (d.sector IS NULL OR d.sector = :sector)");
                parameters.put("sector", account.getSchool().getSector());
                List<Fase> fasen = em.createQuery(
                                "SELECT DISTINCT t.fase FROM Traject t WHERE t.school = :s", Fase.class)
                        .setParameter("s", account.getSchool())
                        .getResultList();
                if (fasen.isEmpty()) {
                    jpql.append(" AND d.fase IS NULL");
                } else {
                    jpql.append(" AND (d.fase IS NULL OR d.fase IN :fasen)");
                    parameters.put("fasen", new ArrayList<>(fasen));
                }
            }
        }
        jpql.append(" ORDER BY d.titel, d.id");
        TypedQuery<Sessiedocument> query = em.createQuery(jpql.toString(), Sessiedocument.class)
                .setHint("eclipselink.batch", "d.bijeenkomst")
                .setHint("eclipselink.batch.type", "IN");
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A refusal by a domain rule, with the file's name and the size limit for the message. */
    private <T> T regel(java.util.function.Supplier<T> actie, String bestandsnaam) {
        return bijRegel(
                actie, nl.leerkracht.domain.shared.Bestandstype.veiligeNaam(bestandsnaam), Math.max(1, maximum / MB));
    }
}
