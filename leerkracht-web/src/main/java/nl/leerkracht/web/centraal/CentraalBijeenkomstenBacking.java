package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.publiek.AanmeldingRow;
import nl.leerkracht.service.publiek.GastschoolRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstForm;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.PrimeFaces;

/**
 * {@code /centraal/bijeenkomsten.xhtml}: the central team plans information meetings at
 * participating schools, changes or cancels them (everyone registered is mailed), and sees and
 * exports who registered.
 */
@Named("centraalBijeenkomsten")
@ViewScoped
public class CentraalBijeenkomstenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The BRIN code at the end of a school chosen from the suggestions, or a BRIN code typed alone. */
    private static final Pattern BRIN = Pattern.compile("(?:^|\\()\\s*(\\d{2}[A-Za-z]{2})\\s*\\)?\\s*$");

    @EJB
    private InformatiebijeenkomstService service;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private List<InformatiebijeenkomstRow> lijst;
    private InformatiebijeenkomstForm invoer = new InformatiebijeenkomstForm();
    private String school;
    private Long bewerkt;
    private InformatiebijeenkomstRow gekozen;
    private List<AanmeldingRow> aanmeldingen;

    @PostConstruct
    void load() {
        lijst = service.alle();
    }

    public void nieuw() {
        invoer = new InformatiebijeenkomstForm();
        invoer.setCapaciteit(25);
        school = null;
        bewerkt = null;
    }

    public void bewerk(InformatiebijeenkomstRow row) {
        invoer = new InformatiebijeenkomstForm();
        invoer.setDatum(row.getDatum());
        invoer.setVan(row.getVan());
        invoer.setTot(row.getTot());
        invoer.setCapaciteit(row.getCapaciteit());
        invoer.setOmschrijving(row.getOmschrijving());
        school = row.getSchool();
        bewerkt = row.getId();
    }

    public List<String> zoekScholen(String tekst) {
        return service.gastscholen(tekst).stream().map(GastschoolRow::getLabel).toList();
    }

    public void bewaar() {
        try {
            if (bewerkt == null) {
                Matcher brin = BRIN.matcher(school == null ? "" : school.trim());
                invoer.setBrin(brin.find() ? brin.group(1) : null);
                service.plan(invoer);
                messages.info("informatiebijeenkomst.gepland");
            } else {
                service.wijzig(bewerkt, invoer);
                messages.info("informatiebijeenkomst.gewijzigd");
            }
            lijst = service.alle();
            PrimeFaces.current().ajax().addCallbackParam("bewaard", true);
        } catch (BusinessException refusal) {
            messages.error(refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void annuleer(InformatiebijeenkomstRow row) {
        try {
            int gemaild = service.annuleer(row.getId());
            messages.info("informatiebijeenkomst.geannuleerd", gemaild);
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        lijst = service.alle();
    }

    public void toonAanmeldingen(InformatiebijeenkomstRow row) {
        gekozen = row;
        aanmeldingen = service.aanmeldingen(row.getId());
    }

    public LocalDate getMorgen() {
        return LocalDate.now(clock).plusDays(1);
    }

    /** From its day on a meeting cannot be changed (registration closed the day before). */
    public boolean isVoorbij(InformatiebijeenkomstRow row) {
        return !row.getDatum().isAfter(LocalDate.now(clock));
    }

    /** A meeting can still be cancelled on its day itself, so the people coming hear of it. */
    public boolean isGeweest(InformatiebijeenkomstRow row) {
        return row.getDatum().isBefore(LocalDate.now(clock));
    }

    public List<InformatiebijeenkomstRow> getLijst() {
        return lijst;
    }

    public InformatiebijeenkomstForm getInvoer() {
        return invoer;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public boolean isNieuw() {
        return bewerkt == null;
    }

    public InformatiebijeenkomstRow getGekozen() {
        return gekozen;
    }

    public List<AanmeldingRow> getAanmeldingen() {
        return aanmeldingen;
    }
}
