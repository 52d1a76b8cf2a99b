package nl.leerkracht.service.certificaat;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.shared.Tijdzone;

/**
 * What the public verification of a code shows: whose certificate it is, for what, for which school
 * year, when it was issued and whether it was revoked (not why), and nothing else.
 */
public class VerificatieView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String code;
    private final String naam;
    private final CertificaatSoort soort;
    private final String schooljaar;
    private final LocalDate uitgegevenOp;
    private final LocalDate ingetrokkenOp;

    VerificatieView(Certificaat certificaat) {
        this.code = certificaat.getCode().getLeesbaar();
        this.naam = certificaat.getNaam();
        this.soort = certificaat.getSoort();
        this.schooljaar = certificaat.getSchooljaar().toString();
        this.uitgegevenOp = LocalDate.ofInstant(certificaat.getUitgegevenOp(), Tijdzone.NEDERLAND);
        this.ingetrokkenOp = certificaat.isIngetrokken()
                ? LocalDate.ofInstant(certificaat.getIngetrokkenOp(), Tijdzone.NEDERLAND)
                : null;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public CertificaatSoort getSoort() {
        return soort;
    }

    /** The register hours it is worth; 0 for a Schoolleidersregister theme. */
    public int getRegisteruren() {
        return soort.getRegisteruren();
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public LocalDate getUitgegevenOp() {
        return uitgegevenOp;
    }

    public boolean isIngetrokken() {
        return ingetrokkenOp != null;
    }

    public LocalDate getIngetrokkenOp() {
        return ingetrokkenOp;
    }
}
