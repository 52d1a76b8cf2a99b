package nl.leerkracht.service.account;

import java.io.Serializable;
import nl.leerkracht.domain.account.Rol;

/** The form with which a school invites one of its people. */
public class SchoolUitnodiging implements Serializable {

    private static final long serialVersionUID = 1L;
    private String naam;
    private String email;
    private Rol rol = Rol.LERAAR;
    private Long teamId;
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
