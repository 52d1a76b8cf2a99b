package nl.leerkracht.web.klacht;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtStatus;
import nl.leerkracht.service.klacht.Jaartelling;
import nl.leerkracht.service.klacht.KlachtBehandeling;
import nl.leerkracht.service.klacht.KlachtRow;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /klachten/index.xhtml}: the handler's register of the complaints they may see, with overdue
 * ones highlighted, the yearly counts per subject and how many were handled in time (a chart).
 */
@Named("klachten")
@ViewScoped
public class KlachtenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] KLEUREN = {"#2563eb", "#f59e0b", "#7c3aed"};

    @EJB
    private KlachtBehandeling service;

    @Inject
    private Messages messages;

    private List<KlachtRow> register;
    private List<Jaartelling> jaaroverzicht;
    private String grafiek;

    @PostConstruct
    void init() {
        register = service.register();
        jaaroverzicht = service.jaaroverzicht();
        grafiek = grafiek();
    }

    /** Chart.js configuration: per year, received complaints per subject and those solved in time. */
    private String grafiek() {
        Map<Integer, Map<KlachtOnderwerp, Jaartelling>> perJaar = new TreeMap<>();
        for (Jaartelling t : jaaroverzicht) {
            perJaar.computeIfAbsent(t.getJaar(), j -> new TreeMap<>()).put(t.getOnderwerp(), t);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        perJaar.keySet().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int kleur = 0;
        for (KlachtOnderwerp onderwerp : onderwerpen()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            perJaar.values()
                    .forEach(m ->
                            data.add(m.containsKey(onderwerp) ? m.get(onderwerp).getOntvangen() : 0));
            datasets.add(Json.createObjectBuilder()
                    .add("label", messages.text("klacht.onderwerp." + onderwerp))
                    .add("data", data)
                    .add("stack", "ontvangen")
                    .add("backgroundColor", KLEUREN[kleur++ % KLEUREN.length]));
        }
        JsonArrayBuilder opTijd = Json.createArrayBuilder();
        perJaar.values()
                .forEach(m -> opTijd.add(m.values().stream()
                        .mapToInt(Jaartelling::getOplossingOpTijd)
                        .sum()));
        datasets.add(Json.createObjectBuilder()
                .add("label", messages.text("klachten.grafiek.opTijd"))
                .add("data", opTijd)
                .add("stack", "opTijd")
                .add("backgroundColor", "#16a34a"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", messages.text("klachten.grafiek.titel"))))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    /** The subjects the user handles: the register's filter offers no others. */
    public List<KlachtOnderwerp> onderwerpen() {
        return register.isEmpty() && jaaroverzicht.isEmpty()
                ? List.of()
                : jaaroverzicht.stream()
                        .map(Jaartelling::getOnderwerp)
                        .distinct()
                        .sorted()
                        .toList();
    }

    public long getAantalTeLaat() {
        return register.stream().filter(KlachtRow::isTeLaat).count();
    }

    public long getAantalOpen() {
        return register.stream().filter(KlachtRow::isOpen).count();
    }

    public KlachtStatus[] getStatussen() {
        return KlachtStatus.values();
    }

    public List<KlachtRow> getRegister() {
        return register;
    }

    public List<Jaartelling> getJaaroverzicht() {
        return jaaroverzicht;
    }

    public String getGrafiek() {
        return grafiek;
    }
}
