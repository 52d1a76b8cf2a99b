package nl.leerkracht.web.expertcoach;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.coaching.ClusterService;
import nl.leerkracht.service.coaching.ClusterView;

/** {@code /expertcoach/index.xhtml}: the clusters this Expertcoach guides, with their schools. */
@Named("expertcoachDashboard")
@RequestScoped
public class ExpertcoachDashboardBacking {

    @EJB
    private ClusterService clusters;

    private List<ClusterView> mijnClusters;

    @PostConstruct
    void load() {
        mijnClusters = clusters.findMine();
    }

    public List<ClusterView> getClusters() {
        return mijnClusters;
    }

    public int getAantalScholen() {
        return mijnClusters.stream().mapToInt(c -> c.getScholen().size()).sum();
    }
}
