package nl.leerkracht.web.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API call anyone may make without logging in. Every other call below {@code /api} needs HTTP
 * Basic ({@link ApiLoginFilter}): a new endpoint is closed until someone decides it is public.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {}
