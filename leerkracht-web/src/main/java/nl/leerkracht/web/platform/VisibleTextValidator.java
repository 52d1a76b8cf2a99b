package nl.leerkracht.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Locale;
import nl.leerkracht.domain.shared.Tekst;

/**
 * Every text field of every form, in one place (a default validator in faces-config): no invisible
 * or control characters ({@link Tekst#heeftOnzichtbareTekens}), line breaks only in a text area, and
 * never longer than the field's {@code maxlength}. A browser keeps to that length, a forged post
 * does not, and over-long input is refused, never cut.
 */
@FacesValidator(VisibleTextValidator.ID)
public class VisibleTextValidator implements Validator<Object> {

    static final String ID = "leerkracht.visibleText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return;
        }
        if (Tekst.heeftOnzichtbareTekens(text, component instanceof HtmlInputTextarea)) {
            throw refusal(context, component, "tekst.fout.onzichtbaar.veld");
        }
        int maximum = maxlength(component.getAttributes().get("maxlength"));
        if (maximum > 0 && submittedLength(context, component, text) > maximum) {
            throw refusal(context, component, "jakarta.faces.validator.LengthValidator.MAXIMUM", maximum);
        }
    }

    /**
     * The length of what was sent, not of what the renderer made of it: PrimeFaces cuts a value to
     * the field's {@code maxlength} before any validator sees it. A line break counts once, as the
     * browser counts it.
     */
    private static int submittedLength(FacesContext context, UIComponent component, String value) {
        String sent = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        return (sent == null ? value : sent).replace("\r\n", "\n").length();
    }

    private static int maxlength(Object attribute) {
        if (attribute instanceof Number number) {
            return number.intValue();
        }
        try {
            return attribute == null
                    ? -1
                    : Integer.parseInt(attribute.toString().trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static ValidatorException refusal(FacesContext context, UIComponent component, String key, Object... args) {
        Locale locale = context.getViewRoot() == null
                ? Locale.forLanguageTag("nl")
                : context.getViewRoot().getLocale();
        Object label = component.getAttributes().get("label");
        Object[] withLabel = new Object[args.length + 1];
        System.arraycopy(args, 0, withLabel, 0, args.length);
        // The Faces length message names the field last ({1}), ours first ({0}): both get it.
        withLabel[args.length] = label == null ? component.getId() : label;
        String text = key.startsWith("jakarta.")
                ? Messages.text(locale, key, withLabel)
                : Messages.text(locale, key, withLabel[args.length]);
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
