package vn.gov.plantracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.common.text.SearchText;
import vn.gov.plantracker.unit.Unit;

/**
 * A person who signs in. Quarkus Security checks the password (bcrypt, modular crypt format)
 * against this entity at login.
 */
@Audited
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Username public String username;

  @Column(name = "display_name")
  public String displayName;

  /** Where reminder digests are mailed; none when not set. */
  public String email;

  @NotAudited
  @Password(PasswordType.MCF)
  @Column(name = "password_hash")
  public String passwordHash;

  /** The {@link AccountRole} name; Quarkus Security reads it as the user's role. */
  @Roles public String role;

  public boolean enabled = true;

  @NotAudited
  @Column(name = "last_login_at")
  public Instant lastLoginAt;

  /**
   * The second-factor secret, encrypted ({@code auth.totp.SecretBox}); none when not enrolled.
   * Changed with update queries only, so enrolling does not count as an edit of the user.
   */
  @NotAudited
  @Column(name = "totp_secret")
  public String totpSecret;

  /** When the second factor was confirmed; none while enrolment is pending or when off. */
  @NotAudited
  @Column(name = "totp_enabled_at")
  public Instant totpEnabledAt;

  /** The last TOTP time step used to sign in: an older or equal one is a replay. */
  @NotAudited
  @Column(name = "totp_last_step")
  public Long totpLastStep;

  @ManyToMany
  @JoinTable(
      name = "app_user_unit",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  public Set<Unit> units = new LinkedHashSet<>();

  @NotAudited
  @Column(name = "search_text")
  String searchText;

  @Version public long version;

  public AccountRole accountRole() {
    return AccountRole.valueOf(role);
  }

  public boolean totpEnabled() {
    return totpSecret != null && totpEnabledAt != null;
  }

  @PrePersist
  @PreUpdate
  void fold() {
    searchText = SearchText.of(username, displayName);
  }
}
