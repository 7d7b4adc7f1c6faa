package vn.gov.plantracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * The screens' main reads run a fixed handful of SQL statements however many tasks, blocks and
 * units there are: never one query per row.
 */
@QuarkusTest
@DatabaseTest
class QueryCountTest {

  @Inject SessionFactory sessionFactory;

  private long statementsFor(String path, Object... params) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    asAdmin().queryParam("size", 200).when().get(path, params).then().statusCode(200);
    long count = statistics.getPrepareStatementCount();
    System.out.printf("%d SQL statements for GET %s%n", count, path);
    return count;
  }

  @Test
  void shouldReadThePlanTreeAndListsInAFixedNumberOfQueries() {
    long planId = Seeded.planId();
    long commune = Seeded.unitId("UBND xã Bờ Y");
    assertThat(statementsFor("/api/v1/plans/{id}/task-tree", planId)).isBetween(1L, 5L);
    // One more than before organisation changes: the closed units the unit carries.
    assertThat(statementsFor("/api/v1/plans/{id}/tasks?unitId=" + commune, planId))
        .isBetween(1L, 8L);
    assertThat(statementsFor("/api/v1/plans/{id}", planId)).isBetween(1L, 7L);
    assertThat(statementsFor("/api/v1/plans")).isBetween(1L, 3L);
    // One more than before organisation changes: the names each unit took over.
    assertThat(statementsFor("/api/v1/units/tree")).isBetween(1L, 4L);
    // One more than before organisation changes: who the unit succeeds.
    assertThat(statementsFor("/api/v1/units/{id}/obligations", commune)).isBetween(1L, 6L);
    assertThat(statementsFor("/api/v1/plans/{id}/assignment-blocks", planId)).isBetween(1L, 4L);
  }
}
