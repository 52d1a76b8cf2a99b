package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.coaching.ClusterOverzicht;
import nl.leerkracht.service.coaching.ClusterService;

/** {@code /centraal/clusters.xhtml}: every cluster with its Expertcoaches and schools. */
@Named("centraalClusters")
@RequestScoped
public class CentraalClustersBacking {

    @EJB
    private ClusterService clusters;

    private List<ClusterOverzicht> lijst;

    @PostConstruct
    void load() {
        lijst = clusters.findAll();
    }

    public List<ClusterOverzicht> getClusters() {
        return lijst;
    }
}
