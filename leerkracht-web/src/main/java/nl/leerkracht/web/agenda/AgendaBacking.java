package nl.leerkracht.web.agenda;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.coaching.BijeenkomstType;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.coaching.BijeenkomstForm;
import nl.leerkracht.service.coaching.BijeenkomstRow;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /agenda/index.xhtml}: the Clusteragenda: the meetings of the user's clusters as a calendar
 * and a list, the user's own iCalendar link (made, renewed or revoked here), and for the central
 * team the form that plans a meeting.
 */
@Named("agenda")
@ViewScoped
public class AgendaBacking implements Serializable {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private AgendaService service;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private List<BijeenkomstRow> bijeenkomsten;
    private ScheduleModel kalender;
    private BijeenkomstForm invoer = new BijeenkomstForm();
    private List<Keuze> clusters = List.of();
    private boolean abonnement;
    private String feedLink;

    @PostConstruct
    void init() {
        laad();
        abonnement = service.heeftAbonnement();
        if (isPlanner()) {
            clusters = service.clusters();
        }
    }

    private void laad() {
        bijeenkomsten = service.agenda(LocalDate.now(clock).minusMonths(3));
        DefaultScheduleModel model = new DefaultScheduleModel();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (BijeenkomstRow b : bijeenkomsten) {
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(b.getId()))
                    .title(b.getTitel() + " · " + b.getCluster())
                    .startDate(b.getDatum().atTime(b.getVan()))
                    .endDate(b.getDatum().atTime(b.getTot()))
                    .description(b.getPlaats())
                    .url(context + "/agenda/bijeenkomst.xhtml?id=" + b.getId())
                    .styleClass("lk-bijeenkomst-" + b.getType().name().toLowerCase(java.util.Locale.ROOT))
                    .build());
        }
        kalender = model;
    }

    public void plan() {
        try {
            service.plan(invoer);
            messages.info("bijeenkomst.gepland");
            invoer = new BijeenkomstForm();
            laad();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    /** Makes a new secret calendar link; it is shown once, an earlier one stops working. */
    public void abonneer() {
        String sleutel = service.abonneer();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String basis = request.getRequestURL().toString();
        basis = basis.substring(0, basis.indexOf(request.getRequestURI())) + request.getContextPath();
        feedLink = basis + "/agenda.ics?sleutel=" + sleutel;
        abonnement = true;
        messages.info("agenda.abonnement.gemaakt");
    }

    public void zegOp() {
        service.zegAbonnementOp();
        abonnement = false;
        feedLink = null;
        messages.info("agenda.abonnement.opgezegd");
    }

    public boolean isPlanner() {
        return activeUser.getProfiel() != null
                && activeUser.getProfiel().getRol() == nl.leerkracht.domain.account.Rol.CENTRAAL_TEAM;
    }

    public LocalDate getVandaag() {
        return LocalDate.now(clock);
    }

    public BijeenkomstType[] getTypes() {
        return BijeenkomstType.values();
    }

    public List<BijeenkomstRow> getBijeenkomsten() {
        return bijeenkomsten;
    }

    public ScheduleModel getKalender() {
        return kalender;
    }

    public BijeenkomstForm getInvoer() {
        return invoer;
    }

    public List<Keuze> getClusters() {
        return clusters;
    }

    public boolean isAbonnement() {
        return abonnement;
    }

    public String getFeedLink() {
        return feedLink;
    }
}
