package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.service.traject.ActieForm;
import nl.leerkracht.service.traject.BordsessieForm;
import nl.leerkracht.service.traject.DoelForm;
import nl.leerkracht.service.traject.DoelRow;
import nl.leerkracht.service.traject.LesbezoekForm;
import nl.leerkracht.service.traject.LesontwerpForm;
import nl.leerkracht.service.traject.StemForm;
import nl.leerkracht.service.traject.TeambordService;
import nl.leerkracht.service.traject.TerugblikForm;
import nl.leerkracht.service.traject.TrajectService;
import nl.leerkracht.service.traject.TrajectView;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /traject/traject.xhtml?id=…}: one trajectory: its phase and history (the Expertcoach of the
 * cluster moves it on), its rhythm, and the team's board: ambition, goals, actions, successes, the
 * quick bordsessie log, lesson visits, lesson designs, student-voice rounds and look-backs (the
 * people of the school keep it; everyone else in scope reads).
 */
@Named("traject")
@ViewScoped
public class TrajectBacking implements Serializable {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private TrajectService trajecten;

    @EJB
    private TeambordService bord;

    @Inject
    private Messages messages;

    private String id;
    private long trajectId;
    private TrajectView detail;

    private Fase naarFase;
    private String evaluatie;
    private String reden;
    private String ambitie;
    private DoelForm doel = new DoelForm();
    private ActieForm actie = new ActieForm();
    private String succes;
    private BordsessieForm sessie = new BordsessieForm();
    private LesbezoekForm bezoek = new LesbezoekForm();
    private Long bezoekId;
    private String feedback;
    private LesontwerpForm ontwerp = new LesontwerpForm();
    private StemForm stem = new StemForm();
    private TerugblikForm terugblik = new TerugblikForm();

    /** f:viewAction: a malformed or unknown id answers 404, another school's trajectory 403. */
    public void load() {
        if (detail != null) {
            return;
        }
        try {
            trajectId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        detail = Pages.load(() -> trajecten.get(trajectId));
        if (detail != null) {
            ambitie = detail.getAmbitie();
            naarFase = detail.getVolgendeFase();
            nieuweInvoer();
        }
    }

    /** Empty forms for the instruments, dated today where a day is asked for. */
    private void nieuweInvoer() {
        bezoek = new LesbezoekForm();
        bezoekId = null;
        feedback = null;
        ontwerp = new LesontwerpForm();
        ontwerp.setDatum(getVandaag());
        stem = new StemForm();
        stem.setDatum(getVandaag());
        terugblik = new TerugblikForm();
        terugblik.setDatum(getVandaag());
    }

    public void planLesbezoek() {
        if (act(() -> bord.planLesbezoek(trajectId, bezoek), "lesbezoek.gepland")) {
            bezoek = new LesbezoekForm();
        }
    }

    public void legLesbezoekVast() {
        if (act(
                () -> bord.legLesbezoekVast(trajectId, bezoekId == null ? -1 : bezoekId, feedback),
                "lesbezoek.vastgelegd")) {
            bezoekId = null;
            feedback = null;
        }
    }

    public void voegLesontwerpToe() {
        if (act(() -> bord.voegLesontwerpToe(trajectId, ontwerp), "lesontwerp.toegevoegd")) {
            ontwerp = new LesontwerpForm();
            ontwerp.setDatum(getVandaag());
        }
    }

    public void voegStemToe() {
        if (act(() -> bord.voegStemToe(trajectId, stem), "stem.toegevoegd")) {
            stem = new StemForm();
            stem.setDatum(getVandaag());
        }
    }

    public void voegTerugblikToe() {
        if (act(() -> bord.voegTerugblikToe(trajectId, terugblik), "terugblik.toegevoegd")) {
            terugblik = new TerugblikForm();
            terugblik.setDatum(getVandaag());
        }
    }

    public void wisselFase() {
        if (act(() -> trajecten.wisselFase(trajectId, naarFase, evaluatie, reden), "traject.faseGewisseld")) {
            evaluatie = null;
            reden = null;
            naarFase = detail.getVolgendeFase();
        }
    }

    public void bewaarAmbitie() {
        act(() -> bord.stelAmbitieVast(trajectId, ambitie), "teambord.ambitieBewaard");
    }

    public void voegDoelToe() {
        if (act(() -> bord.voegDoelToe(trajectId, doel), "teambord.doelToegevoegd")) {
            doel = new DoelForm();
        }
    }

    public void zetDoelStatus(long doelId, DoelStatus status) {
        act(() -> bord.zetDoelStatus(trajectId, doelId, status), "teambord.doelBijgewerkt");
    }

    public void voegActieToe() {
        if (act(() -> bord.voegActieToe(trajectId, actie), "teambord.actieToegevoegd")) {
            actie = new ActieForm();
        }
    }

    public void rondActieAf(long actieId) {
        act(() -> bord.rondActieAf(trajectId, actieId), "teambord.actieAfgerond");
    }

    public void voegSuccesToe() {
        if (act(() -> bord.voegSuccesToe(trajectId, succes), "teambord.succesToegevoegd")) {
            succes = null;
        }
    }

    /** Opens the bordsessie form: today, everyone present, the running goals ticked. */
    public void nieuweSessie() {
        sessie = new BordsessieForm();
        sessie.setDatum(getVandaag());
        sessie.setAanwezigen(detail.getMensen().stream().map(Keuze::getId).toList());
        sessie.setDoelen(detail.getLopendeDoelen().stream().map(DoelRow::getId).toList());
    }

    public void logSessie() {
        if (!act(() -> bord.logBordsessie(trajectId, sessie), "bordsessie.vastgelegd")) {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private boolean act(Runnable actie, String bevestiging) {
        try {
            actie.run();
            messages.info(bevestiging);
            detail = trajecten.get(trajectId);
            return true;
        } catch (BusinessException refusal) {
            messages.error(refusal);
            return false;
        }
    }

    public LocalDate getVandaag() {
        return LocalDate.now(clock);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TrajectView getDetail() {
        return detail;
    }

    public Fase getNaarFase() {
        return naarFase;
    }

    public void setNaarFase(Fase naarFase) {
        this.naarFase = naarFase;
    }

    public String getEvaluatie() {
        return evaluatie;
    }

    public void setEvaluatie(String evaluatie) {
        this.evaluatie = evaluatie;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    public String getAmbitie() {
        return ambitie;
    }

    public void setAmbitie(String ambitie) {
        this.ambitie = ambitie;
    }

    public DoelForm getDoel() {
        return doel;
    }

    public ActieForm getActie() {
        return actie;
    }

    public String getSucces() {
        return succes;
    }

    public void setSucces(String succes) {
        this.succes = succes;
    }

    public BordsessieForm getSessie() {
        return sessie;
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

    public LesontwerpForm getOntwerp() {
        return ontwerp;
    }

    public StemForm getStem() {
        return stem;
    }

    public TerugblikForm getTerugblik() {
        return terugblik;
    }
}
