package nl.leerkracht.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Schooljaar} as the year it starts in. */
@Converter(autoApply = true)
public class SchooljaarConverter implements AttributeConverter<Schooljaar, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Schooljaar schooljaar) {
        return schooljaar == null ? null : schooljaar.startJaar();
    }

    @Override
    public Schooljaar convertToEntityAttribute(Integer startJaar) {
        return startJaar == null ? null : new Schooljaar(startJaar);
    }
}
