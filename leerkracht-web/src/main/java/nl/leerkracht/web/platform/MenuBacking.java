package nl.leerkracht.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import nl.leerkracht.web.account.ActiveUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/** The menu bar of the logged-in user: only the pages their role may use. */
@Model
public class MenuBacking {

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private final MenuModel model = new DefaultMenuModel();

    @PostConstruct
    void build() {
        String contextPath =
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        activeUser
                .getRol()
                .ifPresent(rol -> Navigatie.forRol(rol)
                        .forEach(item -> model.getElements()
                                .add(DefaultMenuItem.builder()
                                        .id("menu-"
                                                + item.name()
                                                        .toLowerCase(java.util.Locale.ROOT)
                                                        .replace('_', '-'))
                                        .value(messages.text(item.getLabelKey()))
                                        .icon(item.getIcon())
                                        .url(contextPath + item.getPath())
                                        .build())));
    }

    public MenuModel getModel() {
        return model;
    }
}
