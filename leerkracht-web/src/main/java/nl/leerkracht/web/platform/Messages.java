package nl.leerkracht.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the resource bundle in the user's language, and Faces messages made from them. */
@ApplicationScoped
public class Messages {

    private static final String BUNDLE = "nl.leerkracht.web.i18n.messages";

    public String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
