package nl.leerkracht.domain.inschrijving;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.leerkracht.domain.shared.Bedrag;

/**
 * The fee quote a school sees before it submits an enrolment: per programme year the billable
 * teachers, the tariff, the amount, and which rule applied; and the total of what is known now.
 */
public final class Offerte {

    private final Tariefvoorwaarden voorwaarden;
    private final int opgegevenLeraren;
    private final List<Programmajaar> regels;
    private final Bedrag totaal;

    private Offerte(Tariefvoorwaarden voorwaarden, int opgegevenLeraren, List<Programmajaar> regels) {
        this.voorwaarden = voorwaarden;
        this.opgegevenLeraren = opgegevenLeraren;
        this.regels = List.copyOf(regels);
        this.totaal = regels.stream()
                .map(Programmajaar::getBedrag)
                .filter(Objects::nonNull)
                .reduce(Bedrag.NUL, Bedrag::plus);
    }

    /**
     * @param leraren the declared number of teachers, school leadership and onderwijsassistenten included
     * @throws IllegalArgumentException when fewer than one teacher is declared
     */
    public static Offerte voor(Tarief tarief, int leraren) {
        return voor(tarief.getVoorwaarden(), leraren);
    }

    /**
     * The quote on the terms an enrolment keeps.
     *
     * @throws IllegalArgumentException when fewer than one teacher is declared
     */
    public static Offerte voor(Tariefvoorwaarden tarief, int leraren) {
        Objects.requireNonNull(tarief, "tarief");
        int billable = tarief.factureerbareLeraren(leraren);
        Grondslag grondslag =
                billable > leraren ? Grondslag.MINIMUM : billable < leraren ? Grondslag.MAXIMUM : Grondslag.AANTAL;
        List<Programmajaar> regels = new ArrayList<>();
        regels.add(new Programmajaar(1, billable, tarief.getJaar1(), grondslag));
        if (tarief.isTweejarig()) {
            regels.add(new Programmajaar(2, billable, tarief.getJaar2(), grondslag));
        } else {
            regels.add(new Programmajaar(2, billable, null, Grondslag.VERVOLG_IN_OVERLEG));
        }
        return new Offerte(tarief, leraren, regels);
    }

    public Tariefvoorwaarden getVoorwaarden() {
        return voorwaarden;
    }

    public int getOpgegevenLeraren() {
        return opgegevenLeraren;
    }

    public List<Programmajaar> getRegels() {
        return regels;
    }

    /** The sum of the amounts known now; for PO only year 1. */
    public Bedrag getTotaal() {
        return totaal;
    }

    /** False when part of the price is agreed later (PO's follow-up). */
    public boolean isVolledig() {
        return regels.stream().allMatch(r -> r.getBedrag() != null);
    }

    /** Why a line bills what it bills; the form explains it in words. */
    public enum Grondslag {
        /** The declared number of teachers. */
        AANTAL,
        /** Fewer teachers than the minimum: billed as the minimum. */
        MINIMUM,
        /** More teachers than the maximum: billed no more than the maximum. */
        MAXIMUM,
        /** PO year 2: agreed at the end of year 1, at most the ceiling per teacher. */
        VERVOLG_IN_OVERLEG
    }

    /** One programme year of the quote. */
    public static final class Programmajaar {
        private final int programmajaar;
        private final int factureerbareLeraren;
        private final Bedrag tariefPerLeraar;
        private final Bedrag bedrag;
        private final Grondslag grondslag;

        private Programmajaar(
                int programmajaar, int factureerbareLeraren, Bedrag tariefPerLeraar, Grondslag grondslag) {
            this.programmajaar = programmajaar;
            this.factureerbareLeraren = factureerbareLeraren;
            this.tariefPerLeraar = tariefPerLeraar;
            this.bedrag = tariefPerLeraar == null ? null : tariefPerLeraar.maal(factureerbareLeraren);
            this.grondslag = grondslag;
        }

        public int getProgrammajaar() {
            return programmajaar;
        }

        public int getFactureerbareLeraren() {
            return factureerbareLeraren;
        }

        /** Null when the amount is agreed later. */
        public Bedrag getTariefPerLeraar() {
            return tariefPerLeraar;
        }

        /** Null when the amount is agreed later. */
        public Bedrag getBedrag() {
            return bedrag;
        }

        public Grondslag getGrondslag() {
            return grondslag;
        }
    }
}
