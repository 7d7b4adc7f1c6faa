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
import java.time.Instant;
import vn.gov.plantracker.account.User;

/**
 * A password reset link mailed to a user. The mail holds the random secret; the table holds only
 * its hash. It works once, until it expires or another link of the user is used.
 */
@Entity
@Table(name = "password_reset")
public class PasswordResetToken extends PanacheEntityBase {

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

  @Column(name = "expires_at")
  public Instant expiresAt;

  /** When it set a password or was cancelled by another link's use; null while it works. */
  @Column(name = "used_at")
  public Instant usedAt;

  /** Where the request came from. */
  public String ip;

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
