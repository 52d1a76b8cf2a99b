package nl.leerkracht.service.klacht;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.klacht.Herinnering;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtStatus;
import nl.leerkracht.domain.klacht.Klachttermijn;
import nl.leerkracht.service.platform.MailService;
import nl.leerkracht.service.platform.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The complaint clocks' work for the scheduled job: warn the handler before a deadline and
 * escalate when it has passed, and delete personal data after the retention period.
 * <p>
 * Each warning is claimed with a conditional update of its own column ("set when still empty"): of
 * two nodes scanning at once, one wins the row and mails, the other updates nothing and mails
 * nothing. <b>Decision</b>: an escalation goes to the handler and, for a complaint the director
 * handles, also to the chair of the Raad van Toezicht as the director's supervisor (reference and
 * deadline only); a complaint about the director is escalated to the chair alone.
 */
@Stateless
@PermitAll // no web entry point: run by KlachtBewaking's timer
public class KlachtTermijnen {

    private static final Logger LOG = Logger.getLogger(KlachtTermijnen.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService mail;

    @Inject
    private PublicUrl publiekeUrl;

    @Inject
    @ConfigProperty(name = "leerkracht.klacht.bewaartermijn", defaultValue = "P2Y")
    private String bewaartermijn;

    @Inject
    private Clock clock;

    /** Sends the warnings and escalations that are due. @return how many went out */
    public int bewaak() {
        Instant nu = Instant.now(clock);
        List<Klacht> kandidaten = em.createQuery(
                        "SELECT k FROM Klacht k WHERE k.status IN :open AND (k.oplossingUiterlijk <= :oplossing"
                                + " OR (k.ontvangstBevestigdOp IS NULL AND k.ontvangstUiterlijk <= :ontvangst))",
                        Klacht.class)
                .setParameter("open", List.of(KlachtStatus.ONTVANGEN, KlachtStatus.IN_BEHANDELING))
                .setParameter("oplossing", nu.plus(Herinnering.OPLOSSING_VOORAF))
                .setParameter("ontvangst", nu.plus(Herinnering.ONTVANGST_VOORAF))
                .getResultList();
        int verstuurd = 0;
        for (Klacht klacht : kandidaten) {
            for (Herinnering herinnering : klacht.herinneringen(nu)) {
                if (claim(klacht, herinnering, nu)) {
                    stuur(klacht, herinnering);
                    verstuurd++;
                }
            }
        }
        return verstuurd;
    }

    /**
     * Deletes the personal data and attachments of complaints closed longer than the retention
     * (configurable, at least one year), keeping the anonymous facts. @return how many were purged
     */
    public int ruimOp() {
        Period termijn = bewaartermijn();
        Instant nu = Instant.now(clock);
        Instant grens = nu.atZone(Klachttermijn.ZONE).minus(termijn).toInstant();
        List<Klacht> verlopen = em.createQuery(
                        "SELECT k FROM Klacht k WHERE k.status = :afgesloten AND k.afgeslotenOp <= :grens",
                        Klacht.class)
                .setParameter("afgesloten", KlachtStatus.AFGESLOTEN)
                .setParameter("grens", grens)
                .getResultList();
        for (Klacht klacht : verlopen) {
            em.createQuery("DELETE FROM KlachtBijlage b WHERE b.klacht = :k")
                    .setParameter("k", klacht)
                    .executeUpdate();
            em.createQuery("DELETE FROM MailBericht m WHERE m.klachtId = :id")
                    .setParameter("id", klacht.getId())
                    .executeUpdate();
            klacht.anonimiseer(termijn, nu);
            dossier().audit(klacht, KlachtAudit.KlachtActie.GEANONIMISEERD, KlachtService.SYSTEEM, termijn.toString());
        }
        if (!verlopen.isEmpty()) {
            LOG.info(() -> verlopen.size() + " complaints past retention " + termijn + " anonymised");
        }
        return verlopen.size();
    }

    /** How long a closed complaint is kept: the configured period, at least one year. */
    public Period bewaartermijn() {
        try {
            Period termijn = Period.parse(bewaartermijn.trim());
            Instant basis = Instant.parse("2000-01-01T00:00:00Z");
            if (basis.atZone(Klachttermijn.ZONE)
                    .plus(termijn)
                    .isBefore(basis.atZone(Klachttermijn.ZONE).plus(Klacht.MINIMALE_BEWAARTERMIJN))) {
                LOG.warning(() ->
                        "leerkracht.klacht.bewaartermijn " + bewaartermijn + " is below one year; one year is kept");
                return Klacht.MINIMALE_BEWAARTERMIJN;
            }
            return termijn;
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "leerkracht.klacht.bewaartermijn " + bewaartermijn
                    + " is not a period like P2Y; two years are kept");
            return Period.ofYears(2);
        }
    }

    private Dossier dossier() {
        return new Dossier(em, publiekeUrl, clock);
    }

    private boolean claim(Klacht klacht, Herinnering herinnering, Instant nu) {
        String kolom = switch (herinnering) {
            case ONTVANGST_WAARSCHUWING -> "ontvangstGewaarschuwdOp";
            case ONTVANGST_ESCALATIE -> "ontvangstGeescaleerdOp";
            case OPLOSSING_WAARSCHUWING -> "oplossingGewaarschuwdOp";
            case OPLOSSING_ESCALATIE -> "oplossingGeescaleerdOp";
        };
        return em.createQuery("UPDATE Klacht k SET k." + kolom + " = :nu WHERE k.id = :id AND k." + kolom + " IS NULL")
                        .setParameter("nu", nu)
                        .setParameter("id", klacht.getId())
                        .executeUpdate()
                == 1;
    }

    private void stuur(Klacht klacht, Herinnering herinnering) {
        Instant termijn = herinnering.name().startsWith("ONTVANGST")
                ? klacht.getOntvangstUiterlijk()
                : klacht.getOplossingUiterlijk();
        String onderwerp = KlachtMails.tekst(herinnering.name() + ".onderwerp", klacht.getReferentie());
        String tekst = KlachtMails.tekst(
                herinnering.name() + ".tekst",
                klacht.getReferentie(),
                KlachtMails.moment(termijn),
                dossier().registerLink(klacht));
        List<Account> ontvangers = new java.util.ArrayList<>(dossier().behandelaars(klacht.getOnderwerp()));
        boolean escalatie =
                herinnering == Herinnering.ONTVANGST_ESCALATIE || herinnering == Herinnering.OPLOSSING_ESCALATIE;
        if (escalatie && klacht.getOnderwerp().getBehandelaar() == Rol.DIRECTEUR) {
            ontvangers.addAll(dossier().behandelaars(KlachtOnderwerp.DIRECTEUR));
        }
        for (Account ontvanger : ontvangers) {
            mail.plaats(ontvanger.getEmail(), onderwerp, tekst, klacht.getId());
        }
        dossier().audit(klacht, KlachtAudit.KlachtActie.GEWAARSCHUWD, KlachtService.SYSTEEM, herinnering.name());
    }
}
