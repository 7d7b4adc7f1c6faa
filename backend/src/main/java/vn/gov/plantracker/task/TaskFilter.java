package vn.gov.plantracker.task;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a plan's flat task list. */
public class TaskFilter {

  @QueryParam("unitId")
  @Parameter(description = "Only tasks this unit owes, directly or through a group it is in.")
  public Long unitId;

  @QueryParam("groupId")
  @Parameter(description = "Only tasks assigned to this unit group as a whole (not with unitId).")
  public Long groupId;

  @QueryParam("role")
  @Parameter(
      description = "Only tasks where the unit or group (or anyone, without either) has this role.")
  public Role role;

  @QueryParam("timeframe")
  @Parameter(description = "Only ongoing tasks, or only tasks with a due date.")
  public Timeframe timeframe;

  @QueryParam("asOf")
  @Parameter(
      description =
          "The organisation as it was on this day (default today): a successor owes the tasks of"
              + " the closed units it carries.")
  public LocalDate asOf;

  @QueryParam("q")
  @Parameter(
      description = "Words in the code or text, with or without diacritics.",
      example = "lao dong")
  public String query;
}
