package vn.gov.plantracker.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/** Of several claims of one job's day, at once or one after another, exactly one wins. */
@QuarkusTest
@DatabaseTest
class JobClaimsTest {

  @Inject JobClaims claims;

  @Test
  void shouldGiveEachDayOfAJobToExactlyOneClaimant() throws Exception {
    String job = "test-job-" + System.nanoTime();
    LocalDate day = LocalDate.of(2026, 12, 15);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Boolean>> instances = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      instances.add(() -> claims.claim(job, day));
    }
    List<Boolean> won = new ArrayList<>();
    try {
      for (Future<Boolean> claim : pool.invokeAll(instances)) {
        won.add(claim.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(won).containsOnlyOnce(true);
    assertThat(claims.claim(job, day)).as("a later claim of the same day").isFalse();
    assertThat(claims.claim(job, day.plusDays(1))).as("the next day").isTrue();
  }
}
