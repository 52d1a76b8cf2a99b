package nl.leerkracht.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.leerkracht.service.platform.BusinessException;

/** Texts from the resource bundle in the user's language, and Faces messages made from them. */
@ApplicationScoped
public class Messages {

    private static final String BUNDLE = "nl.leerkracht.web.i18n.messages";

    public String text(String key, Object... args) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    /** A text in the given language, for answers outside a Faces request (REST, exports). */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof java.time.LocalDate date) {
                    shown[i] = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                            .format(date);
                }
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** The refusal of a business rule, in the user's language. */
    public void error(BusinessException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), refusal.getArgs());
    }

    /**
     * Runs a change the user asked for: when it succeeds, confirms it with {@code bevestiging} and
     * returns true; when a business rule refuses it, shows the refusal and returns false.
     */
    public boolean gelukt(Runnable change, String bevestiging) {
        try {
            change.run();
            info(bevestiging);
            return true;
        } catch (BusinessException refusal) {
            error(refusal);
            return false;
        }
    }

    /** Whether an error was reported in this request. */
    public boolean hasErrors() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
