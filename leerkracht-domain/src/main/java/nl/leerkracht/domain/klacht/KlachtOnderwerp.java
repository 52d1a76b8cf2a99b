package nl.leerkracht.domain.klacht;

import nl.leerkracht.domain.account.Rol;

/**
 * What a complaint is about, which decides who handles it: the director handles complaints about
 * an employee or the programme, the chair of the Raad van Toezicht those about the director.
 */
public enum KlachtOnderwerp {
    MEDEWERKER(Rol.DIRECTEUR),
    PROGRAMMA(Rol.DIRECTEUR),
    DIRECTEUR(Rol.RVT_VOORZITTER);

    private final Rol behandelaar;

    KlachtOnderwerp(Rol behandelaar) {
        this.behandelaar = behandelaar;
    }

    /** The role that handles complaints about this subject, and the only one that sees them. */
    public Rol getBehandelaar() {
        return behandelaar;
    }

    /** The subjects a role handles; none for a role that handles no complaints. */
    public static java.util.List<KlachtOnderwerp> behandeldDoor(Rol rol) {
        return java.util.Arrays.stream(values())
                .filter(o -> o.behandelaar == rol)
                .toList();
    }
}
