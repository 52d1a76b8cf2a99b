package nl.leerkracht.service.klacht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;
import nl.leerkracht.domain.klacht.KlachtBijlage;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.domain.klacht.Klachttermijn;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * The complaints procedure (domain.md §6), the handlers' side: the director handles complaints about
 * employees and the programme, the chair of the Raad van Toezicht those about the director. A
 * handler reaches only the complaints of their role's subjects: anything else is "not found", so not
 * even its existence shows. Every read and change is written to the complaint's audit trail.
 */
@Stateless
@RolesAllowed({Roles.DIRECTEUR, Roles.RVT_VOORZITTER})
public class KlachtBehandeling {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publiekeUrl;

    @Inject
    private Clock clock;

    /** The complaints the caller handles, newest first. */
    public List<KlachtRow> register() {
        Instant nu = Instant.now(clock);
        return zichtbare().stream().map(k -> new KlachtRow(k, nu)).toList();
    }

    /** The register for export; each exported complaint gets a line in its audit trail. */
    public List<KlachtRow> exporteer() {
        String door = accounts.getCaller().getNaam();
        Instant nu = Instant.now(clock);
        List<Klacht> klachten = zichtbare();
        klachten.forEach(k -> audit(k, KlachtAudit.KlachtActie.GEEXPORTEERD, door, null));
        return klachten.stream().map(k -> new KlachtRow(k, nu)).toList();
    }

    /** Received, closed and in-time counts per year and subject, over the caller's subjects, newest year first. */
    public List<Jaartelling> jaaroverzicht() {
        Map<String, Jaartelling> tellingen = new LinkedHashMap<>();
        for (Klacht k : zichtbare()) {
            int jaar = k.getOntvangenOp().atZone(Klachttermijn.ZONE).getYear();
            tellingen
                    .computeIfAbsent(jaar + "/" + k.getOnderwerp(), s -> new Jaartelling(jaar, k.getOnderwerp()))
                    .tel(k.getOntvangstOpTijd(), k.getOplossingOpTijd());
        }
        List<Jaartelling> lijst = new ArrayList<>(tellingen.values());
        lijst.sort(Comparator.comparing(Jaartelling::getJaar).reversed().thenComparing(Jaartelling::getOnderwerp));
        return lijst;
    }

    /**
     * A complaint's file, if the caller handles its subject; the read is written to the audit trail.
     *
     * @throws NotFoundException otherwise, exactly as for an id that does not exist
     */
    public KlachtView get(long id) {
        Klacht klacht = zichtbare(id, LockModeType.NONE);
        audit(klacht, KlachtAudit.KlachtActie.GELEZEN, accounts.getCaller().getNaam(), null);
        em.flush();
        List<KlachtView.BijlageRow> bijlagen = em.createQuery(
                        "SELECT b.id, b.bestandsnaam, b.grootte FROM KlachtBijlage b"
                                + " WHERE b.klacht = :k ORDER BY b.id",
                        Object[].class)
                .setParameter("k", klacht)
                .getResultStream()
                .map(r -> new KlachtView.BijlageRow((Long) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
        List<KlachtAudit> audit = em.createQuery(
                        "SELECT a FROM KlachtAudit a WHERE a.klachtId = :id ORDER BY a.op DESC, a.id DESC",
                        KlachtAudit.class)
                .setParameter("id", id)
                .getResultList();
        return new KlachtView(klacht, Instant.now(clock), bijlagen, audit);
    }

    /** An attachment as a download; the opening is written to the audit trail. */
    public Bijlage bijlage(long klachtId, long bijlageId) {
        Klacht klacht = zichtbare(klachtId, LockModeType.NONE);
        KlachtBijlage bijlage = em.find(KlachtBijlage.class, bijlageId);
        if (bijlage == null || !bijlage.getKlacht().equals(klacht)) {
            throw new NotFoundException("No attachment " + bijlageId + " of complaint " + klachtId);
        }
        audit(
                klacht,
                KlachtAudit.KlachtActie.BIJLAGE_GEOPEND,
                accounts.getCaller().getNaam(),
                bijlage.getBestandsnaam());
        return new Bijlage(bijlage.getBestandsnaam(), bijlage.getBestandstype().getMimeType(), bijlage.getInhoud());
    }

    /** E-mails the complainant; the first e-mail acknowledges the complaint. */
    public void mailKlager(long id, String tekst) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        Account door = accounts.getCaller();
        String bericht = BusinessException.bijRegel(() -> klacht.mailKlager(tekst, door.getNaam(), Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("bericht.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst("bericht.tekst", klacht.getReferentie(), klacht.getNaam(), bericht, door.getNaam()),
                klacht.getId());
        audit(klacht, KlachtAudit.KlachtActie.EMAIL_KLAGER, door.getNaam(), null);
    }

    /** A note for the file only. */
    public void noteer(long id, String tekst) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.noteer(tekst, door, Instant.now(clock)));
        audit(klacht, KlachtAudit.KlachtActie.NOTITIE, door, null);
    }

    /** Records another term agreed with the complainant and confirms it to them by e-mail. */
    public void spreekTermijnAf(long id, LocalDate dag, String reden) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.spreekTermijnAf(dag, reden, door, Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("termijn.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst(
                        "termijn.tekst",
                        klacht.getReferentie(),
                        klacht.getNaam(),
                        KlachtMails.dag(dag),
                        klacht.getTermijnReden(),
                        door),
                klacht.getId());
        audit(klacht, KlachtAudit.KlachtActie.TERMIJN_AFGESPROKEN, door, dag.toString());
    }

    /** Closes the complaint with its outcome and tells the complainant; from then on it is archived. */
    public void sluit(long id, KlachtUitkomst uitkomst, String toelichting) {
        Klacht klacht = zichtbare(id, LockModeType.PESSIMISTIC_WRITE);
        String door = accounts.getCaller().getNaam();
        BusinessException.bijRegel(() -> klacht.sluit(uitkomst, toelichting, door, Instant.now(clock)));
        mail.plaats(
                klacht.getEmail(),
                KlachtMails.tekst("afgesloten.onderwerp", klacht.getReferentie()),
                KlachtMails.tekst(
                        "afgesloten." + uitkomst.name(),
                        klacht.getReferentie(),
                        klacht.getNaam(),
                        toelichting.trim(),
                        door),
                klacht.getId());
        audit(klacht, KlachtAudit.KlachtActie.AFGESLOTEN, door, uitkomst.name());
    }

    private Dossier dossier() {
        return new Dossier(em, publiekeUrl, clock);
    }

    private void audit(Klacht klacht, KlachtAudit.KlachtActie actie, String door, String detail) {
        dossier().audit(klacht, actie, door, detail);
    }

    private List<Klacht> zichtbare() {
        List<KlachtOnderwerp> onderwerpen =
                KlachtOnderwerp.behandeldDoor(accounts.getCaller().getRol());
        return em.createQuery(
                        "SELECT k FROM Klacht k WHERE k.onderwerp IN :onderwerpen ORDER BY k.ontvangenOp DESC, k.id DESC",
                        Klacht.class)
                .setParameter("onderwerpen", onderwerpen)
                .getResultList();
    }

    private Klacht zichtbare(long id, LockModeType lock) {
        Klacht klacht = em.find(Klacht.class, id, lock);
        Account caller = accounts.getCaller();
        if (klacht == null || klacht.getOnderwerp().getBehandelaar() != caller.getRol()) {
            throw new NotFoundException(caller.getUsername() + " asked for complaint " + id);
        }
        return klacht;
    }
}
