package vn.gov.plantracker.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.TokenScope;
import vn.gov.plantracker.unit.Unit;

/**
 * A named credential an integration sends as {@code Authorization: Bearer}. Only its hash is
 * stored; the secret is shown once, when created. Revoked tokens stay, for the record.
 */
@Audited
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  /** The first characters of the secret, so people can tell their tokens apart. */
  @Column(name = "token_prefix")
  public String prefix;

  @NotAudited
  @Column(name = "token_hash")
  public String tokenHash;

  @Enumerated(EnumType.STRING)
  public TokenScope scope;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  public User owner;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The last day the token works (Vietnam time). */
  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @NotAudited
  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** For a report-write token: the units it may write for. */
  @ManyToMany
  @JoinTable(
      name = "api_token_unit",
      joinColumns = @JoinColumn(name = "token_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  public Set<Unit> units = new LinkedHashSet<>();

  @Version public long version;

  public boolean usableOn(LocalDate today) {
    return revokedAt == null && !today.isAfter(expiresOn) && owner.enabled;
  }
}
