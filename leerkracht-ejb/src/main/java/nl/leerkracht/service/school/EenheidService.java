package nl.leerkracht.service.school;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.SchoolGegevens;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;

/** A school's locations (VO) and teams (MBO, HBO) as the central team adds and corrects them. */
@Stateless
public class EenheidService {

    @PersistenceContext
    private EntityManager em;

    /** A school's locations (VO) or teams (MBO/HBO) as the central team edits them. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<EenheidForm> eenheden(long schoolId) {
        School school = school(schoolId);
        return switch (school.getSector().getInschrijfeenheid()) {
            case SCHOOL -> List.of();
            case VESTIGING ->
                school.getVestigingen().stream().map(EenheidForm::van).toList();
            case TEAM -> school.getTeams().stream().map(EenheidForm::van).toList();
        };
    }

    /**
     * Adds a location (id null) or corrects one: number 00–99, unique within the school, name and
     * address checked like a school's.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void bewaarVestiging(long schoolId, EenheidForm invoer) {
        School school = school(schoolId);
        if (school.getSector().getInschrijfeenheid() != Sector.Inschrijfeenheid.VESTIGING) {
            throw new BusinessException("eenheid.fout.soort", "school " + schoolId + " has no locations");
        }
        Integer nummer = invoer.getVestigingsnummer();
        if (invoer.getId() == null && (nummer == null || nummer < 0 || nummer > 99)) {
            throw new BusinessException("import.fout.vestigingsnummer", "number " + nummer);
        }
        try {
            bijRegel(() -> {
                // The same checks as a school's name and address; sector and teachers are the school's own.
                SchoolGegevens gegevens = SchoolGegevens.van(
                        school.getBrin().getCode(),
                        invoer.getNaam(),
                        school.getSector(),
                        invoer.getStraat(),
                        invoer.getHuisnummer(),
                        invoer.getPostcode(),
                        invoer.getPlaats(),
                        null,
                        null,
                        school.getAantalLeraren());
                if (invoer.getId() == null) {
                    boolean bezet = school.getVestigingen().stream().anyMatch(v -> v.getVestigingsnummer() == nummer);
                    if (bezet) {
                        throw new BusinessException(
                                "eenheid.fout.nummerBezet",
                                "number taken",
                                school.getBrin().getCode() + String.format("%02d", nummer));
                    }
                    em.persist(new Vestiging(school, nummer, gegevens.getNaam(), gegevens.getAdres()));
                } else {
                    Vestiging vestiging = em.find(Vestiging.class, invoer.getId());
                    if (vestiging == null || !vestiging.getSchool().equals(school)) {
                        throw new NotFoundException("No location " + invoer.getId() + " of school " + schoolId);
                    }
                    vestiging.wijzig(gegevens.getNaam(), gegevens.getAdres());
                }
                em.flush();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException("eenheid.fout.nummerBezet", e.getMessage(), String.valueOf(nummer));
            }
            throw e;
        }
    }

    /** Adds a team (id null) or corrects one: a name and 1–5,000 teachers. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void bewaarTeam(long schoolId, EenheidForm invoer) {
        School school = school(schoolId);
        if (school.getSector().getInschrijfeenheid() != Sector.Inschrijfeenheid.TEAM) {
            throw new BusinessException("eenheid.fout.soort", "school " + schoolId + " has no teams");
        }
        int leraren = invoer.getAantalLeraren() == null ? 0 : invoer.getAantalLeraren();
        try {
            bijRegel(() -> {
                Team team;
                if (invoer.getId() == null) {
                    team = new Team(school, invoer.getNaam(), leraren);
                } else {
                    team = em.find(Team.class, invoer.getId());
                    if (team == null || !team.getSchool().equals(school)) {
                        throw new NotFoundException("No team " + invoer.getId() + " of school " + schoolId);
                    }
                    team.wijzig(invoer.getNaam(), leraren);
                }
                boolean bezet = school.getTeams().stream()
                        .anyMatch(t -> t != team && t.getNaam().equalsIgnoreCase(team.getNaam()));
                if (bezet) {
                    throw new ConflictException("eenheid.fout.naamBezet", "team name taken", team.getNaam());
                }
                if (invoer.getId() == null) {
                    em.persist(team);
                }
                em.flush();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("eenheid.fout.naamBezet", e.getMessage(), invoer.getNaam());
            }
            throw e;
        }
    }

    private School school(long id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw new NotFoundException("No school " + id);
        }
        return school;
    }
}
