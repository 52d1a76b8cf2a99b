package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import nl.leerkracht.domain.certificaat.Bewijsronde;
import nl.leerkracht.domain.certificaat.Bewijsronde.Bijzonderheid;

/**
 * A registered teacher of a trajectory in its first year, as the central team reviews them before
 * the run: whether they need a judgement (joined late, left), whether they have their proof
 * already, and whether the run includes them ({@link #isMee}, which the central team can change).
 */
public class KandidaatRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long accountId;
    private final String naam;
    private final String schoolNaam;
    private final String brin;
    private final Bijzonderheid bijzonderheid;
    private final boolean uitgereikt;
    private boolean mee;

    KandidaatRow(
            long accountId,
            String naam,
            String schoolNaam,
            String brin,
            Bijzonderheid bijzonderheid,
            boolean uitgereikt) {
        this.accountId = accountId;
        this.naam = naam;
        this.schoolNaam = schoolNaam;
        this.brin = brin;
        this.bijzonderheid = bijzonderheid;
        this.uitgereikt = uitgereikt;
        this.mee = !uitgereikt && Bewijsronde.standaardMee(bijzonderheid);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNaam() {
        return naam;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getBrin() {
        return brin;
    }

    public Bijzonderheid getBijzonderheid() {
        return bijzonderheid;
    }

    /** Whether this person has the proof for this school year already: the run passes them by. */
    public boolean isUitgereikt() {
        return uitgereikt;
    }

    public boolean isMee() {
        return mee;
    }

    public void setMee(boolean mee) {
        this.mee = mee && !uitgereikt;
    }
}
