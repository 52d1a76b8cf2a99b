package nl.leerkracht.web.centraal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.account.MensenService;
import nl.leerkracht.service.account.PersoonView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /centraal/persoon.xhtml?id=…}: one person for the central team, with deactivating a leaver,
 * reactivating, and the audit trail.
 */
@Named("centraalPersoon")
@ViewScoped
public class CentraalPersoonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MensenService mensen;

    @Inject
    private Messages messages;

    private String id;
    private long accountId;
    private PersoonView view;

    /** f:viewAction: a malformed or unknown id answers 404. */
    public void load() {
        if (view != null) {
            return;
        }
        try {
            accountId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        view = Pages.load(() -> mensen.persoon(accountId));
    }

    public void deactiveer() {
        try {
            mensen.deactiveer(accountId);
            messages.info("persoon.gedeactiveerd", view.getPersoon().getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        view = mensen.persoon(accountId);
    }

    public void heractiveer() {
        try {
            mensen.heractiveer(accountId);
            messages.info("persoon.geheractiveerd", view.getPersoon().getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        view = mensen.persoon(accountId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersoonView getView() {
        return view;
    }
}
