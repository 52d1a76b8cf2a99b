package nl.leerkracht.web.platform;

import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/** The column filters of a lazy PrimeFaces table as the services take them: field name to typed text. */
public final class ColumnFilters {

    private ColumnFilters() {}

    /** The filled-in filters, each as text; empty ones are left out. */
    public static Map<String, String> of(Map<String, FilterMeta> filterBy) {
        Map<String, String> values = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                values.put(field, String.valueOf(meta.getFilterValue()));
            }
        });
        return values;
    }
}
