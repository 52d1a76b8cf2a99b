package nl.leerkracht.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import nl.leerkracht.web.account.ActiveUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/** The menu bar: the pages the logged-in user's role may use, or the public site's for a visitor. */
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
                .map(Navigatie::forRol)
                .orElseGet(() -> activeUser.isLoggedIn() ? List.of() : Navigatie.publiek())
                .forEach(item -> model.getElements()
                        .add(DefaultMenuItem.builder()
                                .id("menu-"
                                        + item.name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', '-'))
                                .value(messages.text(item.getLabelKey()))
                                .icon(item.getIcon())
                                .url(contextPath + item.getPath())
                                .build()));
    }

    public MenuModel getModel() {
        return model;
    }
}
