package nl.leerkracht.domain.school;

/**
 * The sectors the foundation works in. Special education (SO/VSO) joins as PO or VO.
 * A sector decides what unit enrols: a whole school, a location or a team (domain.md §2).
 */
public enum Sector {
    PO(Inschrijfeenheid.SCHOOL),
    VO(Inschrijfeenheid.VESTIGING),
    MBO(Inschrijfeenheid.TEAM),
    /** HBO, pabo and lerarenopleiding: teacher training. */
    HBO(Inschrijfeenheid.TEAM);

    private final Inschrijfeenheid inschrijfeenheid;

    Sector(Inschrijfeenheid inschrijfeenheid) {
        this.inschrijfeenheid = inschrijfeenheid;
    }

    /** The unit that enrols in this sector: per school (PO), per location (VO), per team (MBO/HBO). */
    public Inschrijfeenheid getInschrijfeenheid() {
        return inschrijfeenheid;
    }

    /** The unit of enrolment. */
    public enum Inschrijfeenheid {
        SCHOOL,
        VESTIGING,
        TEAM
    }
}
