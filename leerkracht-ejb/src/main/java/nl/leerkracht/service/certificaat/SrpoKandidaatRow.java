package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import nl.leerkracht.domain.certificaat.Aanwezigheid;
import nl.leerkracht.domain.certificaat.CertificaatSoort;

/**
 * A PO schoolleider who opted in for the Schoolleidersregister, as the central team reviews them
 * after the school year: the theme, the attendance against the threshold, and why they fall short
 * when they do. Only who meets the requirement can be included.
 */
public class SrpoKandidaatRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long accountId;
    private final String naam;
    private final String schoolNaam;
    private final CertificaatSoort thema;
    private final Aanwezigheid aanwezigheid;
    private final int drempel;
    private final boolean jaarEenBehaald;
    private final boolean uitgereikt;
    private boolean mee;

    SrpoKandidaatRow(
            long accountId,
            String naam,
            String schoolNaam,
            CertificaatSoort thema,
            Aanwezigheid aanwezigheid,
            int drempel,
            boolean jaarEenBehaald,
            boolean uitgereikt) {
        this.accountId = accountId;
        this.naam = naam;
        this.schoolNaam = schoolNaam;
        this.thema = thema;
        this.aanwezigheid = aanwezigheid;
        this.drempel = drempel;
        this.jaarEenBehaald = jaarEenBehaald;
        this.uitgereikt = uitgereikt;
        this.mee = !uitgereikt && isVoldoet();
    }

    /** Whether the requirement is met: the attendance, and for year 2 the year-1 certificate. */
    public boolean isVoldoet() {
        return aanwezigheid.voldoet(drempel) && jaarEenBehaald;
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

    public CertificaatSoort getThema() {
        return thema;
    }

    public int getBijgewoond() {
        return aanwezigheid.getBijgewoond();
    }

    public int getGehouden() {
        return aanwezigheid.getGehouden();
    }

    public int getPercentage() {
        return aanwezigheid.getPercentage();
    }

    public int getDrempel() {
        return drempel;
    }

    /** For year 2: whether the schoolleider holds the year-1 certificate ("Persoonlijk Leiderschap"). */
    public boolean isJaarEenBehaald() {
        return jaarEenBehaald;
    }

    public boolean isUitgereikt() {
        return uitgereikt;
    }

    public boolean isMee() {
        return mee;
    }

    public void setMee(boolean mee) {
        this.mee = mee && !uitgereikt && isVoldoet();
    }
}
