package nl.leerkracht.service.coaching;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.service.school.SchoolRow;

/** A cluster with its Expertcoaches and schools. */
public class ClusterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String naam;
    private final String regio;
    private final List<String> expertcoaches;
    private final List<SchoolRow> scholen;

    ClusterView(Cluster cluster) {
        this.id = cluster.getId();
        this.naam = cluster.getNaam();
        this.regio = cluster.getRegio();
        // Sorted here: batch reading (ClusterService) does not keep the mapping's @OrderBy.
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        this.expertcoaches = cluster.getExpertcoaches().stream()
                .map(Account::getNaam)
                .sorted(dutch)
                .toList();
        this.scholen = cluster.getScholen().stream()
                .map(SchoolRow::of)
                .sorted(Comparator.comparing(SchoolRow::getNaam, dutch))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getRegio() {
        return regio;
    }

    public List<String> getExpertcoaches() {
        return expertcoaches;
    }

    /** The Expertcoaches' names in one line, for display. */
    public String getExpertcoachNamen() {
        return String.join(", ", expertcoaches);
    }

    public List<SchoolRow> getScholen() {
        return scholen;
    }
}
