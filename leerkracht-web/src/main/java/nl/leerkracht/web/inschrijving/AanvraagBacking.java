package nl.leerkracht.web.inschrijving;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.school.AdviesFte;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.Aanvraag;
import nl.leerkracht.service.inschrijving.InschrijfbareSchool;
import nl.leerkracht.service.inschrijving.InschrijvingService;
import nl.leerkracht.service.inschrijving.OfferteService;
import nl.leerkracht.service.inschrijving.OfferteView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Honeypot;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.RateLimiter;

/**
 * {@code /inschrijving/aanvragen.xhtml}: the enrolment request, public and for logged-in
 * schoolleiders and bestuurders (prefilled with their school or board). The fee quote follows the
 * form as it is filled in, so the school sees what it will pay, and by which rule, before it submits.
 */
@Named("aanvraag")
@ViewScoped
public class AanvraagBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InschrijvingService inschrijvingen;

    @EJB
    private OfferteService offertes;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private Honeypot honeypot;

    private final Aanvraag aanvraag = new Aanvraag();
    private String brin;
    private List<InschrijfbareSchool> eigenScholen = List.of();
    private InschrijfbareSchool school;
    private List<Schooljaar> startjaren;
    private OfferteView offerte;
    private List<String> toelichting = List.of();
    private Long ontvangen;
    private boolean genegeerd;

    @PostConstruct
    void init() {
        startjaren = offertes.openStartjaren();
        if (!startjaren.isEmpty()) {
            aanvraag.setStartjaar(startjaren.get(0));
        }
        if (isNamensEigenSchool()) {
            eigenScholen = offertes.findEigenScholen();
            if (eigenScholen.size() == 1) {
                kiesSchool(eigenScholen.get(0));
                if (school.getEenheden().isEmpty()) {
                    aanvraag.setAantalLeraren(school.getAantalLeraren());
                    berekenOfferte();
                }
            }
        }
    }

    /** Logged in as schoolleider or bestuurder: the school comes from the account, and so does the name. */
    public boolean isNamensEigenSchool() {
        return activeUser.hasRole("SCHOOLLEIDER") || activeUser.hasRole("BESTUURDER");
    }

    /** Looks up the school of the BRIN code typed in the public form. */
    public void zoekSchool() {
        Optional<InschrijfbareSchool> found = offertes.findSchoolByBrin(brin);
        if (found.isEmpty()) {
            school = null;
            aanvraag.setSchoolId(null);
            messages.error("inschrijving.brin.onbekend", brin == null ? "" : brin.trim());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        kiesSchool(found.get());
    }

    /** A bestuurder picks one of the board's schools. */
    public void schoolGekozen() {
        eigenScholen.stream()
                .filter(s -> s.getId().equals(aanvraag.getSchoolId()))
                .findFirst()
                .ifPresent(this::kiesSchool);
    }

    private void kiesSchool(InschrijfbareSchool gekozen) {
        school = gekozen;
        aanvraag.setSchoolId(gekozen.getId());
        aanvraag.setVestigingId(null);
        aanvraag.setTeamId(null);
        berekenOfferte();
    }

    /** Recomputes the quote from school, start year and number of teachers; none while one is missing. */
    public void berekenOfferte() {
        offerte = null;
        toelichting = List.of();
        Integer leraren = aanvraag.getAantalLeraren();
        if (school == null
                || aanvraag.getStartjaar() == null
                || leraren == null
                || leraren < 1
                || leraren > School.MAX_LERAREN) {
            return;
        }
        try {
            offerte = offertes.offerte(school.getSector(), aanvraag.getStartjaar(), leraren);
            toelichting = offerte.getJaren().stream()
                    .map(this::toelichting)
                    .distinct()
                    .toList();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** The rule that decided a year's amount, in words. */
    private String toelichting(OfferteView.Jaar jaar) {
        return switch (jaar.getGrondslag()) {
            case MINIMUM -> messages.text("offerte.grondslag.MINIMUM", offerte.getMinimumLeraren());
            case MAXIMUM -> messages.text("offerte.grondslag.MAXIMUM", offerte.getMaximumLeraren());
            case VERVOLG_IN_OVERLEG -> messages.text("offerte.grondslag.VERVOLG", offerte.getVervolgPlafond());
            case AANTAL ->
                offerte.getMinimumLeraren() == null
                        ? messages.text("offerte.grondslag.AANTAL_PO")
                        : messages.text(
                                "offerte.grondslag.AANTAL", offerte.getMinimumLeraren(), offerte.getMaximumLeraren());
        };
    }

    /** The functions an applicant may name, in the order the form offers them. */
    public Aanvrager.Functie[] getFuncties() {
        return Aanvrager.Functie.values();
    }

    public void voegAanjagerToe() {
        if (aanvraag.getAanjagers().size() < Inschrijving.MAX_AANJAGERS) {
            aanvraag.getAanjagers().add(new Aanvraag.AanjagerForm());
        }
    }

    public void verwijderAanjager(Aanvraag.AanjagerForm lid) {
        if (aanvraag.getAanjagers().size() > 1) {
            aanvraag.getAanjagers().remove(lid);
        }
    }

    public void verstuur() {
        if (school == null) {
            messages.error("inschrijving.fout.school");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (honeypot.gevuld("enrolment")) {
            genegeerd = true;
            return;
        }
        if (!rateLimiter.allows(Limit.ENROLMENT)) {
            messages.error("limiet.fout");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            ontvangen = inschrijvingen.submit(aanvraag);
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Aanvraag getAanvraag() {
        return aanvraag;
    }

    public String getBrin() {
        return brin;
    }

    public void setBrin(String brin) {
        this.brin = brin;
    }

    public List<InschrijfbareSchool> getEigenScholen() {
        return eigenScholen;
    }

    public InschrijfbareSchool getSchool() {
        return school;
    }

    public List<Schooljaar> getStartjaren() {
        return startjaren;
    }

    public OfferteView getOfferte() {
        return offerte;
    }

    /** Why the quote bills what it bills, a sentence per rule that applied. */
    public List<String> getToelichting() {
        return toelichting;
    }

    /** The advised fte for schoolcoach and aanjagers together, from the declared number of teachers. */
    public BigDecimal getAdviesFte() {
        Integer leraren = aanvraag.getAantalLeraren();
        return leraren == null || leraren < 1
                ? null
                : AdviesFte.forTeachers(leraren).getFte();
    }

    /** The id of the stored request, once submitted. */
    public Long getOntvangen() {
        return ontvangen;
    }

    public int getMaxAanjagers() {
        return Inschrijving.MAX_AANJAGERS;
    }

    /** Whether the form came from a robot (see Honeypot): thanked, stored nowhere. */
    public boolean isGenegeerd() {
        return genegeerd;
    }
}
