package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.coaching.ClusterService;
import nl.leerkracht.service.coaching.ClusterView;
import nl.leerkracht.service.publiek.NieuwsbriefService;
import nl.leerkracht.service.school.SchoolService;
import nl.leerkracht.service.school.SectorTelling;

/** {@code /centraal/index.xhtml}: schools and teachers per sector, clusters and their coaches. */
@Named("centraalDashboard")
@RequestScoped
public class CentraalDashboardBacking {

    @EJB
    private SchoolService schools;

    @EJB
    private ClusterService clusters;

    @EJB
    private NieuwsbriefService nieuwsbrief;

    private List<SectorTelling> perSector;
    private long[] abonnees;
    private List<ClusterView> clusterList;

    @PostConstruct
    void load() {
        perSector = schools.countBySector();
        clusterList = clusters.findAll();
    }

    public List<SectorTelling> getPerSector() {
        return perSector;
    }

    public long getAantalScholen() {
        return perSector.stream().mapToLong(SectorTelling::getScholen).sum();
    }

    public long getAantalLeraren() {
        return perSector.stream().mapToLong(SectorTelling::getLeraren).sum();
    }

    /** Confirmed newsletter subscribers, and those waiting for their confirmation. */
    public long[] getAbonnees() {
        if (abonnees == null) {
            abonnees = nieuwsbrief.aantallen();
        }
        return abonnees;
    }

    public List<ClusterView> getClusters() {
        return clusterList;
    }
}
