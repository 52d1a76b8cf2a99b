package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.traject.InstrumentenView;
import nl.leerkracht.service.traject.LesbezoekForm;
import nl.leerkracht.service.traject.LesontwerpForm;
import nl.leerkracht.service.traject.StemForm;
import nl.leerkracht.service.traject.TeambordService;
import nl.leerkracht.service.traject.TerugblikForm;
import nl.leerkracht.service.traject.TrajectTabService;
import nl.leerkracht.web.platform.Messages;

/**
 * The tabs of the other instruments on {@code /traject/traject.xhtml}: lesson visits, lesson
 * designs, student-voice rounds and the look-back. It reads them when one of its tabs is first
 * shown, and after a change them again (a visit held or a round also the page's rhythm).
 */
@Named("instrumenten")
@ViewScoped
public class InstrumentenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrajectBacking traject;

    @EJB
    private TrajectTabService tabs;

    @EJB
    private TeambordService bord;

    @Inject
    private Messages messages;

    private InstrumentenView view;
    private LesbezoekForm bezoek = new LesbezoekForm();
    private Long bezoekId;
    private String feedback;
    private LesontwerpForm ontwerp;
    private StemForm stem;
    private TerugblikForm terugblik;

    /** The instruments, read the first time the page asks for them. */
    public InstrumentenView getView() {
        if (view == null && traject.getDetail() != null) {
            view = tabs.instrumenten(traject.getTrajectId());
        }
        return view;
    }

    public void planLesbezoek() {
        if (act(() -> bord.planLesbezoek(traject.getTrajectId(), bezoek), "lesbezoek.gepland", false)) {
            bezoek = new LesbezoekForm();
        }
    }

    public void legLesbezoekVast() {
        if (act(
                () -> bord.legLesbezoekVast(traject.getTrajectId(), bezoekId == null ? -1 : bezoekId, feedback),
                "lesbezoek.vastgelegd",
                true)) {
            bezoekId = null;
            feedback = null;
        }
    }

    public void voegLesontwerpToe() {
        if (act(() -> bord.voegLesontwerpToe(traject.getTrajectId(), getOntwerp()), "lesontwerp.toegevoegd", false)) {
            ontwerp = null;
        }
    }

    public void voegStemToe() {
        if (act(() -> bord.voegStemToe(traject.getTrajectId(), getStem()), "stem.toegevoegd", true)) {
            stem = null;
        }
    }

    public void voegTerugblikToe() {
        if (act(() -> bord.voegTerugblikToe(traject.getTrajectId(), getTerugblik()), "terugblik.toegevoegd", false)) {
            terugblik = null;
        }
    }

    /** Runs a change of an instrument and reads the instruments (and if asked, the rhythm) again; a refusal of either is shown. */
    private boolean act(Runnable change, String bevestiging, boolean ritme) {
        return messages.gelukt(
                () -> {
                    change.run();
                    view = tabs.instrumenten(traject.getTrajectId());
                    if (ritme) {
                        traject.herlaad();
                    }
                },
                bevestiging);
    }

    public LesbezoekForm getBezoek() {
        return bezoek;
    }

    public Long getBezoekId() {
        return bezoekId;
    }

    public void setBezoekId(Long bezoekId) {
        this.bezoekId = bezoekId;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    /** The lesson design form, dated today when new. */
    public LesontwerpForm getOntwerp() {
        if (ontwerp == null) {
            ontwerp = new LesontwerpForm();
            ontwerp.setDatum(traject.getVandaag());
        }
        return ontwerp;
    }

    /** The student-voice form, dated today when new. */
    public StemForm getStem() {
        if (stem == null) {
            stem = new StemForm();
            stem.setDatum(traject.getVandaag());
        }
        return stem;
    }

    /** The look-back form, dated today when new. */
    public TerugblikForm getTerugblik() {
        if (terugblik == null) {
            terugblik = new TerugblikForm();
            terugblik.setDatum(traject.getVandaag());
        }
        return terugblik;
    }
}
