package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.AdviesFte;
import nl.leerkracht.domain.school.Sector;

/** One enrolment with its quote, programme team, history and invoices. */
public class InschrijvingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final Long schoolId;
    private final String brin;
    private final String schoolNaam;
    private final String bestuurNaam;
    private final String eenheidNaam;
    private final Sector sector;
    private final String startjaar;
    private final int aantalLeraren;
    private final BigDecimal adviesFte;
    private final InschrijvingStatus status;
    private final String aanvragerNaam;
    private final String aanvragerEmail;
    private final Aanvrager.Functie aanvragerFunctie;
    private final boolean schoolleidersregister;
    private final BigDecimal vervolgbedrag;
    private final OfferteView offerte;
    private final List<KernteamlidRow> kernteam;
    private final List<StatuswisselRow> historie;
    private final List<FactuurRow> facturen;
    private final java.time.LocalDate trajectStart;

    /** Whether the trajectory start had come when this was read. */
    private final boolean startBereikt;

    InschrijvingView(Inschrijving inschrijving, List<FactuurRow> facturen, java.time.LocalDate vandaag) {
        this.trajectStart = inschrijving.getStartjaar().getTrajectStart();
        this.startBereikt = !vandaag.isBefore(trajectStart);
        this.id = inschrijving.getId();
        this.schoolId = inschrijving.getSchool().getId();
        this.brin = inschrijving.getSchool().getBrin().getCode();
        this.schoolNaam = inschrijving.getSchool().getNaam();
        this.bestuurNaam = inschrijving.getSchool().getBestuur().getNaam();
        this.eenheidNaam = inschrijving.getEenheidNaam();
        this.sector = inschrijving.getSector();
        this.startjaar = inschrijving.getStartjaar().toString();
        this.aantalLeraren = inschrijving.getAantalLeraren();
        this.adviesFte = AdviesFte.forTeachers(inschrijving.getAantalLeraren()).getFte();
        this.status = inschrijving.getStatus();
        this.aanvragerNaam = inschrijving.getAanvrager().getNaam();
        this.aanvragerEmail = inschrijving.getAanvrager().getEmail();
        this.aanvragerFunctie = inschrijving.getAanvrager().getFunctie();
        this.schoolleidersregister = inschrijving.isSchoolleidersregister();
        this.vervolgbedrag = inschrijving.getVervolgbedrag() == null
                ? null
                : inschrijving.getVervolgbedrag().getWaarde();
        this.offerte = new OfferteView(inschrijving.getSector(), startjaar, inschrijving.getOfferte());
        this.kernteam = inschrijving.getKernteam().stream()
                .map(k -> new KernteamlidRow(k.getNaam(), k.getRol().name(), k.getFte(), k.getEmail()))
                .toList();
        this.historie = inschrijving.getHistorie().stream()
                .map(s -> new StatuswisselRow(s.getVan(), s.getNaar(), s.getDoor(), s.getOp(), s.getReden()))
                .toList();
        this.facturen = List.copyOf(facturen);
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getBrin() {
        return brin;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isPo() {
        return sector == Sector.PO;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public BigDecimal getAdviesFte() {
        return adviesFte;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public boolean kan(InschrijvingStatus naar) {
        return status.getVolgende().contains(naar);
    }

    public boolean isKanGoedkeuren() {
        return kan(InschrijvingStatus.GOEDGEKEURD);
    }

    public boolean isKanAfwijzen() {
        return kan(InschrijvingStatus.AFGEWEZEN);
    }

    /** A trajectory starts on 1 September of its start year, not before. */
    public boolean isKanActiveren() {
        return kan(InschrijvingStatus.ACTIEF) && startBereikt;
    }

    /** Year 2 of a PO trajectory is invoiced once its follow-up is agreed. */
    public boolean isKanJaar2Factureren() {
        return status.isFactureerbaar() && (sector != Sector.PO || vervolgbedrag != null);
    }

    public boolean isKanAfronden() {
        return kan(InschrijvingStatus.AFGEROND);
    }

    public boolean isKanStoppen() {
        return kan(InschrijvingStatus.GESTOPT);
    }

    public boolean isKanVervolgAfspreken() {
        return sector == Sector.PO && status.isFactureerbaar();
    }

    public String getAanvragerNaam() {
        return aanvragerNaam;
    }

    public String getAanvragerEmail() {
        return aanvragerEmail;
    }

    public Aanvrager.Functie getAanvragerFunctie() {
        return aanvragerFunctie;
    }

    public boolean isSchoolleidersregister() {
        return schoolleidersregister;
    }

    public BigDecimal getVervolgbedrag() {
        return vervolgbedrag;
    }

    public OfferteView getOfferte() {
        return offerte;
    }

    public List<KernteamlidRow> getKernteam() {
        return kernteam;
    }

    public BigDecimal getKernteamFte() {
        return kernteam.stream().map(KernteamlidRow::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<StatuswisselRow> getHistorie() {
        return historie;
    }

    public List<FactuurRow> getFacturen() {
        return facturen;
    }

    /** The schoolcoach or an aanjager. */
    public static class KernteamlidRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String naam;
        private final String rol;
        private final BigDecimal fte;
        private final String email;

        KernteamlidRow(String naam, String rol, BigDecimal fte, String email) {
            this.email = email;
            this.naam = naam;
            this.rol = rol;
            this.fte = fte;
        }

        public String getNaam() {
            return naam;
        }

        public String getRol() {
            return rol;
        }

        public BigDecimal getFte() {
            return fte;
        }

        /** Where the invitation goes at the trajectory's start, or {@code null}. */
        public String getEmail() {
            return email;
        }
    }

    /** One step of the history. */
    public static class StatuswisselRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final InschrijvingStatus van;
        private final InschrijvingStatus naar;
        private final String door;
        private final Instant op;
        private final String reden;

        StatuswisselRow(InschrijvingStatus van, InschrijvingStatus naar, String door, Instant op, String reden) {
            this.van = van;
            this.naar = naar;
            this.door = door;
            this.op = op;
            this.reden = reden;
        }

        public InschrijvingStatus getVan() {
            return van;
        }

        public InschrijvingStatus getNaar() {
            return naar;
        }

        public String getDoor() {
            return door;
        }

        public Date getOp() {
            return Date.from(op);
        }

        public String getReden() {
            return reden;
        }
    }
}
