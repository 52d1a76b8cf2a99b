package nl.leerkracht.web.publiek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;

/**
 * {@code /publiek/directieteams.xhtml}: the programme for directieteams. Its price range is the
 * formula's bounds, so the page never promises a price the central team cannot confirm.
 */
@Named("directieteams")
@ApplicationScoped
public class DirectieteamsBacking {

    public BigDecimal getVanaf() {
        return DirectieteamPrijs.MINIMUM.getWaarde();
    }

    public BigDecimal getTot() {
        return DirectieteamPrijs.MAXIMUM.getWaarde();
    }
}
