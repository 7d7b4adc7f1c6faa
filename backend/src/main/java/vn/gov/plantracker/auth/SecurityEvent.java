package vn.gov.plantracker.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security log: sign-ins, failures, denials. Written once, never changed. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public Instant at;

  @Enumerated(EnumType.STRING)
  public SecurityEventKind kind;

  public String username;

  @Column(name = "user_id")
  public Long userId;

  public String ip;

  public String method;

  public String path;
}
