package nl.leerkracht.service.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.leerkracht.domain.account.Rol;

/**
 * A person to invite, as the central team or a school enters them; the service and the domain
 * check it. Which ties count depends on the role and on who invites.
 */
public class UitnodigingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String naam;
    private String email;
    private Rol rol;
    /** For a school role: the school's BRIN code. */
    private String schoolBrin;
    /** For a bestuurder: the board. */
    private Long bestuurId;
    /** For an Expertcoach: the clusters they guide. */
    private List<Long> clusterIds = new ArrayList<>();
    /** For a school role at a school that works in teams: the team, if any. */
    private Long teamId;
    /** For a teacher: registered in the lerarenregister. */
    private boolean lerarenregister;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Rol getRol() {
        return rol;
    }

    public void setRol(Rol rol) {
        this.rol = rol;
    }

    public String getSchoolBrin() {
        return schoolBrin;
    }

    public void setSchoolBrin(String schoolBrin) {
        this.schoolBrin = schoolBrin;
    }

    public Long getBestuurId() {
        return bestuurId;
    }

    public void setBestuurId(Long bestuurId) {
        this.bestuurId = bestuurId;
    }

    public List<Long> getClusterIds() {
        return clusterIds;
    }

    public void setClusterIds(List<Long> clusterIds) {
        this.clusterIds = clusterIds == null ? new ArrayList<>() : new ArrayList<>(clusterIds);
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isLerarenregister() {
        return lerarenregister;
    }

    public void setLerarenregister(boolean lerarenregister) {
        this.lerarenregister = lerarenregister;
    }
}
