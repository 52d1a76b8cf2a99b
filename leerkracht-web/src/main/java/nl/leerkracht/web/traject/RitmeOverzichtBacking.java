package nl.leerkracht.web.traject;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.service.traject.TrajectRow;
import nl.leerkracht.service.traject.TrajectService;
import nl.leerkracht.web.platform.Messages;

/**
 * The rhythm at a glance on the dashboards of the school, the Expertcoach and the bestuurder: per
 * team the bordsessies of the last four school weeks as a chart, and a table of the three
 * instruments with the teams that fall behind highlighted.
 */
@Named("ritmeOverzicht")
@RequestScoped
public class RitmeOverzichtBacking {

    private static final String ROOD = "#d64545";
    private static final String GROEN = "#2f9e44";

    @EJB
    private TrajectService trajecten;

    @Inject
    private Messages messages;

    private List<TrajectRow> teams;
    private String grafiek;

    @PostConstruct
    void init() {
        teams = trajecten.trajecten();
        grafiek = teams.isEmpty() ? null : grafiek();
    }

    /**
     * Chart.js: a horizontal bar per team of its bordsessie weeks, green when it held one in each of
     * them and red when not, labelled with the count, so a team without any still shows in words.
     * The chart speaks of bordsessies only; the table beside it gives all three instruments. Drawn
     * without animation, so what is shown is final.
     */
    private String grafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder kleuren = Json.createArrayBuilder();
        // Within one school the unit says enough; across schools the school comes first. School, unit
        // and count each go on a line of their own, so a long name is not cut off on a phone.
        boolean eenSchool =
                teams.stream().map(TrajectRow::getSchoolNaam).distinct().count() == 1;
        for (TrajectRow t : teams) {
            JsonArrayBuilder regels = Json.createArrayBuilder();
            if (!eenSchool && !t.getEenheidNaam().equals(t.getSchoolNaam())) {
                regels.add(t.getSchoolNaam());
            }
            labels.add(regels.add(t.getEenheidNaam())
                    .add(messages.text(
                            "ritme.grafiek.weken",
                            t.getRitme().getBordsessieweken(),
                            t.getRitme().getWeken())));
            data.add(t.getRitme().getBordsessieweken());
            kleuren.add(t.getRitme().isBordsessiesOpSchema() ? GROEN : ROOD);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.text("ritme.grafiek.titel"))
                                                        .add("data", data)
                                                        .add("backgroundColor", kleuren))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", messages.text("ritme.grafiek.titel"))))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                // Chart.js gives the names at most half the chart's width:
                                                // at 11 px a school's name fits that on a phone.
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add(
                                                                                        "font",
                                                                                        Json.createObjectBuilder()
                                                                                                .add("size", 11))))
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", Ritme.WEKEN)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("stepSize", 1)))))
                .build()
                .toString();
    }

    public List<TrajectRow> getTeams() {
        return teams;
    }

    public String getGrafiek() {
        return grafiek;
    }

    /** The chart's height in rem: room for a bar and its two-line label per team, and the title and axis. */
    public double getGrafiekHoogte() {
        return 5 + teams.size() * (teams.size() > 12 ? 2.5 : 4);
    }

    public long getAantalAchter() {
        return teams.stream().filter(t -> !t.getRitme().isOpSchema()).count();
    }
}
