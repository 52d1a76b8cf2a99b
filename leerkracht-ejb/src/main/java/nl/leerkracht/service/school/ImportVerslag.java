package nl.leerkracht.service.school;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did, row by row. Either every row was stored ({@link #isOpgeslagen()}) or, when
 * any row was refused or storing failed, none was.
 */
public class ImportVerslag implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened to one row. */
    public enum Uitkomst {
        TOEGEVOEGD,
        BIJGEWERKT,
        GEWEIGERD
    }

    /** One row of the file: line number, what it is about, what happened and, when refused, why. */
    public static class ImportRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int regel;
        private final String brin;
        private final String omschrijving;
        private final Uitkomst uitkomst;
        private final String code;
        private final Object[] args;

        ImportRow(int regel, String brin, String omschrijving, Uitkomst uitkomst, String code, Object... args) {
            this.regel = regel;
            this.brin = brin;
            this.omschrijving = omschrijving;
            this.uitkomst = uitkomst;
            this.code = code;
            this.args = args;
        }

        public int getRegel() {
            return regel;
        }

        public String getBrin() {
            return brin;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public Uitkomst getUitkomst() {
            return uitkomst;
        }

        /** The message key of the reason a row was refused; null otherwise. */
        public String getCode() {
            return code;
        }

        public Object[] getArgs() {
            return args;
        }
    }

    private final List<ImportRow> regels;
    private final boolean opgeslagen;
    private final String foutCode;

    ImportVerslag(List<ImportRow> regels, boolean opgeslagen, String foutCode) {
        this.regels = List.copyOf(regels);
        this.opgeslagen = opgeslagen;
        this.foutCode = foutCode;
    }

    public List<ImportRow> getRegels() {
        return regels;
    }

    public boolean isOpgeslagen() {
        return opgeslagen;
    }

    /** Why the whole file was not stored although no row was refused (e.g. a failure while storing); else null. */
    public String getFoutCode() {
        return foutCode;
    }

    public long aantal(Uitkomst uitkomst) {
        return regels.stream().filter(r -> r.getUitkomst() == uitkomst).count();
    }

    public long getToegevoegd() {
        return aantal(Uitkomst.TOEGEVOEGD);
    }

    public long getBijgewerkt() {
        return aantal(Uitkomst.BIJGEWERKT);
    }

    public long getGeweigerd() {
        return aantal(Uitkomst.GEWEIGERD);
    }
}
