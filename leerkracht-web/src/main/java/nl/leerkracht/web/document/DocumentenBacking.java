package nl.leerkracht.web.document;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.document.Instrument;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.coaching.BijeenkomstRow;
import nl.leerkracht.service.document.DocumentForm;
import nl.leerkracht.service.document.DocumentRow;
import nl.leerkracht.service.document.DocumentService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /documenten/index.xhtml}: the session documents the user may download; for the central
 * team also the upload of a new document (title, phase, instrument, sector, meeting, file) and of a
 * new version of one. A file is checked when it is chosen and again when it is stored.
 */
@Named("documenten")
@ViewScoped
public class DocumentenBacking implements Serializable {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService service;

    @EJB
    private AgendaService agenda;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private List<DocumentRow> lijst;
    private List<BijeenkomstRow> bijeenkomsten = List.of();
    private DocumentForm invoer = new DocumentForm();
    private String bestandsnaam;
    private byte[] inhoud;
    private Long versieVan;

    @PostConstruct
    void init() {
        lijst = service.documenten();
        if (isBeheerder()) {
            bijeenkomsten = agenda.agenda(LocalDate.now(clock).minusMonths(1));
        }
    }

    /** The chosen file of a new document: kept until the document is stored, refused at once when it is no accepted kind. */
    public void kies(FileUploadEvent event) {
        try {
            Bestandstype.herken(event.getFile().getFileName(), event.getFile().getContent());
            if (event.getFile().getSize() > service.getMaximumMb() * 1024 * 1024) {
                messages.error(
                        "bestand.fout.groot",
                        Bestandstype.veiligeNaam(event.getFile().getFileName()),
                        service.getMaximumMb());
                return;
            }
            bestandsnaam = event.getFile().getFileName();
            inhoud = event.getFile().getContent();
        } catch (Regelfout fout) {
            bestandsnaam = null;
            inhoud = null;
            messages.error(
                    fout.getCode(), Bestandstype.veiligeNaam(event.getFile().getFileName()), service.getMaximumMb());
        }
    }

    public void plaats() {
        if (inhoud == null) {
            messages.error("document.fout.bestand");
            return;
        }
        try {
            service.plaats(invoer, bestandsnaam, inhoud);
            messages.info("document.geplaatst");
            invoer = new DocumentForm();
            bestandsnaam = null;
            inhoud = null;
            lijst = service.documenten();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void kiesVersieVan(long documentId) {
        versieVan = documentId;
    }

    /** A new version of the document chosen in the list: stored at once. */
    public void nieuweVersie(FileUploadEvent event) {
        if (versieVan == null) {
            return;
        }
        try {
            service.nieuweVersie(
                    versieVan, event.getFile().getFileName(), event.getFile().getContent());
            messages.info("document.nieuweVersie");
            lijst = service.documenten();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public boolean isBeheerder() {
        return activeUser.getProfiel() != null
                && activeUser.getProfiel().getRol() == nl.leerkracht.domain.account.Rol.CENTRAAL_TEAM;
    }

    public long getMaximumMb() {
        return isBeheerder() ? service.getMaximumMb() : 0;
    }

    public Fase[] getFasen() {
        return Fase.values();
    }

    public Instrument[] getInstrumenten() {
        return Instrument.values();
    }

    public Sector[] getSectoren() {
        return Sector.values();
    }

    public List<DocumentRow> getLijst() {
        return lijst;
    }

    public List<BijeenkomstRow> getBijeenkomsten() {
        return bijeenkomsten;
    }

    public DocumentForm getInvoer() {
        return invoer;
    }

    public String getBestandsnaam() {
        return bestandsnaam == null ? null : Bestandstype.veiligeNaam(bestandsnaam);
    }
}
