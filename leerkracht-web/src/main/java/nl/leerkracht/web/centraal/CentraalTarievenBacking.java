package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.StartjaarRow;
import nl.leerkracht.service.inschrijving.TariefRow;
import nl.leerkracht.service.inschrijving.TariefService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/** {@code /centraal/tarieven.xhtml}: the tariff table per start year and sector, corrected in a dialog. */
@Named("centraalTarieven")
@ViewScoped
public class CentraalTarievenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TariefService tarieven;

    @Inject
    private Messages messages;

    private List<TariefRow> lijst;
    private TariefRow geselecteerd;
    private BigDecimal jaar1;
    private BigDecimal jaar2;
    private BigDecimal vervolgPlafond;
    private Integer minimum;
    private Integer maximum;

    private List<StartjaarRow> startjaren;
    private Schooljaar startjaar;
    private java.time.LocalDate sluitingsdatum;

    @PostConstruct
    void load() {
        lijst = tarieven.findAll();
        startjaren = tarieven.startjaren();
    }

    /** Opens the start year after the newest, with copies of its tariffs. */
    public void openVolgendStartjaar() {
        try {
            messages.info("startjaar.geopend", tarieven.openVolgendStartjaar());
            load();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Opens a start year's closing date in the dialog. */
    public void kiesStartjaar(StartjaarRow regel) {
        startjaar = Schooljaar.parse(regel.getStartjaar());
        sluitingsdatum = regel.getSluitingsdatum();
    }

    public void bewaarSluitingsdatum() {
        try {
            tarieven.wijzigSluitingsdatum(startjaar, sluitingsdatum);
            messages.info("startjaar.sluiting.opgeslagen", startjaar);
            load();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<StartjaarRow> getStartjaren() {
        return startjaren;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public java.time.LocalDate getSluitingsdatum() {
        return sluitingsdatum;
    }

    public void setSluitingsdatum(java.time.LocalDate sluitingsdatum) {
        this.sluitingsdatum = sluitingsdatum;
    }

    /** Opens a tariff in the dialog with its current values. */
    public void bewerk(TariefRow tarief) {
        geselecteerd = tarief;
        jaar1 = tarief.getJaar1();
        jaar2 = tarief.getJaar2();
        vervolgPlafond = tarief.getVervolgPlafond();
        minimum = tarief.getMinimumLeraren();
        maximum = tarief.getMaximumLeraren();
    }

    /** Saves the dialog; a refused value keeps the dialog open with the reason. */
    public void opslaan() {
        try {
            if (geselecteerd.isPo()) {
                tarieven.wijzigPo(geselecteerd.getId(), jaar1, vervolgPlafond);
            } else {
                tarieven.wijzigTweejarig(geselecteerd.getId(), jaar1, jaar2, minimum, maximum);
            }
            messages.info(
                    "tarief.opgeslagen",
                    messages.text("sector.kort." + geselecteerd.getSector()),
                    geselecteerd.getStartjaar());
            load();
        } catch (BusinessException e) {
            messages.error(e.getMessageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<TariefRow> getLijst() {
        return lijst;
    }

    public TariefRow getGeselecteerd() {
        return geselecteerd;
    }

    public BigDecimal getJaar1() {
        return jaar1;
    }

    public void setJaar1(BigDecimal jaar1) {
        this.jaar1 = jaar1;
    }

    public BigDecimal getJaar2() {
        return jaar2;
    }

    public void setJaar2(BigDecimal jaar2) {
        this.jaar2 = jaar2;
    }

    public BigDecimal getVervolgPlafond() {
        return vervolgPlafond;
    }

    public void setVervolgPlafond(BigDecimal vervolgPlafond) {
        this.vervolgPlafond = vervolgPlafond;
    }

    public Integer getMinimum() {
        return minimum;
    }

    public void setMinimum(Integer minimum) {
        this.minimum = minimum;
    }

    public Integer getMaximum() {
        return maximum;
    }

    public void setMaximum(Integer maximum) {
        this.maximum = maximum;
    }
}
