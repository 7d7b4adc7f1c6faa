package vn.gov.plantracker.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A user's reminder digest for one day: every report that needs them, in one message. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Column(name = "digest_date")
  public LocalDate digestDate;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "emailed_at")
  public Instant emailedAt;

  @OneToMany(mappedBy = "notification", cascade = CascadeType.ALL)
  @OrderBy("position")
  public List<NotificationItem> items = new ArrayList<>();
}
