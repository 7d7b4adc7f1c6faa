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
import java.util.Optional;
import vn.gov.plantracker.account.User;

/**
 * The identity provider's account (issuer and subject, which never change) that signs in as a local
 * user. Made on the first provider sign-in; removed by an administrator.
 */
@Entity
@Table(name = "user_provider_link")
public class ProviderLink extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  public User user;

  public String issuer;

  public String subject;

  @Column(name = "linked_at")
  public Instant linkedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  public static Optional<ProviderLink> findAccount(String issuer, String subject) {
    return find(
            "select l from ProviderLink l join fetch l.user where l.issuer = ?1 and l.subject = ?2",
            issuer,
            subject)
        .firstResultOptional();
  }

  public static boolean userLinked(long userId, String issuer) {
    return count("user.id = ?1 and issuer = ?2", userId, issuer) > 0;
  }
}
