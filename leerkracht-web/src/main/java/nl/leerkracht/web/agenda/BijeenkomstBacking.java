package nl.leerkracht.web.agenda;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.coaching.BijeenkomstView;
import nl.leerkracht.service.document.DocumentRow;
import nl.leerkracht.service.document.DocumentService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /agenda/bijeenkomst.xhtml?id=…}: one meeting: when and where, its documents (one by one or
 * as one ZIP), and for the central team and the cluster's Expertcoaches the attendance list.
 */
@Named("bijeenkomst")
@ViewScoped
public class BijeenkomstBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AgendaService agenda;

    @EJB
    private DocumentService documenten;

    @Inject
    private Messages messages;

    private String id;
    private long bijeenkomstId;
    private BijeenkomstView detail;
    private List<DocumentRow> stukken = List.of();
    private List<Long> aanwezig = new ArrayList<>();

    /** f:viewAction: a malformed or unknown id answers 404, another cluster's meeting 403. */
    public void load() {
        if (detail != null) {
            return;
        }
        try {
            bijeenkomstId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        detail = Pages.load(() -> agenda.get(bijeenkomstId));
        if (detail != null) {
            vul();
        }
    }

    private void vul() {
        stukken = documenten.documenten().stream()
                .filter(d -> Long.valueOf(bijeenkomstId).equals(d.getBijeenkomstId()))
                .toList();
        aanwezig = new ArrayList<>(detail.getDeelnemers().stream()
                .filter(d -> Boolean.TRUE.equals(d.getAanwezig()))
                .map(BijeenkomstView.Deelnemer::getAccountId)
                .toList());
    }

    public void legAanwezigheidVast() {
        try {
            agenda.legAanwezigheidVast(bijeenkomstId, new HashSet<>(aanwezig));
            messages.info("deelname.vastgelegd");
            detail = agenda.get(bijeenkomstId);
            vul();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BijeenkomstView getDetail() {
        return detail;
    }

    public List<DocumentRow> getStukken() {
        return stukken;
    }

    public List<Long> getAanwezig() {
        return aanwezig;
    }

    public void setAanwezig(List<Long> aanwezig) {
        this.aanwezig = aanwezig == null ? new ArrayList<>() : new ArrayList<>(aanwezig);
    }
}
