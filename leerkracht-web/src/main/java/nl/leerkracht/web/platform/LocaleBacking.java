package nl.leerkracht.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language of the user's session: Dutch by default, English on request. */
@Named("taal")
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("nl", "en");

    private Locale locale = Locale.forLanguageTag("nl");

    public Locale getLocale() {
        return locale;
    }

    public String getTaal() {
        return locale.getLanguage();
    }

    /** Switches language and reloads the page the user is on. */
    public String kies(String taal) {
        if (SUPPORTED.contains(taal)) {
            locale = Locale.forLanguageTag(taal);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}
