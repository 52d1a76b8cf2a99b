package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.leerkracht.service.coaching.ClusterService;
import nl.leerkracht.service.coaching.ClusterView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.web.platform.Messages;

/** {@code /centraal/clusters.xhtml}: every cluster with its Expertcoaches and schools; the central team assigns the coaches. */
@Named("centraalClusters")
@ViewScoped
public class CentraalClustersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClusterService clusters;

    @Inject
    private Messages messages;

    private List<ClusterView> lijst;
    private List<Keuze> coaches;
    private Long cluster;
    private List<Long> gekozen = new ArrayList<>();

    @PostConstruct
    void load() {
        lijst = clusters.findAll();
        coaches = clusters.expertcoaches();
    }

    /** The cluster is chosen: its current Expertcoaches are ticked. */
    public void kiesCluster() {
        gekozen = cluster == null ? new ArrayList<>() : new ArrayList<>(clusters.expertcoachesVan(cluster));
    }

    public void wijsToe() {
        try {
            clusters.wijsExpertcoachesToe(cluster == null ? -1 : cluster, new HashSet<>(gekozen));
            messages.info("cluster.coachesToegewezen");
            lijst = clusters.findAll();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public List<ClusterView> getClusters() {
        return lijst;
    }

    public List<Keuze> getCoaches() {
        return coaches;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public List<Long> getGekozen() {
        return gekozen;
    }

    public void setGekozen(List<Long> gekozen) {
        this.gekozen = gekozen == null ? new ArrayList<>() : new ArrayList<>(gekozen);
    }
}
