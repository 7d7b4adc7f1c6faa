package vn.gov.plantracker.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.common.job.JobClaims;
import vn.gov.plantracker.common.time.VietnamTime;

/**
 * Sends each user one reminder digest a day, in the dashboard and, when mail is on and the user has
 * an address, by email. Running twice on the same day sends nothing more.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class);

  private final DigestComposer composer;
  private final Mailer mailer;
  private final boolean email;
  private final JobClaims claims;
  private final MeterRegistry metrics;

  Reminders(
      DigestComposer composer,
      Mailer mailer,
      @ConfigProperty(name = "plantracker.reminders.email", defaultValue = "false") boolean email,
      JobClaims claims,
      MeterRegistry metrics) {
    this.composer = composer;
    this.mailer = mailer;
    this.email = email;
    this.claims = claims;
    this.metrics = metrics;
  }

  @Scheduled(
      identity = "reminder-digest",
      cron = "{plantracker.reminders.cron}",
      timeZone = "Asia/Ho_Chi_Minh",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void daily() {
    LocalDate today = VietnamTime.today();
    // With several instances on one database, the one that claims the day sends the digests.
    if (claims.claim("reminder-digest", today)) {
      int sent = send(today);
      metrics
          .counter("plantracker.job.runs", "job", "reminder-digest", "outcome", "ran")
          .increment();
      metrics.counter("plantracker.reminder.digests").increment(sent);
    } else {
      metrics
          .counter("plantracker.job.runs", "job", "reminder-digest", "outcome", "skipped")
          .increment();
      LOG.debugf("The reminder digest of %s is sent by another instance", today);
    }
  }

  /** Writes and mails the digests for a day; returns how many users got one. */
  public int send(LocalDate today) {
    List<DigestComposer.Digest> digests = composer.compose(today);
    if (email) {
      for (DigestComposer.Digest digest : digests) {
        if (digest.email() == null) {
          continue;
        }
        try {
          mailer.send(Mail.withText(digest.email(), subject(digest), body(digest)));
          composer.markEmailed(digest.notificationId());
        } catch (RuntimeException e) {
          // The in-app digest stands; the mail is tried again by nobody, so say so.
          LOG.warnf("Reminder digest %d not mailed: %s", digest.notificationId(), e.getMessage());
        }
      }
    }
    return digests.size();
  }

  private static String subject(DigestComposer.Digest digest) {
    int count = digest.lines().size();
    return "Nhắc việc báo cáo: %d nội dung cần xử lý".formatted(count);
  }

  private static String body(DigestComposer.Digest digest) {
    StringBuilder text =
        new StringBuilder("Kính gửi ").append(digest.displayName()).append(",\n\n");
    digest.lines().forEach(line -> text.append("- ").append(line).append('\n'));
    text.append("\nVui lòng đăng nhập hệ thống theo dõi thực hiện kế hoạch để xử lý.\n");
    return text.toString();
  }
}
