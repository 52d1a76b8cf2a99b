package nl.leerkracht.service.account;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/** What the services for a school's people ask first: the school, and the roles the caller may manage there. */
final class SchoolBeheer {

    private SchoolBeheer() {}

    /** @throws NotFoundException for an unknown school */
    static School school(EntityManager em, long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("no school " + schoolId);
        }
        return school;
    }

    /** The roles the caller may invite and manage at the school. @throws AccessDeniedException for none */
    static Set<Rol> rollen(Scope scope, School school) {
        Set<Rol> rollen = scope.schools().invitableRoles(school);
        if (rollen.isEmpty()) {
            throw new AccessDeniedException("may not manage the people of school " + school.getId());
        }
        return rollen;
    }

    /** The school's teams, by name. */
    static List<Team> teams(EntityManager em, School school) {
        return em.createQuery("SELECT t FROM Team t WHERE t.school = :school ORDER BY t.naam", Team.class)
                .setParameter("school", school)
                .getResultList();
    }
}
