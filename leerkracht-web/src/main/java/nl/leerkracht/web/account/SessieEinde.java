package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import nl.leerkracht.service.account.AccountService;

/**
 * A logged-in HTTP session that ends (logout, or unused for the session timeout) ends its session
 * row, so "Mijn gegevens" lists only the sessions that are still open.
 */
@WebListener
public class SessieEinde implements HttpSessionListener {

    @EJB
    private AccountService accounts;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LoginMechanism.sessieId(event.getSession()).ifPresent(accounts::beeindigSessie);
    }
}
