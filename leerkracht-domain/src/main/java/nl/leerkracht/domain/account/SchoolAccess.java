package nl.leerkracht.domain.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.leerkracht.domain.school.School;

/**
 * Which schools a user may see (domain.md §1): the central team all; a bestuurder the schools of
 * their board; an Expertcoach the schools of their clusters; school roles their own school.
 * The director and the chair of the Raad van Toezicht handle complaints and see no school data.
 */
public final class SchoolAccess {

    private final Account account;
    private final Set<Long> clusterSchoolIds;

    private SchoolAccess(Account account, Set<Long> clusterSchoolIds) {
        this.account = Objects.requireNonNull(account, "account");
        this.clusterSchoolIds = Set.copyOf(clusterSchoolIds);
    }

    /**
     * @param clusterSchoolIds for an Expertcoach, the ids of the schools in their clusters; ignored otherwise
     */
    public static SchoolAccess of(Account account, Set<Long> clusterSchoolIds) {
        return new SchoolAccess(account, clusterSchoolIds);
    }

    public boolean permits(School school) {
        return switch (account.getRol()) {
            case CENTRAAL_TEAM -> true;
            case DIRECTEUR, RVT_VOORZITTER -> false;
            case EXPERTCOACH -> school.getId() != null && clusterSchoolIds.contains(school.getId());
            case BESTUURDER ->
                account.getBestuur() != null && account.getBestuur().equals(school.getBestuur());
            case SCHOOLLEIDER, SCHOOLCOACH, AANJAGER, LERAAR ->
                account.getSchool() != null && account.getSchool().equals(school);
        };
    }

    /**
     * Who may see the people of a school: the central team, the board, the school's Expertcoach
     * (read-only), and its schoolleider and schoolcoach. Aanjagers and teachers do not.
     */
    public boolean permitsPeople(School school) {
        return permits(school)
                && switch (account.getRol()) {
                    case CENTRAAL_TEAM, BESTUURDER, EXPERTCOACH, SCHOOLLEIDER, SCHOOLCOACH -> true;
                    default -> false;
                };
    }

    /**
     * The roles this user may invite into the school, and whose holders there they may mark as
     * leavers: the central team every school role; a bestuurder the schoolleiders of the board's
     * schools; the schoolleider the kernteam and the teachers; the schoolcoach aanjagers and
     * teachers. Nobody else, and nobody for a school outside their scope.
     */
    public Set<Rol> invitableRoles(School school) {
        if (!permits(school)) {
            return Set.of();
        }
        return switch (account.getRol()) {
            case CENTRAAL_TEAM -> EnumSet.of(Rol.SCHOOLLEIDER, Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR);
            case BESTUURDER -> EnumSet.of(Rol.SCHOOLLEIDER);
            case SCHOOLLEIDER -> EnumSet.of(Rol.SCHOOLCOACH, Rol.AANJAGER, Rol.LERAAR);
            case SCHOOLCOACH -> EnumSet.of(Rol.AANJAGER, Rol.LERAAR);
            default -> Set.of();
        };
    }
}
