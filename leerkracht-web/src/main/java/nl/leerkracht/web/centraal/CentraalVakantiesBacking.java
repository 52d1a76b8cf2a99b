package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.traject.VakantieService;
import nl.leerkracht.web.platform.Messages;

/** {@code /centraal/vakanties.xhtml}: the school holidays that the rhythm of the instruments skips. */
@Named("centraalVakanties")
@ViewScoped
public class CentraalVakantiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VakantieService service;

    @Inject
    private Messages messages;

    private List<VakantieService.Vakantie> lijst;
    private String naam;
    private LocalDate van;
    private LocalDate totEnMet;

    @PostConstruct
    void init() {
        lijst = service.vakanties();
    }

    public void voegToe() {
        try {
            service.voegToe(naam, van, totEnMet);
            messages.info("vakantie.toegevoegd");
            naam = null;
            van = null;
            totEnMet = null;
            lijst = service.vakanties();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void verwijder(long id) {
        try {
            service.verwijder(id);
            messages.info("vakantie.verwijderd");
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        lijst = service.vakanties();
    }

    public List<VakantieService.Vakantie> getLijst() {
        return lijst;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public LocalDate getVan() {
        return van;
    }

    public void setVan(LocalDate van) {
        this.van = van;
    }

    public LocalDate getTotEnMet() {
        return totEnMet;
    }

    public void setTotEnMet(LocalDate totEnMet) {
        this.totEnMet = totEnMet;
    }
}
