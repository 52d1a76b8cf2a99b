package nl.leerkracht.web.account;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;

/**
 * A page opened from a link about a change of e-mail address: it shows the address the link is
 * about, and a button acts on it (a mail scanner that opens links does nothing). A link that no
 * longer works, also when it stops working between opening and pressing, gets the page that says so.
 */
abstract class EmailLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Messages messages;

    private String sleutel;
    private String adres;
    private boolean gedaan;

    /** The address the key's link is about while it works. */
    protected abstract Optional<String> open(String sleutel);

    /** Acts on the link; returns the address it was about. */
    protected abstract String gebruik(String sleutel);

    public void load() {
        if (!gedaan) {
            adres = open(sleutel).orElse(null);
        }
    }

    protected final void doe() {
        try {
            adres = gebruik(sleutel);
            gedaan = true;
        } catch (BusinessException refusal) {
            if ("toegangslink.fout.ongeldig".equals(refusal.getMessageKey())) {
                adres = null;
            } else {
                messages.error(refusal);
            }
        }
    }

    protected final boolean isGedaan() {
        return gedaan;
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    /** The address the link is about; null when the link does not work (any more). */
    public String getAdres() {
        return adres;
    }
}
