package vn.gov.plantracker.common.db;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.ui.LoggerUIService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.common.error.DatabaseOutage;

/**
 * Brings the schema up to date before anything else starts, waiting for a database that is not
 * answering yet (compose and Kubernetes start the service and the database together) until the
 * configured deadline, instead of exiting at once.
 */
@ApplicationScoped
class SchemaAtStart {

  private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);
  private static final Duration PAUSE = Duration.ofSeconds(2);

  private final LiquibaseFactory liquibase;
  private final Duration wait;

  SchemaAtStart(
      LiquibaseFactory liquibase,
      @ConfigProperty(name = "plantracker.database.start-timeout") Duration wait) {
    this.liquibase = liquibase;
    this.wait = wait;
  }

  void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event)
      throws Exception {
    Instant deadline = Instant.now().plus(wait);
    for (int attempt = 1; ; attempt++) {
      try (Liquibase schema = liquibase.createLiquibase()) {
        // Liquibase prints its progress and summary on stdout by default, which breaks JSON logs.
        schema.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        Scope.child(
            Scope.Attr.ui.name(),
            new LoggerUIService(),
            () -> schema.update(liquibase.createContexts(), liquibase.createLabels()));
        if (attempt > 1) {
          LOG.infof("Database reached after %d attempts", attempt);
        }
        return;
      } catch (Exception e) {
        boolean raced = createdByAnotherInstance(e);
        if (!(DatabaseOutage.isCause(e) || raced) || Instant.now().plus(PAUSE).isAfter(deadline)) {
          throw e;
        }
        if (raced) {
          LOG.infof(
              "Another instance is creating the schema; trying again in %d s", PAUSE.toSeconds());
        } else if (attempt == 1) {
          LOG.warnf(
              "Database not reachable yet (%s); trying every %d s until %s",
              e.getMessage(), PAUSE.toSeconds(), deadline);
        }
        Thread.sleep(PAUSE.toMillis());
      }
    }
  }

  /**
   * Two replicas started together on an empty database both try to create Liquibase's own tables,
   * before its lock exists to make them take turns; the one that loses tries again.
   */
  private static boolean createdByAnotherInstance(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("DATABASECHANGELOG") && message.contains("already exists")) {
        return true;
      }
    }
    return false;
  }
}
