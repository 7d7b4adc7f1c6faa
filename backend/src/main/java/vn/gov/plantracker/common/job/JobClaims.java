package vn.gov.plantracker.common.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Lets one instance of the service run a day's job when several share the database: the first to
 * claim the day runs it, the others skip it quietly. A claim outlives restarts, so a job never runs
 * twice for one day.
 */
@ApplicationScoped
public class JobClaims {

  private final EntityManager em;

  JobClaims(EntityManager em) {
    this.em = em;
  }

  /** Whether this instance got the day's run of the job. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, LocalDate day) {
    return em.createNativeQuery(
                "insert ignore into job_run (job, run_on, claimed_at) values (?1, ?2, ?3)")
            .setParameter(1, job)
            .setParameter(2, day)
            .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS))
            .executeUpdate()
        == 1;
  }
}
