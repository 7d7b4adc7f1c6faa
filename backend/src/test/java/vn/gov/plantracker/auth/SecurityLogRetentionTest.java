package vn.gov.plantracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/** The security log keeps its lines for the retention, then lets them go. */
@QuarkusTest
@DatabaseTest
class SecurityLogRetentionTest {

  @Inject SecurityEventLog log;
  @Inject SecurityConfig config;
  @Inject EntityManager entityManager;

  private long count(String username) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from security_event where username = ?1")
                            .setParameter(1, username)
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void shouldRemoveOnlyTheLinesOlderThanTheRetention() {
    String old = "retention-old-" + System.nanoTime();
    String recent = "retention-new-" + System.nanoTime();
    log.record(SecurityEventKind.LOGIN_FAILED, old, null, ClientInfo.NONE);
    log.record(SecurityEventKind.LOGIN_FAILED, recent, null, ClientInfo.NONE);
    Instant longAgo = Instant.now().minus(config.logRetention()).minus(Duration.ofDays(1));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery("update security_event set at = ?1 where username = ?2")
                    .setParameter(1, longAgo.truncatedTo(ChronoUnit.MICROS))
                    .setParameter(2, old)
                    .executeUpdate());

    long removed = log.removeBefore(Instant.now().minus(config.logRetention()));

    assertThat(removed).isGreaterThanOrEqualTo(1);
    assertThat(count(old)).isZero();
    assertThat(count(recent)).isEqualTo(1);
  }
}
