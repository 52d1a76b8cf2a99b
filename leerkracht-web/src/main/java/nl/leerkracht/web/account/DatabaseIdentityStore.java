package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import nl.leerkracht.domain.account.LoginOutcome;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.LoginResult;

/** Checks user name and password against the account table (PBKDF2 hashes, failed logins limited per name and client). */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Inject
    private LoginFeedback feedback;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result =
                accounts.authenticate(login.getCaller(), login.getPasswordAsString(), feedback.getClient());
        if (result.getOutcome() == LoginOutcome.THROTTLED) {
            // At least a second: a refused sender is always told to wait.
            feedback.setRetryAfter(
                    result.getRetryAfter().isZero() ? java.time.Duration.ofSeconds(1) : result.getRetryAfter());
        }
        if (result.getOutcome() != LoginOutcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                result.getUsername(), Set.of(result.getRol().name()));
    }
}
