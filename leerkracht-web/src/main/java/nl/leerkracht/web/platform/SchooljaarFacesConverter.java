package nl.leerkracht.web.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Clock;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.Startjaren;
import nl.leerkracht.service.platform.BusinessException;

/**
 * Every form field bound to a {@link Schooljaar} reads and writes it as {@code 2027-2028}: views and
 * backing beans hold the type, not text. Text that is no school year is refused with the same Dutch
 * message as everywhere else, naming the next school year as an example.
 */
@FacesConverter(forClass = Schooljaar.class)
public class SchooljaarFacesConverter implements Converter<Schooljaar> {

    @Override
    public Schooljaar getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // Faces makes a by-type converter itself, without injection: the one clock comes from CDI.
            return Startjaren.parse(value, CDI.current().select(Clock.class).get());
        } catch (BusinessException refusal) {
            String tekst = Messages.text(context.getViewRoot().getLocale(), refusal.getMessageKey(), refusal.getArgs());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst), refusal);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Schooljaar value) {
        return value == null ? "" : value.toString();
    }
}
