package vn.gov.plantracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import vn.gov.plantracker.auth.Actor;

/** One recorded change set: when, by whom, how they signed in and from where. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  public Long id;

  /** Milliseconds since the epoch, as Envers keeps it. */
  @RevisionTimestamp
  @Column(name = "at_millis")
  public long atMillis;

  @Column(name = "user_id")
  public Long userId;

  public String username;

  /** SESSION, TOKEN, or SYSTEM for changes made by the service itself (loading the seed). */
  public String via = Actor.Via.SYSTEM.name();

  public String ip;

  /** Why, where the change says: a correction of recorded data gives its reason. */
  public String note;
}
