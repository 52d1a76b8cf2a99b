package nl.leerkracht.web.klacht;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.klacht.KlachtService;
import nl.leerkracht.service.klacht.KlachtVolgen;
import nl.leerkracht.service.platform.NotFoundException;

/** {@code /klacht/volgen.xhtml?ref=…&code=…}: the complainant follows their complaint through the private link. */
@Named("klachtVolgen")
@ViewScoped
public class KlachtVolgenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KlachtService klachten;

    private String ref;
    private String code;
    private KlachtVolgen klacht;
    private boolean onbekend;

    /** f:viewAction: a wrong code looks exactly like an unknown reference. */
    public void load() {
        if (klacht != null || onbekend) {
            return;
        }
        try {
            klacht = klachten.volg(ref, code);
        } catch (NotFoundException e) {
            onbekend = true;
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public KlachtVolgen getKlacht() {
        return klacht;
    }

    public boolean isOnbekend() {
        return onbekend;
    }
}
