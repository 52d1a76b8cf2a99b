package nl.leerkracht.service.inschrijving;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.inschrijving.DirectieteamFormule;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.traject.TrajectOpening;

/**
 * The directieteam programme: a bestuurder enrols the board's directieteam at the price the
 * central team's formula gives (shown before confirming); the central team sets the formula and
 * approves or rejects requests. A bestuurder sees the board's own requests only.
 */
@Stateless
public class DirectieteamService {

    private static final Logger LOG = Logger.getLogger(DirectieteamService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @EJB
    private TrajectOpening opening;

    @Inject
    private Clock clock;

    /** A member as a form enters it. */
    public static class DirectielidForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String naam;
        private DirectieteamFunctie functie;

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public DirectieteamFunctie getFunctie() {
            return functie;
        }

        public void setFunctie(DirectieteamFunctie functie) {
            this.functie = functie;
        }
    }

    /** The three parts of the formula, and the price they give for a team of 6 with 4 sessions. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER})
    public BigDecimal[] getFormule() {
        DirectieteamPrijs prijs = formule().getPrijs();
        return new BigDecimal[] {
            prijs.getBasis().getWaarde(),
            prijs.getPerLid().getWaarde(),
            prijs.getPerWerksessie().getWaarde()
        };
    }

    /**
     * @throws BusinessException {@code directieteam.fout.formule} for a missing or negative part or more than two decimals
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijzigFormule(BigDecimal basis, BigDecimal perLid, BigDecimal perWerksessie) {
        if (basis == null || perLid == null || perWerksessie == null) {
            throw new BusinessException("directieteam.fout.formule", "a part of the formula is missing");
        }
        try {
            DirectieteamPrijs prijs =
                    new DirectieteamPrijs(Bedrag.of(basis), Bedrag.of(perLid), Bedrag.of(perWerksessie));
            em.find(DirectieteamFormule.class, DirectieteamFormule.ID, LockModeType.PESSIMISTIC_WRITE)
                    .wijzig(prijs);
            LOG.info(() -> "Directieteam formula set to " + basis + " + " + perLid + "/member + " + perWerksessie
                    + "/session");
        } catch (IllegalArgumentException e) {
            throw new BusinessException("directieteam.fout.formule", String.valueOf(e.getMessage()));
        }
    }

    /**
     * What the formula asks now: {the formula's outcome, the price within €3,400–€4,500}.
     *
     * @throws BusinessException for fewer than one or too many members or work sessions
     */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER})
    public BigDecimal[] bereken(int leden, int werksessies) {
        if (leden < 1 || leden > DirectieteamPrijs.MAX_LEDEN) {
            throw new BusinessException("directieteam.fout.leden", "members " + leden);
        }
        if (werksessies < 1 || werksessies > DirectieteamPrijs.MAX_WERKSESSIES) {
            throw new BusinessException("directieteam.fout.werksessies", "sessions " + werksessies);
        }
        DirectieteamPrijs.Berekening berekening = formule().getPrijs().bereken(leden, werksessies);
        return new BigDecimal[] {
            berekening.getFormule().getWaarde(), berekening.getPrijs().getWaarde()
        };
    }

    /** The functions of a directieteam in the caller's board's sector. */
    @RolesAllowed(Roles.BESTUURDER)
    public List<DirectieteamFunctie> functies() {
        return DirectieteamFunctie.voor(accounts.getCaller().getBestuur().getSector());
    }

    /**
     * The bestuurder enrols the board's directieteam for a start year at the current price.
     *
     * @return the enrolment's id
     */
    @RolesAllowed(Roles.BESTUURDER)
    public long aanvragen(Schooljaar startjaar, List<DirectielidForm> leden, Integer werksessies) {
        Schooljaar jaar = Startjaren.verplicht(startjaar, clock);
        List<Schooljaar> open = Startjaren.open(em, LocalDate.now(clock));
        if (!open.contains(jaar)) {
            String volgende = open.stream().findFirst().orElse(jaar.volgende()).toString();
            throw new BusinessException("directieteam.fout.startjaar", "closed " + jaar, jaar.toString(), volgende);
        }
        Account caller = accounts.getCaller();
        try {
            return bijRegel(() -> {
                List<DirectieteamLid> team = new ArrayList<>();
                for (DirectielidForm lid : leden == null ? List.<DirectielidForm>of() : leden) {
                    boolean leeg = (lid.getNaam() == null || lid.getNaam().isBlank()) && lid.getFunctie() == null;
                    if (!leeg) {
                        team.add(new DirectieteamLid(lid.getNaam(), lid.getFunctie()));
                    }
                }
                DirectieteamInschrijving inschrijving = DirectieteamInschrijving.aanvragen(
                        caller.getBestuur(),
                        jaar,
                        team,
                        werksessies == null ? 0 : werksessies,
                        formule().getPrijs(),
                        caller.getNaam(),
                        Instant.now(clock));
                boolean dubbel = !em.createQuery(
                                "SELECT d.id FROM DirectieteamInschrijving d WHERE d.bestuur = :bestuur"
                                        + " AND d.startjaar = :jaar AND d.status <> nl.leerkracht.domain.inschrijving.InschrijvingStatus.AFGEWEZEN",
                                Long.class)
                        .setParameter("bestuur", caller.getBestuur())
                        .setParameter("jaar", jaar)
                        .getResultList()
                        .isEmpty();
                if (dubbel) {
                    throw new ConflictException("directieteam.fout.dubbel", "already enrolled", jaar.toString());
                }
                em.persist(inschrijving);
                em.flush();
                return inschrijving.getId();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("directieteam.fout.dubbel", e.getMessage(), jaar.toString());
            }
            throw e;
        }
    }

    /** The central team: every board's requests; a bestuurder: the board's own. Newest first. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER})
    public List<DirectieteamRow> lijst() {
        Scope.Voorwaarde inScope = scope.bestuurFilter("d.bestuur");
        return inScope.bind(em.createQuery(
                        "SELECT d FROM DirectieteamInschrijving d WHERE " + inScope.jpql()
                                + " ORDER BY d.aangevraagdOp DESC",
                        DirectieteamInschrijving.class))
                .getResultStream()
                .map(DirectieteamRow::new)
                .toList();
    }

    /** One request, if the caller may see it. */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.BESTUURDER})
    public DirectieteamRow get(long id) {
        DirectieteamInschrijving inschrijving = em.find(DirectieteamInschrijving.class, id);
        if (inschrijving == null) {
            throw new NotFoundException("No directieteam enrolment " + id);
        }
        if (!scope.permitsBestuur(inschrijving.getBestuur())) {
            throw new AccessDeniedException(
                    accounts.getCaller().getUsername() + " may not see directieteam enrolment " + id);
        }
        return new DirectieteamRow(inschrijving);
    }

    /** Approves the request; the directieteam's trajectory opens in its Startfase. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void keurGoed(long id) {
        apply(id, d -> {
            d.keurGoed(accounts.getCaller().getNaam(), Instant.now(clock));
            opening.startDirectieteam(d, accounts.getCaller().getNaam());
        });
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijsAf(long id, String reden) {
        apply(id, d -> d.wijsAf(accounts.getCaller().getNaam(), Instant.now(clock), reden));
    }

    private void apply(long id, Consumer<DirectieteamInschrijving> change) {
        DirectieteamInschrijving inschrijving =
                em.find(DirectieteamInschrijving.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null) {
            throw new NotFoundException("No directieteam enrolment " + id);
        }
        bijRegel(() -> {
            change.accept(inschrijving);
        });
    }

    private DirectieteamFormule formule() {
        return em.find(DirectieteamFormule.class, DirectieteamFormule.ID);
    }
}
