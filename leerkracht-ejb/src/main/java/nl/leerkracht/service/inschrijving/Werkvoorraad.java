package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.util.List;

/** What is left to invoice for a school year: one item per enrolment and programme year. */
public class Werkvoorraad implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String schooljaar;
    private final List<Item> items;
    private final int wachtOpVervolg;

    Werkvoorraad(String schooljaar, List<Item> items, int wachtOpVervolg) {
        this.schooljaar = schooljaar;
        this.items = List.copyOf(items);
        this.wachtOpVervolg = wachtOpVervolg;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public List<Item> getItems() {
        return items;
    }

    /** PO enrolments whose year 2 cannot be invoiced until the follow-up is agreed. */
    public int getWachtOpVervolg() {
        return wachtOpVervolg;
    }

    /** One invoice to make. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long inschrijvingId;
        private final int programmajaar;

        Item(long inschrijvingId, int programmajaar) {
            this.inschrijvingId = inschrijvingId;
            this.programmajaar = programmajaar;
        }

        public long getInschrijvingId() {
            return inschrijvingId;
        }

        public int getProgrammajaar() {
            return programmajaar;
        }
    }
}
