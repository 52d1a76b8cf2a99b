package nl.leerkracht.web.centraal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.CsvBestand;
import nl.leerkracht.service.school.ImportVerslag;
import nl.leerkracht.service.school.ImportVoortgang;
import nl.leerkracht.service.school.SchoolImport;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The CSV import on {@code /centraal/scholen.xhtml}: the file's header is checked at once, then the
 * import runs with progress, and ends with a report per row.
 */
@Named("schoolImport")
@ViewScoped
public class SchoolImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest CSV file accepted for an import. */
    public static final long MAXIMUM_BESTAND = 5L * 1024 * 1024;

    @EJB
    private SchoolImport importer;

    @Inject
    private Messages messages;

    private ImportVoortgang voortgang;
    private String bestandsnaam;

    /** The uploaded CSV file: its header is checked at once, then the import runs with progress. */
    public void upload(FileUploadEvent event) {
        voortgang = null;
        bestandsnaam = event.getFile().getFileName();
        if (event.getFile().getSize() > MAXIMUM_BESTAND) {
            messages.error("import.fout.groot");
            return;
        }
        try {
            CsvBestand bestand = importer.lees(event.getFile().getContent());
            if (bestand.getRijen().isEmpty()) {
                messages.error("import.fout.geenRijen");
                return;
            }
            voortgang = new ImportVoortgang();
            importer.importeer(bestand, voortgang);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Polled while the import runs; tells the page once it is done. */
    public void volg() {
        if (voortgang != null && voortgang.isKlaar()) {
            ImportVerslag verslag = voortgang.getVerslag();
            if (verslag.isOpgeslagen()) {
                messages.info("import.klaar", verslag.getToegevoegd(), verslag.getBijgewerkt());
            } else if (verslag.getFoutCode() != null) {
                messages.error(verslag.getFoutCode());
            } else {
                messages.error("import.geweigerd", verslag.getGeweigerd());
            }
        }
    }

    /** A report row's reason in the user's language. */
    public String reden(ImportVerslag.ImportRow regel) {
        return regel.getCode() == null ? "" : messages.text(regel.getCode(), regel.getArgs());
    }

    public ImportVoortgang getVoortgang() {
        return voortgang;
    }

    /** The report of the last import, once it is done. */
    public ImportVerslag getVerslag() {
        return voortgang == null ? null : voortgang.getVerslag();
    }

    public boolean isImportLoopt() {
        return voortgang != null && !voortgang.isKlaar();
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }
}
