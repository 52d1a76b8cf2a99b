package nl.leerkracht.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * PrimeFaces refuses an uploaded file whose name it finds unsafe ({@code / : * ? " < > |}, a
 * control character, a {@code %20}) with the summary "File Error", hard-coded in English, and the
 * reason as detail, which our message bundle words in Dutch
 * ({@code primefaces.FileValidator.FILENAME_*}). Before the answer is rendered, such a message gets
 * that reason as its summary too, with any control character of the name made visible as "?", so
 * that an ajax answer stays well-formed XML.
 */
public class UploadNameMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String PRIMEFACES_SUMMARY = "File Error";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        for (FacesMessage message : context.getMessageList()) {
            if (PRIMEFACES_SUMMARY.equals(message.getSummary()) && message.getDetail() != null) {
                String reason = message.getDetail().replaceAll("[\\p{Cc}\\p{Cf}]", "?");
                message.setSummary(reason);
                message.setDetail(reason);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after the answer.
    }
}
