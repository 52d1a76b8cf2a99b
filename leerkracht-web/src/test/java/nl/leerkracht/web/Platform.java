package nl.leerkracht.web;

import java.lang.reflect.Method;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Where the scenarios find the platform. By default Arquillian deploys the built WAR on a Payara
 * Micro of its own; with {@code -Dit.baseUrl=http://localhost:8080} they run against an app that
 * is already running (README: "One scenario against the running app"), and Arquillian stays out.
 */
public class Platform extends ArquillianExtension {

    /** The running app's address, when one is given. */
    static String lopend() {
        String url = System.getProperty("it.baseUrl", "");
        return url.isBlank() ? null : (url.endsWith("/") ? url : url + "/");
    }

    private static boolean zelf() {
        return lopend() == null;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        alsArquillianDeployt(() -> super.beforeAll(context));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        alsArquillianDeployt(() -> super.afterAll(context));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        alsArquillianDeployt(() -> super.beforeEach(context));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        alsArquillianDeployt(() -> super.afterEach(context));
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) throws Exception {
        alsArquillianDeployt(() -> super.beforeTestExecution(context));
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptTestTemplateMethod(invocation, invocationContext, context));
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptTestMethod(invocation, invocationContext, context));
    }

    @Override
    public void interceptBeforeEachMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptBeforeEachMethod(invocation, invocationContext, context));
    }

    @Override
    public void interceptAfterEachMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptAfterEachMethod(invocation, invocationContext, context));
    }

    @Override
    public void interceptBeforeAllMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptBeforeAllMethod(invocation, invocationContext, context));
    }

    @Override
    public void interceptAfterAllMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        viaArquillian(invocation, () -> super.interceptAfterAllMethod(invocation, invocationContext, context));
    }

    /** Arquillian's callback, only when it deployed the app. */
    private static void alsArquillianDeployt(Callback arquillian) throws Exception {
        if (zelf()) {
            arquillian.run();
        }
    }

    private interface Callback {
        void run() throws Exception;
    }

    /** Arquillian's interception when it deployed the app; otherwise the plain invocation. */
    private static void viaArquillian(Invocation<Void> invocation, Interception arquillian) throws Throwable {
        if (zelf()) {
            arquillian.run();
        } else {
            invocation.proceed();
        }
    }

    private interface Interception {
        void run() throws Throwable;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return zelf() && super.supportsParameter(parameter, context);
    }
}
