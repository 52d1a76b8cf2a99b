package nl.leerkracht.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Every API call needs a login by HTTP Basic unless it is marked {@link PublicEndpoint}; the
 * services then check role and scope. The browser's session cookie never counts here (see
 * {@code LoginMechanism}), so a page on another site cannot act with it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class ApiLoginFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null
                || isPublic(resource.getResourceMethod(), resource.getResourceClass())) {
            return;
        }
        request.abortWith(ApiErrorMapper.loginRequired());
    }

    static boolean isPublic(Method method, Class<?> type) {
        return method != null && method.isAnnotationPresent(PublicEndpoint.class)
                || type != null && type.isAnnotationPresent(PublicEndpoint.class);
    }
}
