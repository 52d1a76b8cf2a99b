package nl.leerkracht.domain.certificaat;

/** What a certificate proves (domain.md §5), with the register it is for. */
public enum CertificaatSoort {
    /** Registerleraar: a proof of participation in the first leerKRACHT year, worth 40 register hours. */
    BEWIJS_VAN_DEELNAME(40, false),
    /** Schoolleidersregister PO, after year 1: the theme "Persoonlijk Leiderschap". */
    PERSOONLIJK_LEIDERSCHAP(0, true),
    /** Schoolleidersregister PO, after years 1 and 2: the theme "Leidinggeven aan verandering". */
    LEIDINGGEVEN_AAN_VERANDERING(0, true);

    private final int registeruren;
    private final boolean schoolleidersregister;

    CertificaatSoort(int registeruren, boolean schoolleidersregister) {
        this.registeruren = registeruren;
        this.schoolleidersregister = schoolleidersregister;
    }

    /** The register hours a teacher can claim with it; 0 for a Schoolleidersregister theme. */
    public int getRegisteruren() {
        return registeruren;
    }

    /** Whether it is for the Schoolleidersregister PO (else for the lerarenregister). */
    public boolean isSchoolleidersregister() {
        return schoolleidersregister;
    }
}
