package nl.leerkracht.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leerkracht.service.platform.PlatformStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: the platform is ready when its database answers and is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @EJB
    private PlatformStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(status.isDatabaseUp())
                .build();
    }
}
