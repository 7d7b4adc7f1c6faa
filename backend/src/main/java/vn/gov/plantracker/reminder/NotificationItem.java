package vn.gov.plantracker.reminder;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a digest, pointing at the period and, for a unit, its report. */
@Entity
@Table(name = "notification_item")
public class NotificationItem extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "notification_id")
  public Notification notification;

  public int position;

  @Enumerated(EnumType.STRING)
  public ReminderKind kind;

  @Column(name = "period_id")
  public Long periodId;

  @Column(name = "report_id")
  public Long reportId;

  public String text;
}
