package nl.leerkracht.web.traject;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.service.traject.ActieForm;
import nl.leerkracht.service.traject.BordView;
import nl.leerkracht.service.traject.BordsessieForm;
import nl.leerkracht.service.traject.DoelForm;
import nl.leerkracht.service.traject.DoelRow;
import nl.leerkracht.service.traject.TeambordService;
import nl.leerkracht.service.traject.TrajectTabService;
import nl.leerkracht.web.platform.Messages;

/**
 * The team board tab of {@code /traject/traject.xhtml} and the quick bordsessie log: ambition,
 * goals, actions and successes. It reads the board when the tab is first shown, and after a change
 * the board again (a bordsessie also the page's rhythm), not the whole page.
 */
@Named("bord")
@ViewScoped
public class BordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrajectBacking traject;

    @EJB
    private TrajectTabService tabs;

    @EJB
    private TeambordService bord;

    @Inject
    private Messages messages;

    private BordView view;
    private String ambitie;
    private DoelForm doel = new DoelForm();
    private ActieForm actie = new ActieForm();
    private String succes;
    private BordsessieForm sessie = new BordsessieForm();

    /** The board, read the first time the page asks for it. */
    public BordView getView() {
        if (view == null && traject.getDetail() != null) {
            view = tabs.bord(traject.getTrajectId());
            ambitie = view.getAmbitie();
        }
        return view;
    }

    public void bewaarAmbitie() {
        act(() -> bord.stelAmbitieVast(traject.getTrajectId(), ambitie), "teambord.ambitieBewaard");
    }

    public void voegDoelToe() {
        if (act(() -> bord.voegDoelToe(traject.getTrajectId(), doel), "teambord.doelToegevoegd")) {
            doel = new DoelForm();
        }
    }

    public void zetDoelStatus(long doelId, DoelStatus status) {
        act(() -> bord.zetDoelStatus(traject.getTrajectId(), doelId, status), "teambord.doelBijgewerkt");
    }

    public void voegActieToe() {
        if (act(() -> bord.voegActieToe(traject.getTrajectId(), actie), "teambord.actieToegevoegd")) {
            actie = new ActieForm();
        }
    }

    public void rondActieAf(long actieId) {
        act(() -> bord.rondActieAf(traject.getTrajectId(), actieId), "teambord.actieAfgerond");
    }

    public void voegSuccesToe() {
        if (act(() -> bord.voegSuccesToe(traject.getTrajectId(), succes), "teambord.succesToegevoegd")) {
            succes = null;
        }
    }

    /** Opens the bordsessie form: today, everyone present, the running goals ticked. */
    public void nieuweSessie() {
        sessie = new BordsessieForm();
        sessie.setDatum(traject.getVandaag());
        sessie.setAanwezigen(
                traject.getDetail().getMensen().stream().map(Keuze::getId).toList());
        sessie.setDoelen(
                getView().getLopendeDoelen().stream().map(DoelRow::getId).toList());
    }

    public void logSessie() {
        if (act(() -> bord.logBordsessie(traject.getTrajectId(), sessie), "bordsessie.vastgelegd")) {
            traject.herlaad();
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Runs a change of the board and reads the board again; a refusal of either is shown. */
    private boolean act(Runnable change, String bevestiging) {
        return messages.gelukt(
                () -> {
                    change.run();
                    view = tabs.bord(traject.getTrajectId());
                },
                bevestiging);
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
}
