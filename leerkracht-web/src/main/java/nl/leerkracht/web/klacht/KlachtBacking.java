package nl.leerkracht.web.klacht;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.service.klacht.KlachtBehandeling;
import nl.leerkracht.service.klacht.KlachtView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /klachten/klacht.xhtml?id=…}: one complaint's file for its handler: the complaint, the
 * clocks, the steps, attachments and audit trail; e-mail the complainant, add a note, record an
 * agreed term, close. A closed complaint is archived: the actions are gone and the service refuses them.
 */
@Named("klacht")
@ViewScoped
public class KlachtBacking implements Serializable {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private KlachtBehandeling klachten;

    @Inject
    private Messages messages;

    private String id;
    private long klachtId;
    private KlachtView detail;
    private String bericht;
    private String notitie;
    private LocalDate termijn;
    private String termijnReden;
    private KlachtUitkomst uitkomst;
    private String toelichting;

    /** f:viewAction: a malformed id, an unknown one and another handler's complaint all answer 404. */
    public void load() {
        if (detail != null) {
            return;
        }
        try {
            klachtId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        detail = Pages.load(() -> klachten.get(klachtId));
    }

    public void mail() {
        act(() -> klachten.mailKlager(klachtId, bericht), "klacht.gemaild");
        if (!messages.hasErrors()) {
            bericht = null;
        }
    }

    public void noteer() {
        act(() -> klachten.noteer(klachtId, notitie), "klacht.genoteerd");
        if (!messages.hasErrors()) {
            notitie = null;
        }
    }

    public void spreekTermijnAf() {
        act(() -> klachten.spreekTermijnAf(klachtId, termijn, termijnReden), "klacht.termijnVastgelegd");
    }

    public void sluit() {
        act(() -> klachten.sluit(klachtId, uitkomst, toelichting), "klacht.gesloten");
    }

    private void act(Runnable actie, String bevestiging) {
        try {
            actie.run();
            messages.info(bevestiging);
            detail = klachten.get(klachtId);
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public KlachtUitkomst[] getUitkomsten() {
        return KlachtUitkomst.values();
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

    public KlachtView getDetail() {
        return detail;
    }

    public String getBericht() {
        return bericht;
    }

    public void setBericht(String bericht) {
        this.bericht = bericht;
    }

    public String getNotitie() {
        return notitie;
    }

    public void setNotitie(String notitie) {
        this.notitie = notitie;
    }

    public LocalDate getTermijn() {
        return termijn;
    }

    public void setTermijn(LocalDate termijn) {
        this.termijn = termijn;
    }

    public String getTermijnReden() {
        return termijnReden;
    }

    public void setTermijnReden(String termijnReden) {
        this.termijnReden = termijnReden;
    }

    public KlachtUitkomst getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(KlachtUitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
