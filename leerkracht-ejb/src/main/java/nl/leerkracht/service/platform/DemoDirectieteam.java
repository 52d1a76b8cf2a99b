package nl.leerkracht.service.platform;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Traject;

/** The demo directieteam: the VO board's, enrolled and approved, with its own trajectory. */
final class DemoDirectieteam {

    private final EntityManager em;
    private final Clock clock;
    private final DemoRegister register;

    DemoDirectieteam(EntityManager em, Clock clock, DemoRegister register) {
        this.em = em;
        this.clock = clock;
        this.register = register;
    }

    /** The VO board's directieteam, approved for this school year, with its trajectory in the Startfase. */
    void laad() {
        Instant nu = clock.instant();
        DirectieteamInschrijving directieteam = DirectieteamInschrijving.aanvragen(
                register.bestuur("30512"),
                Schooljaar.of(LocalDate.now(clock)),
                List.of(
                        new DirectieteamLid("Hans Mulder", DirectieteamFunctie.BESTUURDER),
                        new DirectieteamLid("Ria van Dijk", DirectieteamFunctie.RECTOR),
                        new DirectieteamLid("Ahmed Yilmaz", DirectieteamFunctie.RECTOR)),
                4,
                DirectieteamPrijs.standaard(),
                "Hans Mulder",
                nu.minus(Duration.ofDays(120)));
        em.persist(directieteam);
        directieteam.keurGoed("Carla Centraal", nu.minus(Duration.ofDays(100)));
        em.persist(Traject.startDirectieteam(directieteam, "Carla Centraal", nu.minus(Duration.ofDays(100))));
    }
}
