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
import nl.leerkracht.service.traject.ActieInvoer;
import nl.leerkracht.service.traject.BordsessieInvoer;
import nl.leerkracht.service.traject.DoelInvoer;
import nl.leerkracht.service.traject.DoelRow;
import nl.leerkracht.service.traject.LesbezoekInvoer;
import nl.leerkracht.service.traject.LesontwerpInvoer;
import nl.leerkracht.service.traject.StemInvoer;
import nl.leerkracht.service.traject.TeambordService;
import nl.leerkracht.service.traject.TerugblikInvoer;
import nl.leerkracht.service.traject.TrajectDetail;
import nl.leerkracht.service.traject.TrajectService;
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
    private TrajectDetail detail;

    private Fase naarFase;
    private String evaluatie;
    private String reden;
    private String ambitie;
    private DoelInvoer doel = new DoelInvoer();
    private ActieInvoer actie = new ActieInvoer();
    private String succes;
    private BordsessieInvoer sessie = new BordsessieInvoer();
    private LesbezoekInvoer bezoek = new LesbezoekInvoer();
    private Long bezoekId;
    private String feedback;
    private LesontwerpInvoer ontwerp = new LesontwerpInvoer();
    private StemInvoer stem = new StemInvoer();
    private TerugblikInvoer terugblik = new TerugblikInvoer();

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
        bezoek = new LesbezoekInvoer();
        bezoekId = null;
        feedback = null;
        ontwerp = new LesontwerpInvoer();
        ontwerp.setDatum(getVandaag());
        stem = new StemInvoer();
        stem.setDatum(getVandaag());
        terugblik = new TerugblikInvoer();
        terugblik.setDatum(getVandaag());
    }

    public void planLesbezoek() {
        if (act(() -> bord.planLesbezoek(trajectId, bezoek), "lesbezoek.gepland")) {
            bezoek = new LesbezoekInvoer();
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
            ontwerp = new LesontwerpInvoer();
            ontwerp.setDatum(getVandaag());
        }
    }

    public void voegStemToe() {
        if (act(() -> bord.voegStemToe(trajectId, stem), "stem.toegevoegd")) {
            stem = new StemInvoer();
            stem.setDatum(getVandaag());
        }
    }

    public void voegTerugblikToe() {
        if (act(() -> bord.voegTerugblikToe(trajectId, terugblik), "terugblik.toegevoegd")) {
            terugblik = new TerugblikInvoer();
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
            doel = new DoelInvoer();
        }
    }

    public void zetDoelStatus(long doelId, DoelStatus status) {
        act(() -> bord.zetDoelStatus(trajectId, doelId, status), "teambord.doelBijgewerkt");
    }

    public void voegActieToe() {
        if (act(() -> bord.voegActieToe(trajectId, actie), "teambord.actieToegevoegd")) {
            actie = new ActieInvoer();
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
        sessie = new BordsessieInvoer();
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

    public TrajectDetail getDetail() {
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

    public DoelInvoer getDoel() {
        return doel;
    }

    public ActieInvoer getActie() {
        return actie;
    }

    public String getSucces() {
        return succes;
    }

    public void setSucces(String succes) {
        this.succes = succes;
    }

    public BordsessieInvoer getSessie() {
        return sessie;
    }

    public LesbezoekInvoer getBezoek() {
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

    public LesontwerpInvoer getOntwerp() {
        return ontwerp;
    }

    public StemInvoer getStem() {
        return stem;
    }

    public TerugblikInvoer getTerugblik() {
        return terugblik;
    }
}
