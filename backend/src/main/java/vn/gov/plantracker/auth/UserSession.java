package vn.gov.plantracker.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.gov.plantracker.account.User;

/**
 * A dashboard sign-in, kept on the server so that logging out, changing the password or a timeout
 * really ends it. The browser holds only the random secret; the table holds its hash, and the CSRF
 * token is derived from the secret.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "token_hash")
  public String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  public User user;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  /** The absolute end, however active the user is. */
  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  public String ip;

  @Column(name = "user_agent")
  public String userAgent;

  public boolean activeAt(Instant now, Duration idleTimeout) {
    return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }
}
