package nl.leerkracht.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.shared.MailBericht;

/**
 * AVG inzage: every logged-in person downloads the personal data the platform holds about them.
 */
@Stateless
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
public class InzageService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    /**
     * The caller's personal data as the platform holds it (AVG inzage), as JSON: the account, the
     * clusters they guide, the audit trail of their account and the mails sent to them, at their
     * current and earlier addresses.
     */
    public String persoonsgegevens() {
        Account account = accounts.getCaller();
        JsonObjectBuilder accountJson = Json.createObjectBuilder()
                .add("gebruikersnaam", account.getUsername())
                .add("naam", account.getNaam())
                .add("email", account.getEmail())
                .add("rol", account.getRol().name())
                .add("status", account.getStatus().name());
        optioneel(accountJson, "nieuwEmailTeBevestigen", account.getNieuwEmail());
        optioneel(
                accountJson,
                "school",
                account.getSchool() == null ? null : account.getSchool().getNaam());
        optioneel(
                accountJson,
                "bestuur",
                account.getBestuur() == null ? null : account.getBestuur().getNaam());
        optioneel(accountJson, "laatsteLogin", account.getLastLogin());
        JsonArrayBuilder rollen = Json.createArrayBuilder();
        account.getLidmaatschappen().forEach(l -> {
            JsonObjectBuilder json =
                    Json.createObjectBuilder().add("rol", l.getRol().name());
            optioneel(
                    json, "school", l.getSchool() == null ? null : l.getSchool().getNaam());
            optioneel(
                    json,
                    "bestuur",
                    l.getBestuur() == null ? null : l.getBestuur().getNaam());
            optioneel(json, "team", l.getTeam() == null ? null : l.getTeam().getNaam());
            rollen.add(json);
        });
        accountJson.add("rollen", rollen);
        JsonArrayBuilder clusters = Json.createArrayBuilder();
        em.createQuery(
                        "SELECT c FROM Cluster c JOIN c.expertcoaches e WHERE e = :account ORDER BY c.naam",
                        Cluster.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(cluster -> clusters.add(cluster.getNaam()));
        JsonArrayBuilder audit = Json.createArrayBuilder();
        List<PersoonAudit> regels = em.createQuery(
                        "SELECT p FROM PersoonAudit p WHERE p.accountId = :id ORDER BY p.op, p.id", PersoonAudit.class)
                .setParameter("id", account.getId())
                .getResultList();
        regels.forEach(regel -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("op", regel.getOp().toString())
                    .add("actie", regel.getActie().name())
                    .add("door", regel.getDoor());
            optioneel(json, "detail", regel.getDetail());
            audit.add(json);
        });
        JsonArrayBuilder mails = Json.createArrayBuilder();
        // Each address only for the time the person held it: a freed address may be someone else's now.
        List<MailBericht> berichten = new ArrayList<>();
        Instant vanaf = Instant.EPOCH;
        for (PersoonAudit regel : regels) {
            Optional<String> vorig = regel.getVorigEmail();
            if (vorig.isPresent()) {
                berichten.addAll(mailsAan(vorig.get(), vanaf, regel.getOp()));
                vanaf = regel.getOp();
            }
        }
        berichten.addAll(mailsAan(account.getEmail(), vanaf, clock.instant()));
        berichten.sort(Comparator.comparing(MailBericht::getAangemaaktOp).thenComparing(MailBericht::getId));
        berichten.forEach(bericht -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("aan", bericht.getAan())
                    .add("onderwerp", bericht.getOnderwerp())
                    .add("aangemaaktOp", bericht.getAangemaaktOp().toString());
            optioneel(json, "verzondenOp", bericht.getVerzondenOp());
            mails.add(json);
        });
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("uitgegevenOp", clock.instant().toString())
                .add("account", accountJson)
                .add("clusters", clusters)
                .add("wijzigingenVanHetAccount", audit)
                .add("mailsAanJou", mails);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private List<MailBericht> mailsAan(String adres, Instant vanaf, Instant tot) {
        return em.createQuery(
                        "SELECT m FROM MailBericht m WHERE LOWER(m.aan) = :adres AND m.aangemaaktOp >= :vanaf"
                                + " AND m.aangemaaktOp <= :tot",
                        MailBericht.class)
                .setParameter("adres", adres.toLowerCase(Locale.ROOT))
                .setParameter("vanaf", vanaf)
                .setParameter("tot", tot)
                .getResultList();
    }

    private static void optioneel(JsonObjectBuilder json, String naam, Object waarde) {
        if (waarde != null) {
            json.add(naam, waarde.toString());
        }
    }
}
