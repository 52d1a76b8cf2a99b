package nl.leerkracht.domain.account;

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
            case BESTUURDER -> account.getBestuur() != null && account.getBestuur().equals(school.getBestuur());
            case SCHOOLLEIDER, SCHOOLCOACH, AANJAGER, LERAAR ->
                    account.getSchool() != null && account.getSchool().equals(school);
        };
    }
}
