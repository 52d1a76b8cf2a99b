package nl.leerkracht.domain.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * A list of people pasted from a spreadsheet or a CSV file, one per line: {@code naam;e-mail;team}
 * (the team may be left out). Semicolons, tabs (a paste from Excel) and commas separate fields; a
 * first line with the column names is skipped, and so are empty lines. Every line is checked, and
 * each wrong one is reported with its line number, so the whole list can be corrected at once.
 */
public final class Personenlijst {

    /** At most this many people in one list. */
    public static final int MAX_REGELS = 500;

    private final List<Persoon> regels;
    private final List<Fout> fouten;

    private Personenlijst(List<Persoon> regels, List<Fout> fouten) {
        this.regels = List.copyOf(regels);
        this.fouten = List.copyOf(fouten);
    }

    /** One person from the list; {@code team} is null when the line names none. */
    public static final class Persoon {
        private final int nummer;
        private final String naam;
        private final String email;
        private final String team;

        Persoon(int nummer, String naam, String email, String team) {
            this.nummer = nummer;
            this.naam = naam;
            this.email = email;
            this.team = team;
        }

        public int getNummer() {
            return nummer;
        }

        public String getNaam() {
            return naam;
        }

        /** In lower case. */
        public String getEmail() {
            return email;
        }

        public String getTeam() {
            return team;
        }
    }

    /** What is wrong with one line: its number, a message code and the line as given. */
    public static final class Fout implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int nummer;
        private final String code;
        private final String regel;

        public Fout(int nummer, String code, String regel) {
            this.nummer = nummer;
            this.code = code;
            this.regel = regel.length() > 120 ? regel.substring(0, 120) + "…" : regel;
        }

        public int getNummer() {
            return nummer;
        }

        public String getCode() {
            return code;
        }

        public String getRegel() {
            return regel;
        }
    }

    /** Reads the list; never throws for what a person typed: everything wrong is in {@link #getFouten()}. */
    public static Personenlijst lees(String tekst) {
        List<Persoon> regels = new ArrayList<>();
        List<Fout> fouten = new ArrayList<>();
        Map<String, Integer> adressen = new HashMap<>();
        String[] lijnen = tekst == null ? new String[0] : tekst.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lijnen.length; i++) {
            int nummer = i + 1;
            String lijn = lijnen[i].strip();
            if (lijn.isEmpty() || regels.isEmpty() && fouten.isEmpty() && isKop(lijn)) {
                continue;
            }
            if (regels.size() + fouten.size() >= MAX_REGELS) {
                fouten.add(new Fout(nummer, "lijst.fout.teLang", lijn));
                break;
            }
            String[] velden = lijn.split(lijn.contains(";") ? ";" : lijn.contains("\t") ? "\t" : ",", -1);
            if (velden.length < 2 || velden.length > 3) {
                fouten.add(new Fout(nummer, "lijst.fout.kolommen", lijn));
                continue;
            }
            try {
                String naam = Tekst.verplicht(
                        velden[0], Account.NAAM_LENGTH, "account.fout.naam", "account.fout.naam.markup");
                String email = Tekst.email(velden[1], "account.fout.email").toLowerCase(Locale.ROOT);
                String team = velden.length == 3 && !velden[2].isBlank() ? velden[2].strip() : null;
                Integer eerder = adressen.putIfAbsent(email, nummer);
                if (eerder != null) {
                    fouten.add(new Fout(nummer, "lijst.fout.dubbel", lijn));
                    continue;
                }
                regels.add(new Persoon(nummer, naam, email, team));
            } catch (Regelfout fout) {
                fouten.add(new Fout(nummer, fout.getCode(), lijn));
            }
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Fout(0, "lijst.fout.leeg", ""));
        }
        return new Personenlijst(regels, fouten);
    }

    private static boolean isKop(String lijn) {
        String klein = lijn.toLowerCase(Locale.ROOT);
        return klein.startsWith("naam") && klein.contains("mail");
    }

    public List<Persoon> getRegels() {
        return regels;
    }

    /** The wrong lines, in order; the list may be stored only when this is empty. */
    public List<Fout> getFouten() {
        return fouten;
    }
}
