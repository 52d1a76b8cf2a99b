package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordsessie as the quick form enters it: the day, who was there (ticked from the school's
 * people), the goals reviewed and actions done (ticked from the board), and up to three new actions.
 */
public class BordsessieForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NIEUWE_ACTIES = 3;

    private LocalDate datum;
    private List<Long> aanwezigen = new ArrayList<>();
    private List<Long> doelen = new ArrayList<>();
    private List<Long> afgerond = new ArrayList<>();
    private final List<ActieForm> nieuweActies = new ArrayList<>();
    private String notitie;

    public BordsessieForm() {
        for (int i = 0; i < NIEUWE_ACTIES; i++) {
            nieuweActies.add(new ActieForm());
        }
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public List<Long> getAanwezigen() {
        return aanwezigen;
    }

    public void setAanwezigen(List<Long> aanwezigen) {
        this.aanwezigen = aanwezigen == null ? new ArrayList<>() : new ArrayList<>(aanwezigen);
    }

    public List<Long> getDoelen() {
        return doelen;
    }

    public void setDoelen(List<Long> doelen) {
        this.doelen = doelen == null ? new ArrayList<>() : new ArrayList<>(doelen);
    }

    public List<Long> getAfgerond() {
        return afgerond;
    }

    public void setAfgerond(List<Long> afgerond) {
        this.afgerond = afgerond == null ? new ArrayList<>() : new ArrayList<>(afgerond);
    }

    public List<ActieForm> getNieuweActies() {
        return nieuweActies;
    }

    public String getNotitie() {
        return notitie;
    }

    public void setNotitie(String notitie) {
        this.notitie = notitie;
    }
}
