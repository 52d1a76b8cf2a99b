package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.CsvBestand;
import nl.leerkracht.service.school.BestuurKeuze;
import nl.leerkracht.service.school.ImportVerslag;
import nl.leerkracht.service.school.ImportVoortgang;
import nl.leerkracht.service.school.SchoolImport;
import nl.leerkracht.service.school.SchoolInvoer;
import nl.leerkracht.service.school.SchoolRegel;
import nl.leerkracht.service.school.SchoolService;
import nl.leerkracht.web.platform.ColumnFilters;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /centraal/scholen.xhtml}: the school register for the central team. The table reads one
 * page at a time from the database (filtered and sorted there, so it stays fast with thousands of
 * schools); schools are added and corrected in a dialog; the register is exported as CSV or Excel
 * and bulk-imported from a CSV file with progress and a per-row report.
 */
@Named("centraalScholen")
@ViewScoped
public class CentraalScholenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest CSV file accepted for an import. */
    public static final long MAXIMUM_BESTAND = 5L * 1024 * 1024;

    @EJB
    private SchoolService schools;

    @EJB
    private SchoolImport importer;

    @Inject
    private Messages messages;

    private LazyDataModel<SchoolRegel> model;
    private Map<String, String> filters = Map.of();
    private List<BestuurKeuze> besturen;
    private SchoolInvoer invoer = new SchoolInvoer();
    private ImportVoortgang voortgang;
    private List<BestuurKeuze> besturenOverzicht;
    private Long bestuurId;
    private String bestuursnummer;
    private String bestuurNaam;
    private Sector bestuurSector;
    private String bestandsnaam;

    @PostConstruct
    void init() {
        model = new Model();
        besturen = schools.besturen();
        besturenOverzicht = schools.besturenOverzicht();
    }

    /** Opens the board dialog empty. */
    public void nieuwBestuur() {
        bestuurId = null;
        bestuursnummer = null;
        bestuurNaam = null;
        bestuurSector = null;
    }

    /** Opens the board dialog with a board's data; its number stays. */
    public void bewerkBestuur(BestuurKeuze bestuur) {
        bestuurId = bestuur.getId();
        bestuursnummer = bestuur.getBestuursnummer();
        bestuurNaam = bestuur.getNaam();
        bestuurSector = bestuur.getSector();
    }

    public void opslaanBestuur() {
        try {
            schools.bewaarBestuur(bestuurId, bestuursnummer, bestuurNaam, bestuurSector);
            messages.info(bestuurId == null ? "bestuur.toegevoegd" : "bestuur.opgeslagen", bestuurNaam.trim());
            besturen = schools.besturen();
            besturenOverzicht = schools.besturenOverzicht();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<BestuurKeuze> getBesturenOverzicht() {
        return besturenOverzicht;
    }

    public Long getBestuurId() {
        return bestuurId;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public void setBestuursnummer(String bestuursnummer) {
        this.bestuursnummer = bestuursnummer;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public void setBestuurNaam(String bestuurNaam) {
        this.bestuurNaam = bestuurNaam;
    }

    public Sector getBestuurSector() {
        return bestuurSector;
    }

    public void setBestuurSector(Sector bestuurSector) {
        this.bestuurSector = bestuurSector;
    }

    /** Opens the dialog for a new school. */
    public void nieuw() {
        invoer = new SchoolInvoer();
    }

    /** Opens the dialog with a school's current data. */
    public void bewerk(long id) {
        invoer = schools.getInvoer(id);
    }

    /** Saves the dialog; a refusal keeps it open with the reason. */
    public void opslaan() {
        boolean nieuw = invoer.getId() == null;
        try {
            schools.bewaar(invoer);
            messages.info(
                    nieuw ? "school.toegevoegd" : "school.opgeslagen",
                    invoer.getNaam().trim());
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

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
    public String reden(ImportVerslag.Regel regel) {
        return regel.getCode() == null ? "" : messages.text(regel.getCode(), regel.getArgs());
    }

    /** All schools matching the table's filters, as CSV. */
    public void exporteerCsv() throws IOException {
        Csv csv = new Csv("brin", "naam", "sector", "bestuur", "plaats", "leraren");
        for (SchoolRegel s : schools.zoek(filters, 0, Integer.MAX_VALUE, "naam", true)) {
            csv.rij(
                    Csv.waarde(s.getBrin()),
                    Csv.tekst(s.getNaam()),
                    Csv.waarde(s.getSector().name()),
                    Csv.tekst(s.getBestuurNaam()),
                    Csv.tekst(s.getPlaats()),
                    Csv.getal(s.getAantalLeraren()));
        }
        byte[] bytes = csv.bytes();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"scholen.csv\"");
        external.setResponseContentLength(bytes.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    public LazyDataModel<SchoolRegel> getModel() {
        return model;
    }

    public List<BestuurKeuze> getBesturen() {
        return besturen;
    }

    public SchoolInvoer getInvoer() {
        return invoer;
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

    public Sector[] getSectoren() {
        return Sector.values();
    }

    /** Reads one page at a time, filtered by the column filters and sorted by the clicked column. */
    private final class Model extends LazyDataModel<SchoolRegel> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            filters = ColumnFilters.of(filterBy);
            return (int) schools.tel(filters);
        }

        @Override
        public List<SchoolRegel> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            filters = ColumnFilters.of(filterBy);
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return schools.zoek(
                    filters,
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(SchoolRegel regel) {
            return String.valueOf(regel.getId());
        }
    }
}
