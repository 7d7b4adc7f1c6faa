package vn.gov.plantracker.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;

/**
 * Acts once per {@code Idempotency-Key}: a request retried with the key it was first sent with (a
 * lost answer, a double click, a client's retry) gets the first answer again instead of acting
 * twice. The key is reserved, the action run and its answer kept in one transaction, so a retry
 * that arrives while the first is still running waits for it, and a failed first try leaves the key
 * free. Keys belong to the user who sent them and are kept for a day.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  private static final Duration KEPT = Duration.ofDays(1);
  private static final int MAX_KEY_LENGTH = 200;

  private final EntityManager em;
  private final ObjectMapper json;
  private final CurrentVertxRequest request;

  Idempotency(EntityManager em, ObjectMapper json, CurrentVertxRequest request) {
    this.em = em;
    this.json = json;
    this.request = request;
  }

  /** Runs the action, or answers what it answered for the same key before. */
  @Transactional
  public <T> T once(String key, Actor actor, Class<T> answer, Supplier<T> action) {
    if (key == null) {
      return action.get();
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7e]+")) {
      throw ApiException.invalid(HEADER, "field.idempotencyKey.malformed", MAX_KEY_LENGTH);
    }
    String operation = operation();
    int reserved =
        em.createNativeQuery(
                "insert ignore into idempotency_key (user_id, idem_key, operation, created_at)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, actor.userId())
            .setParameter(2, key)
            .setParameter(3, operation)
            .setParameter(4, Instant.now().truncatedTo(ChronoUnit.MICROS))
            .executeUpdate();
    if (reserved == 0) {
      return replay(key, actor, operation, answer);
    }
    T result = action.get();
    em.createNativeQuery(
            "update idempotency_key set response = ?1 where user_id = ?2 and idem_key = ?3")
        .setParameter(1, write(result))
        .setParameter(2, actor.userId())
        .setParameter(3, key)
        .executeUpdate();
    return result;
  }

  private <T> T replay(String key, Actor actor, String operation, Class<T> answer) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select operation, response from idempotency_key"
                    + " where user_id = ?1 and idem_key = ?2")
            .setParameter(1, actor.userId())
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!operation.equals(row[0])) {
      throw ApiException.invalid(HEADER, "field.idempotencyKey.reused", row[0]);
    }
    try {
      return json.readValue((String) row[1], answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A kept answer could not be read", e);
    }
  }

  private String write(Object result) {
    try {
      return json.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An answer could not be kept", e);
    }
  }

  private String operation() {
    var http = request.getCurrent().request();
    return http.method().name() + " " + http.path();
  }

  @Scheduled(every = "1h", delayed = "10m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void forgetOldKeys() {
    em.createNativeQuery("delete from idempotency_key where created_at < ?1")
        .setParameter(1, Instant.now().minus(KEPT))
        .executeUpdate();
  }
}
