package nl.leerkracht.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores a {@link Bedrag} as a DECIMAL(10,2) column. */
@Converter(autoApply = true)
public class BedragConverter implements AttributeConverter<Bedrag, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Bedrag bedrag) {
        return bedrag == null ? null : bedrag.getWaarde();
    }

    @Override
    public Bedrag convertToEntityAttribute(BigDecimal waarde) {
        return waarde == null ? null : Bedrag.of(waarde);
    }
}
