package nl.leerkracht.web.inschrijving;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.InschrijvingOverzichtService;
import nl.leerkracht.service.inschrijving.InschrijvingRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /inschrijving/index.xhtml}: the enrolments the user may see (the central team all, a
 * bestuurder the board's, a schoolleider the own school's), read page by page from the database.
 */
@Named("inschrijvingen")
@ViewScoped
public class InschrijvingenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InschrijvingOverzichtService service;

    private final InschrijvingOverzichtService.InschrijvingFilter filter =
            new InschrijvingOverzichtService.InschrijvingFilter();
    private List<Schooljaar> startjaren;
    private LazyDataModel<InschrijvingRow> model;

    @PostConstruct
    void init() {
        startjaren = service.bekendeStartjaren();
        model = new InschrijvingenModel();
    }

    public InschrijvingOverzichtService.InschrijvingFilter getFilter() {
        return filter;
    }

    public LazyDataModel<InschrijvingRow> getModel() {
        return model;
    }

    public List<Schooljaar> getStartjaren() {
        return startjaren;
    }

    public InschrijvingStatus[] getStatussen() {
        return InschrijvingStatus.values();
    }

    public Sector[] getSectoren() {
        return Sector.values();
    }

    /** Reads one page at a time, filtered by the form above the table and sorted by the clicked column. */
    private final class InschrijvingenModel extends LazyDataModel<InschrijvingRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.tel(filter);
        }

        @Override
        public List<InschrijvingRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return service.zoek(
                    filter,
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(InschrijvingRow regel) {
            return String.valueOf(regel.getId());
        }
    }
}
