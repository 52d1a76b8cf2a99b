package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The numbering of invoices and credit invoices: one series per calendar year, consecutive and
 * without gaps ({@code 2027-00001}, {@code 2027-00002}, …). The service takes the next number
 * while holding a lock on the series row inside the transaction that stores the invoice, so a
 * number is used exactly when its invoice is stored.
 */
@Entity
@Table(name = "factuurreeks")
public class Factuurreeks {

    @Id
    @Column(name = "jaar")
    private Integer jaar;

    @Column(name = "laatste", nullable = false)
    private int laatste;

    protected Factuurreeks() {
        // for JPA
    }

    public Factuurreeks(int jaar) {
        if (jaar < 2000 || jaar > 2200) {
            throw new IllegalArgumentException("Year out of range: " + jaar);
        }
        this.jaar = jaar;
    }

    /** Takes the next number of the series. */
    public String volgende() {
        laatste++;
        return String.format("%d-%05d", jaar, laatste);
    }

    public int getJaar() {
        return jaar;
    }

    public int getLaatste() {
        return laatste;
    }
}
