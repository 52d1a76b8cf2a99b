package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Tijdzone;

/** One issued certificate, as the register, its holder and its PDF show it. */
public class CertificaatRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String code;
    private final CertificaatSoort soort;
    private final String naam;
    private final String email;
    private final String schoolNaam;
    private final String brin;
    private final Sector sector;
    private final String schooljaar;
    private final LocalDate uitgegevenOp;
    private final String uitgegevenDoor;
    private final LocalDate ingetrokkenOp;
    private final String intrekreden;

    CertificaatRow(Certificaat certificaat) {
        this.id = certificaat.getId();
        this.code = certificaat.getCode().getLeesbaar();
        this.soort = certificaat.getSoort();
        this.naam = certificaat.getNaam();
        this.email = certificaat.getHouder().getEmail();
        this.schoolNaam = certificaat.getSchoolNaam();
        this.brin = certificaat.getSchool().getBrin().getCode();
        this.sector = certificaat.getSchool().getSector();
        this.schooljaar = certificaat.getSchooljaar().toString();
        this.uitgegevenOp = LocalDate.ofInstant(certificaat.getUitgegevenOp(), Tijdzone.NEDERLAND);
        this.uitgegevenDoor = certificaat.getUitgegevenDoor();
        this.ingetrokkenOp = certificaat.isIngetrokken()
                ? LocalDate.ofInstant(certificaat.getIngetrokkenOp(), Tijdzone.NEDERLAND)
                : null;
        this.intrekreden = certificaat.getIntrekreden();
    }

    public long getId() {
        return id;
    }

    /** The verification code in groups of four. */
    public String getCode() {
        return code;
    }

    public CertificaatSoort getSoort() {
        return soort;
    }

    public int getRegisteruren() {
        return soort.getRegisteruren();
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getBrin() {
        return brin;
    }

    public Sector getSector() {
        return sector;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public LocalDate getUitgegevenOp() {
        return uitgegevenOp;
    }

    public String getUitgegevenDoor() {
        return uitgegevenDoor;
    }

    public boolean isIngetrokken() {
        return ingetrokkenOp != null;
    }

    public LocalDate getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public String getIntrekreden() {
        return intrekreden;
    }
}
