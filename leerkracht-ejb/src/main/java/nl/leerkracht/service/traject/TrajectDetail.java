package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Fasewissel;
import nl.leerkracht.domain.traject.Lesbezoek;
import nl.leerkracht.domain.traject.LesbezoekStatus;
import nl.leerkracht.domain.traject.Lesontwerp;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.StemVanDeLeerling;
import nl.leerkracht.domain.traject.Terugblik;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;

/**
 * One trajectory as its page shows it: the phase and its history, the team's board, the recent
 * bordsessies, the people of the school (who can attend a session), and what the caller may do.
 */
public class TrajectDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final long schoolId;
    private final String schoolNaam;
    private final String eenheidNaam;
    private final Sector sector;
    private final Programma programma;
    private final Fase fase;
    private final List<Fase> alleFasen;
    private final Fase volgendeFase;
    private final List<Fase> faseKeuzes;
    private final LocalDate gestartOp;
    private final String ambitie;
    private final List<Stap> stappen;
    private final List<DoelRegel> doelen;
    private final List<ActieRegel> acties;
    private final List<SuccesRegel> successen;
    private final List<SessieRegel> bordsessies;
    private final List<Keuze> mensen;
    private final List<BezoekRegel> lesbezoeken;
    private final List<OntwerpRegel> lesontwerpen;
    private final List<StemRegel> stemrondes;
    private final List<TerugblikRegel> terugblikken;
    private final RitmeWeergave ritme;
    private final boolean magFaseWisselen;
    private final boolean magBordBijwerken;

    TrajectDetail(Traject traject, List<Doel> doelen, List<Actie> acties, List<Succes> successen, List<Bordsessie> sessies,
            Teamleden teamleden, Instrumenten instrumenten, Ritme ritme, boolean magFaseWisselen, boolean magBordBijwerken,
            LocalDate vandaag) {
        this.id = traject.getId();
        this.schoolId = traject.getSchool().getId();
        this.schoolNaam = traject.getSchool().getNaam();
        this.eenheidNaam = traject.getEenheidNaam();
        this.sector = traject.getSector();
        this.programma = traject.getProgramma();
        this.fase = traject.getFase();
        this.alleFasen = traject.getProgramma().getFasen();
        this.volgendeFase = traject.getVolgendeFase();
        this.faseKeuzes = traject.getFaseKeuzes();
        this.gestartOp = traject.getGestartOp();
        this.ambitie = traject.getAmbitie();
        List<Stap> nieuwsteEerst = new ArrayList<>(traject.getFasen().stream().map(Stap::new).toList());
        Collections.reverse(nieuwsteEerst);
        this.stappen = List.copyOf(nieuwsteEerst);
        this.doelen = doelen.stream().map(d -> new DoelRegel(d, teamleden)).toList();
        this.acties = acties.stream().map(a -> new ActieRegel(a, teamleden, vandaag)).toList();
        this.successen = successen.stream().map(SuccesRegel::new).toList();
        this.bordsessies = sessies.stream().map(b -> new SessieRegel(b, teamleden)).toList();
        this.mensen = teamleden.keuzes();
        this.lesbezoeken = instrumenten.bezoeken.stream().map(b -> new BezoekRegel(b, teamleden)).toList();
        this.lesontwerpen = instrumenten.ontwerpen.stream().map(o -> new OntwerpRegel(o, teamleden)).toList();
        this.stemrondes = instrumenten.rondes.stream().map(StemRegel::new).toList();
        this.terugblikken = instrumenten.terugblikken.stream().map(TerugblikRegel::new).toList();
        this.ritme = new RitmeWeergave(ritme);
        this.magFaseWisselen = magFaseWisselen;
        this.magBordBijwerken = magBordBijwerken;
    }

    public long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Sector getSector() {
        return sector;
    }

    public Programma getProgramma() {
        return programma;
    }

    public Fase getFase() {
        return fase;
    }

    public List<Fase> getAlleFasen() {
        return alleFasen;
    }

    /** The index of the current phase, for the phase steps. */
    public int getFaseIndex() {
        return alleFasen.indexOf(fase);
    }

    public Fase getVolgendeFase() {
        return volgendeFase;
    }

    /** The phases the Expertcoach may choose: the next one first, then the earlier ones. */
    public List<Fase> getFaseKeuzes() {
        return faseKeuzes;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public String getAmbitie() {
        return ambitie;
    }

    public List<Stap> getStappen() {
        return stappen;
    }

    public List<DoelRegel> getDoelen() {
        return doelen;
    }

    public List<DoelRegel> getLopendeDoelen() {
        return doelen.stream().filter(d -> d.getStatus() == DoelStatus.LOOPT).toList();
    }

    public List<ActieRegel> getActies() {
        return acties;
    }

    public List<ActieRegel> getOpenActies() {
        return acties.stream().filter(ActieRegel::isOpen).toList();
    }

    public List<SuccesRegel> getSuccessen() {
        return successen;
    }

    public List<SessieRegel> getBordsessies() {
        return bordsessies;
    }

    /** The people who can be chosen on the board: the school's active schoolleiders, coaches, aanjagers and teachers. */
    public List<Keuze> getMensen() {
        return mensen;
    }

    public List<BezoekRegel> getLesbezoeken() {
        return lesbezoeken;
    }

    /** The visits still to be recorded, to choose from as a design's follow-up or to record. */
    public List<BezoekRegel> getGeplandeLesbezoeken() {
        return lesbezoeken.stream().filter(b -> b.getStatus() == LesbezoekStatus.GEPLAND).toList();
    }

    public List<OntwerpRegel> getLesontwerpen() {
        return lesontwerpen;
    }

    public List<StemRegel> getStemrondes() {
        return stemrondes;
    }

    public List<TerugblikRegel> getTerugblikken() {
        return terugblikken;
    }

    public RitmeWeergave getRitme() {
        return ritme;
    }

    public boolean isMagFaseWisselen() {
        return magFaseWisselen;
    }

    public boolean isMagBordBijwerken() {
        return magBordBijwerken;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** A step of the phase history. */
    public static class Stap implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Fase van;
        private final Fase naar;
        private final String evaluatie;
        private final String reden;
        private final String door;
        private final Instant op;
        private final boolean terug;

        Stap(Fasewissel wissel) {
            this.van = wissel.getVan();
            this.naar = wissel.getNaar();
            this.evaluatie = wissel.getEvaluatie();
            this.reden = wissel.getReden();
            this.door = wissel.getDoor();
            this.op = wissel.getOp();
            this.terug = wissel.isTerug();
        }

        public Fase getVan() {
            return van;
        }

        public Fase getNaar() {
            return naar;
        }

        public String getEvaluatie() {
            return evaluatie;
        }

        public String getReden() {
            return reden;
        }

        public String getDoor() {
            return door;
        }

        public Date getOp() {
            return date(op);
        }

        public boolean isTerug() {
            return terug;
        }
    }

    /** A goal on the board. */
    public static class DoelRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String omschrijving;
        private final String eigenaar;
        private final String streefwaarde;
        private final LocalDate deadline;
        private final DoelStatus status;

        DoelRegel(Doel doel, Teamleden teamleden) {
            this.id = doel.getId();
            this.omschrijving = doel.getOmschrijving();
            this.eigenaar = teamleden.naam(doel.getEigenaar());
            this.streefwaarde = doel.getStreefwaarde();
            this.deadline = doel.getDeadline();
            this.status = doel.getStatus();
        }

        public long getId() {
            return id;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public String getEigenaar() {
            return eigenaar;
        }

        public String getStreefwaarde() {
            return streefwaarde;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public DoelStatus getStatus() {
            return status;
        }
    }

    /** An action on the board. */
    public static class ActieRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String omschrijving;
        private final String eigenaar;
        private final LocalDate deadline;
        private final LocalDate afgerondOp;
        private final boolean teLaat;

        ActieRegel(Actie actie, Teamleden teamleden, LocalDate vandaag) {
            this.id = actie.getId();
            this.omschrijving = actie.getOmschrijving();
            this.eigenaar = teamleden.naam(actie.getEigenaar());
            this.deadline = actie.getDeadline();
            this.afgerondOp = actie.getAfgerondOp();
            this.teLaat = actie.isTeLaat(vandaag);
        }

        public long getId() {
            return id;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public String getEigenaar() {
            return eigenaar;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public LocalDate getAfgerondOp() {
            return afgerondOp;
        }

        public boolean isOpen() {
            return afgerondOp == null;
        }

        public boolean isTeLaat() {
            return teLaat;
        }
    }

    /** A success on the board. */
    public static class SuccesRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String omschrijving;
        private final LocalDate datum;
        private final String door;

        SuccesRegel(Succes succes) {
            this.omschrijving = succes.getOmschrijving();
            this.datum = succes.getDatum();
            this.door = succes.getDoor();
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public LocalDate getDatum() {
            return datum;
        }

        public String getDoor() {
            return door;
        }
    }

    /** A logged bordsessie. */
    public static class SessieRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate datum;
        private final String aanwezigen;
        private final int doelenBesproken;
        private final int actiesAfgerond;
        private final int actiesNieuw;
        private final String notitie;
        private final String door;

        SessieRegel(Bordsessie sessie, Teamleden teamleden) {
            this.datum = sessie.getDatum();
            this.aanwezigen = String.join(", ", sessie.getAanwezigen().stream().map(teamleden::naam).toList());
            this.doelenBesproken = sessie.getBesprokenDoelen().size();
            this.actiesAfgerond = sessie.getActiesAfgerond();
            this.actiesNieuw = sessie.getActiesNieuw();
            this.notitie = sessie.getNotitie();
            this.door = sessie.getDoor();
        }

        public LocalDate getDatum() {
            return datum;
        }

        public String getAanwezigen() {
            return aanwezigen;
        }

        public int getDoelenBesproken() {
            return doelenBesproken;
        }

        public int getActiesAfgerond() {
            return actiesAfgerond;
        }

        public int getActiesNieuw() {
            return actiesNieuw;
        }

        public String getNotitie() {
            return notitie;
        }

        public String getDoor() {
            return door;
        }
    }

    /** What the service read of the other instruments, handed to the constructor in one piece. */
    static final class Instrumenten {
        private final List<Lesbezoek> bezoeken;
        private final List<Lesontwerp> ontwerpen;
        private final List<StemVanDeLeerling> rondes;
        private final List<Terugblik> terugblikken;

        Instrumenten(List<Lesbezoek> bezoeken, List<Lesontwerp> ontwerpen, List<StemVanDeLeerling> rondes, List<Terugblik> terugblikken) {
            this.bezoeken = bezoeken;
            this.ontwerpen = ontwerpen;
            this.rondes = rondes;
            this.terugblikken = terugblikken;
        }
    }

    /** A lesson visit. */
    public static class BezoekRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String bezoeker;
        private final String bezochte;
        private final LocalDate datum;
        private final String focus;
        private final LesbezoekStatus status;
        private final String feedback;

        BezoekRegel(Lesbezoek bezoek, Teamleden teamleden) {
            this.id = bezoek.getId();
            this.bezoeker = teamleden.naam(bezoek.getBezoeker());
            this.bezochte = teamleden.naam(bezoek.getBezochte());
            this.datum = bezoek.getDatum();
            this.focus = bezoek.getFocus();
            this.status = bezoek.getStatus();
            this.feedback = bezoek.getFeedback();
        }

        public long getId() {
            return id;
        }

        public String getBezoeker() {
            return bezoeker;
        }

        public String getBezochte() {
            return bezochte;
        }

        public LocalDate getDatum() {
            return datum;
        }

        public String getFocus() {
            return focus;
        }

        public LesbezoekStatus getStatus() {
            return status;
        }

        public String getFeedback() {
            return feedback;
        }

        /** How the visit is named in a list of choices. */
        public String getLabel() {
            return bezoeker + " → " + bezochte + ", " + datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
        }
    }

    /** A lesson designed together, with its follow-up visit. */
    public static class OntwerpRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String titel;
        private final String ontwerpers;
        private final String lesdoel;
        private final LocalDate datum;
        private final String vervolgbezoek;
        private final LesbezoekStatus vervolgStatus;

        OntwerpRegel(Lesontwerp ontwerp, Teamleden teamleden) {
            this.titel = ontwerp.getTitel();
            this.ontwerpers = ontwerp.getOntwerpers();
            this.lesdoel = ontwerp.getLesdoel();
            this.datum = ontwerp.getDatum();
            this.vervolgbezoek = ontwerp.getVervolgbezoek() == null ? null : new BezoekRegel(ontwerp.getVervolgbezoek(), teamleden).getLabel();
            this.vervolgStatus = ontwerp.getVervolgbezoek() == null ? null : ontwerp.getVervolgbezoek().getStatus();
        }

        public String getTitel() {
            return titel;
        }

        public String getOntwerpers() {
            return ontwerpers;
        }

        public String getLesdoel() {
            return lesdoel;
        }

        public LocalDate getDatum() {
            return datum;
        }

        public String getVervolgbezoek() {
            return vervolgbezoek;
        }

        public LesbezoekStatus getVervolgStatus() {
            return vervolgStatus;
        }
    }

    /** A student-voice round. */
    public static class StemRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate datum;
        private final String groep;
        private final String vraag;
        private final String uitkomst;
        private final String doel;

        StemRegel(StemVanDeLeerling ronde) {
            this.datum = ronde.getDatum();
            this.groep = ronde.getGroep();
            this.vraag = ronde.getVraag();
            this.uitkomst = ronde.getUitkomst();
            this.doel = ronde.getDoel() == null ? null : ronde.getDoel().getOmschrijving();
        }

        public LocalDate getDatum() {
            return datum;
        }

        public String getGroep() {
            return groep;
        }

        public String getVraag() {
            return vraag;
        }

        public String getUitkomst() {
            return uitkomst;
        }

        public String getDoel() {
            return doel;
        }
    }

    /** A look-back. */
    public static class TerugblikRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate datum;
        private final boolean opKoers;
        private final String toelichting;
        private final String door;

        TerugblikRegel(Terugblik terugblik) {
            this.datum = terugblik.getDatum();
            this.opKoers = terugblik.isOpKoers();
            this.toelichting = terugblik.getToelichting();
            this.door = terugblik.getDoor();
        }

        public LocalDate getDatum() {
            return datum;
        }

        public boolean isOpKoers() {
            return opKoers;
        }

        public String getToelichting() {
            return toelichting;
        }

        public String getDoor() {
            return door;
        }
    }
}
