package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.certificaat.BewijsrondeService;
import nl.leerkracht.service.certificaat.CertificaatRow;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.certificaat.KandidaatRow;
import nl.leerkracht.service.certificaat.SchoolleidersregisterService;
import nl.leerkracht.service.certificaat.SrpoKandidaatRow;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.ColumnFilters;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /centraal/certificaten.xhtml}: the central team's certificates of a school year: the
 * Registerleraar run (review the candidates, include or leave out, issue) and the register of what
 * was issued, with counts per sector, revocation and the export for the registers.
 */
@Named("centraalCertificaten")
@ViewScoped
public class CentraalCertificatenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Proofs issued per request of the run: each batch is one transaction, and the bar moves. */
    private static final int BATCH = 25;

    @EJB
    private BewijsrondeService ronde;

    @EJB
    private CertificaatService service;

    @EJB
    private SchoolleidersregisterService srpo;

    private List<SrpoKandidaatRow> srpoKandidaten;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Schooljaar schooljaar;
    private CertificaatSoort soort;
    private List<KandidaatRow> kandidaten;
    private final RegisterModel register = new RegisterModel();
    private Map<Sector, Long> perSector;
    private Long intrekken;
    private ArrayDeque<Long> teDoen;
    private int totaal;
    private int verwerkt;
    private int uitgereikt;
    private String reden;

    @PostConstruct
    void init() {
        LocalDate vandaag = LocalDate.now(clock);
        Schooljaar dit = Schooljaar.of(vandaag);
        // Until this year's run opens, the last run made is the one of the year before.
        schooljaar = vandaag.isBefore(ronde.eersteUitreikdag(dit)) ? new Schooljaar(dit.startJaar() - 1) : dit;
        laadRegister();
    }

    /** The school years to choose from: this one and the four before. */
    public List<Schooljaar> getSchooljaren() {
        Schooljaar dit = Schooljaar.of(LocalDate.now(clock));
        List<Schooljaar> jaren = new ArrayList<>();
        for (int terug = 0; terug < 5; terug++) {
            jaren.add(new Schooljaar(dit.startJaar() - terug));
        }
        return jaren;
    }

    public CertificaatSoort[] getSoorten() {
        return CertificaatSoort.values();
    }

    /** The chosen school year or kind changed: the register follows, the candidates go. */
    public void kies() {
        kandidaten = null;
        srpoKandidaten = null;
        laadRegister();
    }

    public void toonKandidaten() {
        kandidaten = ronde.kandidaten(schooljaar);
    }

    /** Starts the run with the chosen candidates who have no proof yet; the page then asks for {@link #volgende} batches. */
    public void start() {
        teDoen = kandidaten == null
                ? new ArrayDeque<>()
                : kandidaten.stream()
                        .filter(KandidaatRow::isMee)
                        .map(KandidaatRow::getAccountId)
                        .collect(Collectors.toCollection(ArrayDeque::new));
        totaal = teDoen.size();
        verwerkt = 0;
        uitgereikt = 0;
        if (totaal == 0) {
            messages.error("certificaat.fout.geenKeuze");
        }
        PrimeFaces.current().ajax().addCallbackParam("klaar", totaal == 0);
    }

    /** Issues the next batch; the page calls again until it is told the run is done. */
    public void volgende() {
        Set<Long> batch = new HashSet<>();
        while (batch.size() < BATCH && teDoen != null && !teDoen.isEmpty()) {
            batch.add(teDoen.poll());
        }
        boolean klaar;
        try {
            if (!batch.isEmpty()) {
                uitgereikt += ronde.reikUit(schooljaar, batch);
                verwerkt += batch.size();
            }
            klaar = teDoen == null || teDoen.isEmpty();
            if (klaar) {
                if (uitgereikt == 0) {
                    messages.info("certificaat.ronde.niets");
                } else {
                    messages.info("certificaat.ronde.klaar", uitgereikt, schooljaar.toString());
                }
            }
        } catch (BusinessException refusal) {
            messages.error(refusal);
            teDoen = null;
            klaar = true;
        } catch (EJBException tegelijk) {
            // Someone else issued a proof of this batch at the same moment: nothing of the batch stands.
            messages.error("certificaat.fout.tegelijk", uitgereikt);
            teDoen = null;
            klaar = true;
        }
        if (klaar) {
            totaal = 0;
            kandidaten = ronde.kandidaten(schooljaar);
            laadRegister();
        }
        PrimeFaces.current().ajax().addCallbackParam("klaar", klaar);
    }

    public int getVoortgang() {
        return totaal == 0 ? 0 : verwerkt * 100 / totaal;
    }

    public int getTotaal() {
        return totaal;
    }

    public int getVerwerkt() {
        return verwerkt;
    }

    public void toonSrpo() {
        srpoKandidaten = srpo.kandidaten(schooljaar);
    }

    /** Issues the Schoolleidersregister certificates of the chosen schoolleiders who meet the requirement. */
    public void reikSrpoUit() {
        Set<Long> gekozen = srpoKandidaten == null
                ? Set.of()
                : srpoKandidaten.stream()
                        .filter(SrpoKandidaatRow::isMee)
                        .map(SrpoKandidaatRow::getAccountId)
                        .collect(Collectors.toSet());
        try {
            int aantal = srpo.reikUit(schooljaar, gekozen);
            messages.info("certificaten.srpo.klaar", aantal, schooljaar.toString());
            srpoKandidaten = srpo.kandidaten(schooljaar);
            laadRegister();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        } catch (EJBException tegelijk) {
            // Someone else issued one of them at the same moment: nothing of this run stands.
            messages.error("certificaten.srpo.tegelijk");
            srpoKandidaten = srpo.kandidaten(schooljaar);
        }
    }

    public List<SrpoKandidaatRow> getSrpoKandidaten() {
        return srpoKandidaten;
    }

    /** Issues a revoked certificate again with a new code; its holder is mailed. */
    public void opnieuwUitreiken(long id) {
        try {
            CertificaatRow nieuw = service.opnieuwUitreiken(id);
            messages.info("certificaat.opnieuw.klaar", nieuw.getNaam(), nieuw.getCode());
            laadRegister();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        } catch (EJBException tegelijk) {
            // Someone else issued it again at the same moment: the database let only one stand.
            messages.error("certificaat.fout.alOpnieuw");
        }
    }

    public void kiesIntrekken(long id) {
        intrekken = id;
        reden = null;
    }

    public void trekIn() {
        if (intrekken != null && messages.gelukt(() -> service.trekIn(intrekken, reden), "certificaat.ingetrokken")) {
            intrekken = null;
            reden = null;
            laadRegister();
            PrimeFaces.current().ajax().addCallbackParam("ingetrokken", true);
        }
    }

    /** The counts per sector follow the year and kind; the register's table reads its pages itself. */
    private void laadRegister() {
        perSector = service.perSector(schooljaar, soort);
    }

    /** The export's address for the chosen year and kind. */
    public String getExport() {
        return "/centraal/certificaten.csv?schooljaar=" + schooljaar + (soort == null ? "" : "&soort=" + soort);
    }

    public Schooljaar getSchooljaar() {
        return schooljaar;
    }

    public void setSchooljaar(Schooljaar schooljaar) {
        if (schooljaar != null) {
            this.schooljaar = schooljaar;
        }
    }

    public CertificaatSoort getSoort() {
        return soort;
    }

    public void setSoort(CertificaatSoort soort) {
        this.soort = soort;
    }

    /** The first day of the chosen year's run, as the page writes dates: 1 juni 2027. */
    public String getEersteUitreikdag() {
        return DateTimeFormatter.ofPattern(
                        "d MMMM yyyy",
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(ronde.eersteUitreikdag(schooljaar));
    }

    public List<KandidaatRow> getKandidaten() {
        return kandidaten;
    }

    public LazyDataModel<CertificaatRow> getRegister() {
        return register;
    }

    /** How many certificates of the list stand, per sector that has any. */
    public List<Telling> getPerSector() {
        return perSector.entrySet().stream()
                .map(e -> new Telling(e.getKey(), e.getValue()))
                .toList();
    }

    /** The count of one sector. */
    public static final class Telling implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Sector sector;
        private final long aantal;

        Telling(Sector sector, long aantal) {
            this.sector = sector;
            this.aantal = aantal;
        }

        public Sector getSector() {
            return sector;
        }

        public long getAantal() {
            return aantal;
        }
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    /** Reads the register a page at a time, filtered by name, school and code, for the chosen year and kind. */
    private final class RegisterModel extends LazyDataModel<CertificaatRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.registerTel(schooljaar, soort, ColumnFilters.of(filterBy));
        }

        @Override
        public List<CertificaatRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.registerPagina(schooljaar, soort, ColumnFilters.of(filterBy), first, pageSize);
        }

        @Override
        public String getRowKey(CertificaatRow certificaat) {
            return String.valueOf(certificaat.getId());
        }
    }
}
