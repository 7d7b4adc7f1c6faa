package vn.gov.plantracker.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.reporting.ReportStatus;

/**
 * Works out, for one day, what each user must be reminded of and writes it as one digest per user:
 * unit officers about their units' reports that are due soon, due today, overdue or returned;
 * coordinators about periods past due with reports missing.
 */
@ApplicationScoped
class DigestComposer {

  /** Overdue reports are recalled the day after the due date, then weekly, for this many days. */
  static final int OVERDUE_DAYS = 56;

  /** A digest written, with where to mail it. */
  record Digest(long notificationId, String email, String displayName, List<String> lines) {}

  private record Line(long userId, ReminderKind kind, long periodId, Long reportId, String text) {}

  private final EntityManager em;
  private final List<Integer> leadDays;

  DigestComposer(
      EntityManager em,
      @ConfigProperty(name = "plantracker.reminders.lead-days", defaultValue = "7,3,1")
          List<Integer> leadDays) {
    this.em = em;
    this.leadDays = leadDays;
  }

  @Transactional
  List<Digest> compose(LocalDate today) {
    Set<Long> alreadyToday =
        new HashSet<>(
            em.createQuery(
                    "select n.userId from Notification n where n.digestDate = :today", Long.class)
                .setParameter("today", today)
                .getResultList());
    Map<Long, Instant> lastDigest = new HashMap<>();
    em.createQuery(
            "select n.userId, max(n.createdAt) from Notification n group by n.userId",
            Object[].class)
        .getResultList()
        .forEach(row -> lastDigest.put((Long) row[0], (Instant) row[1]));

    List<Line> lines = new ArrayList<>();
    lines.addAll(officerLines(today, lastDigest));
    lines.addAll(coordinatorLines(today));

    Map<Long, List<Line>> byUser = new LinkedHashMap<>();
    lines.stream()
        .filter(line -> !alreadyToday.contains(line.userId()))
        .forEach(line -> byUser.computeIfAbsent(line.userId(), id -> new ArrayList<>()).add(line));
    if (byUser.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> contacts = new HashMap<>();
    em.createQuery(
            "select u.id, u.email, u.displayName from User u where u.id in :ids", Object[].class)
        .setParameter("ids", byUser.keySet())
        .getResultList()
        .forEach(row -> contacts.put((Long) row[0], row));

    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Digest> digests = new ArrayList<>();
    byUser.forEach(
        (userId, userLines) -> {
          Notification notification = new Notification();
          notification.userId = userId;
          notification.digestDate = today;
          notification.createdAt = now;
          int position = 0;
          for (Line line : userLines) {
            NotificationItem item = new NotificationItem();
            item.notification = notification;
            item.position = position++;
            item.kind = line.kind();
            item.periodId = line.periodId();
            item.reportId = line.reportId();
            item.text = line.text().length() > 1000 ? line.text().substring(0, 1000) : line.text();
            notification.items.add(item);
          }
          // The identity column gives the id as soon as it is persisted.
          notification.persist();
          Object[] contact = contacts.get(userId);
          digests.add(
              new Digest(
                  notification.id,
                  (String) contact[1],
                  (String) contact[2],
                  userLines.stream().map(Line::text).toList()));
        });
    return digests;
  }

  @Transactional
  void markEmailed(long notificationId) {
    Notification notification = em.find(Notification.class, notificationId);
    notification.emailedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Each unit officer's reports that are not in yet, or came back. */
  private List<Line> officerLines(LocalDate today, Map<Long, Instant> lastDigest) {
    int maxLead = leadDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Object[]> rows =
        em.createQuery(
                "select u.id, r.id, r.status, r.returnedAt, r.returnReason, p.id, p.title,"
                    + " p.dueDate, coalesce(unit.shortName, unit.name)"
                    + " from User u join u.units member, UnitReport r join r.period p"
                    + " join r.unit unit"
                    + " where u.role = :officer and u.enabled = true and r.unit = member"
                    + " and r.status in :open and (r.status = :returned"
                    + " or p.dueDate between :oldest and :latest)"
                    + " order by p.dueDate, p.id, unit.name",
                Object[].class)
            .setParameter("officer", AccountRole.UNIT_OFFICER.name())
            .setParameter("open", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
            .setParameter("returned", ReportStatus.RETURNED)
            .setParameter("oldest", today.minusDays(OVERDUE_DAYS))
            .setParameter("latest", today.plusDays(maxLead))
            .getResultList();
    List<Line> lines = new ArrayList<>();
    for (Object[] row : rows) {
      long userId = (Long) row[0];
      long reportId = (Long) row[1];
      Instant returnedAt = (Instant) row[3];
      long periodId = (Long) row[5];
      String period = (String) row[6];
      LocalDate due = (LocalDate) row[7];
      String unit = (String) row[8];
      Instant since = lastDigest.get(userId);
      if (row[2] == ReportStatus.RETURNED
          && returnedAt != null
          && (since == null || returnedAt.isAfter(since))) {
        lines.add(
            new Line(
                userId,
                ReminderKind.RETURNED,
                periodId,
                reportId,
                "%s – %s: báo cáo bị trả lại để bổ sung. Lý do: %s"
                    .formatted(period, unit, row[4])));
        continue;
      }
      long daysLeft = ChronoUnit.DAYS.between(today, due);
      String dueText = due.format(VietnamTime.DAY);
      if (daysLeft > 0 && leadDays.contains((int) daysLeft)) {
        lines.add(
            new Line(
                userId,
                ReminderKind.DUE_SOON,
                periodId,
                reportId,
                "%s – %s: còn %d ngày đến hạn nộp (%s)."
                    .formatted(period, unit, daysLeft, dueText)));
      } else if (daysLeft == 0) {
        lines.add(
            new Line(
                userId,
                ReminderKind.DUE_TODAY,
                periodId,
                reportId,
                "%s – %s: hôm nay (%s) là hạn nộp.".formatted(period, unit, dueText)));
      } else if (daysLeft < 0 && recalled(-daysLeft)) {
        lines.add(
            new Line(
                userId,
                ReminderKind.OVERDUE,
                periodId,
                reportId,
                "%s – %s: quá hạn %d ngày (hạn %s), chưa nộp báo cáo."
                    .formatted(period, unit, -daysLeft, dueText)));
      }
    }
    return lines;
  }

  /** Each coordinator's periods past due with reports still missing. */
  private List<Line> coordinatorLines(LocalDate today) {
    List<Object[]> rows =
        em.createQuery(
                "select u.id, p.id, p.title, p.dueDate,"
                    + " sum(case when r.status = :draft then 1 else 0 end), count(r)"
                    + " from User u join u.units member, UnitReport r join r.period p"
                    + " join p.plan plan"
                    + " where u.role = :coordinator and u.enabled = true"
                    + " and plan.coordinator = member and p.dueDate between :oldest and :yesterday"
                    + " group by u.id, p.id, p.title, p.dueDate order by p.dueDate, p.id",
                Object[].class)
            .setParameter("draft", ReportStatus.DRAFT)
            .setParameter("coordinator", AccountRole.COORDINATOR.name())
            .setParameter("oldest", today.minusDays(OVERDUE_DAYS))
            .setParameter("yesterday", today.minusDays(1))
            .getResultList();
    List<Line> lines = new ArrayList<>();
    for (Object[] row : rows) {
      LocalDate due = (LocalDate) row[3];
      long missing = ((Number) row[4]).longValue();
      long daysLate = ChronoUnit.DAYS.between(due, today);
      if (missing > 0 && recalled(daysLate)) {
        lines.add(
            new Line(
                (Long) row[0],
                ReminderKind.MISSING_REPORTS,
                (Long) row[1],
                null,
                "%s: còn %d/%d đơn vị chưa nộp báo cáo, quá hạn %d ngày (hạn %s)."
                    .formatted(row[2], missing, row[5], daysLate, due.format(VietnamTime.DAY))));
      }
    }
    return lines;
  }

  /** The day after the due date, then once a week, so a late unit is not nagged every day. */
  private static boolean recalled(long daysLate) {
    return daysLate == 1 || (daysLate % 7 == 0 && daysLate <= OVERDUE_DAYS);
  }
}
