package vn.gov.plantracker.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;

/** The signed-in user's reminder digests. */
@Path(ApiPaths.V1)
@Tag(name = "Accounts")
public class NotificationResource {

  @Schema(description = "One line of a digest.")
  public record ItemView(
      ReminderKind kind,
      long periodId,
      @Schema(nullable = true, description = "The unit report it is about, if any.") Long reportId,
      String text) {}

  @Schema(description = "A day's reminder digest.")
  public record NotificationView(
      long id,
      LocalDate digestDate,
      Instant createdAt,
      @Schema(nullable = true) Instant readAt,
      @Schema(nullable = true, description = "When it was also mailed.") Instant emailedAt,
      List<ItemView> items) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id,
          n.digestDate,
          n.createdAt,
          n.readAt,
          n.emailedAt,
          n.items.stream().map(i -> new ItemView(i.kind, i.periodId, i.reportId, i.text)).toList());
    }
  }

  private final CurrentActor actor;

  NotificationResource(CurrentActor actor) {
    this.actor = actor;
  }

  @GET
  @Path("/me/notifications")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Transactional
  @Operation(
      summary = "My reminder digests",
      description =
          "Newest first: at most one a day, listing the reports due soon, due today, overdue or"
              + " returned, and for coordinators the periods past due with reports missing.")
  public Page<NotificationView> list(@BeanParam @Valid PageRequest page) {
    long userId = actor.get().userId();
    List<NotificationView> items =
        Notification.<Notification>find("userId = ?1 order by digestDate desc", userId)
            .page(page.page(), page.size())
            .stream()
            .map(NotificationView::of)
            .toList();
    return Page.of(items, page, Notification.count("userId", userId));
  }

  @POST
  @Path("/me/notifications/{id}/read")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Transactional
  @Operation(summary = "Mark a digest read")
  public NotificationView read(@PathParam("id") long id) {
    Notification notification =
        Notification.<Notification>findByIdOptional(id)
            .filter(n -> n.userId.equals(actor.get().userId()))
            .orElseThrow(() -> ApiException.notFound("entity.notification", id));
    if (notification.readAt == null) {
      notification.readAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
    return NotificationView.of(notification);
  }
}
