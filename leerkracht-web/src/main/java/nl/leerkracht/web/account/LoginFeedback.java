package nl.leerkracht.web.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries this request's login attempt between the authentication mechanism, the identity store and
 * the login page: the client it comes from.
 */
@RequestScoped
public class LoginFeedback {

    private String client;

    /** The client's address, as {@link nl.leerkracht.web.platform.ClientAddress} determines it. */
    String getClient() {
        return client;
    }

    void setClient(String client) {
        this.client = client;
    }
}
