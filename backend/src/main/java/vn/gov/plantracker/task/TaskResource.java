package vn.gov.plantracker.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.task.TaskDtos.TaskInput;
import vn.gov.plantracker.task.TaskDtos.TaskNode;
import vn.gov.plantracker.task.TaskDtos.TaskRow;
import vn.gov.plantracker.task.TaskDtos.TaskUpdate;
import vn.gov.plantracker.task.TaskDtos.TaskView;

/** A plan's tasks (section III, Nhiệm vụ và giải pháp). */
@Path(ApiPaths.V1)
@Tag(name = "Tasks", description = "The task tree of a plan: groups, items and actions.")
public class TaskResource {

  private final TaskService service;
  private final CurrentActor actor;

  TaskResource(TaskService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{planId}/task-tree")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "A plan's tasks as a tree",
      description = "Groups, their items and actions, each with the block that covers it.")
  public List<TaskNode> tree(
      @PathParam("planId") long planId,
      @Parameter(
              description =
                  "The organisation as it was on this day (default today): who carries the part"
                      + " of each unit named that no longer existed.")
          @QueryParam("asOf")
          LocalDate asOf) {
    return service.tree(planId, asOf);
  }

  @GET
  @Path("/plans/{planId}/tasks")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "A plan's actionable tasks as a filtered list",
      description =
          "The tasks units owe (actions, and items without actions) in document order. A unit"
              + " in a named group owes the task too.")
  public Page<TaskRow> list(
      @PathParam("planId") long planId,
      @BeanParam TaskFilter filter,
      @BeanParam @Valid PageRequest page) {
    return service.list(planId, filter, page);
  }

  @POST
  @Path("/plans/{planId}/tasks")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Add a task to a plan",
      description = "By an administrator or a coordinator of the plan's coordinating office.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new task.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TaskView.class)))
  public Response create(
      @PathParam("planId") long planId, @NotNull @Valid TaskInput input, UriInfo uri) {
    TaskView created = service.create(planId, input, actor.get());
    return Created.at(uri, "/tasks/{id}", created.id(), created);
  }

  @GET
  @Path("/tasks/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a task")
  public TaskView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @PUT
  @Path("/tasks/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Update a task",
      description =
          "A new label renames the codes of its sub-tasks. 409 if the version is stale."
              + " By an administrator or a coordinator of the plan's coordinating office.")
  public TaskView update(@PathParam("id") long id, @NotNull @Valid TaskUpdate input) {
    return service.update(id, input, actor.get());
  }

  @DELETE
  @Path("/tasks/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Delete a task",
      description =
          "Refused (409) while it has sub-tasks."
              + " By an administrator or a coordinator of the plan's coordinating office.")
  public void delete(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.", required = true)
          @QueryParam("version")
          Long version) {
    service.delete(id, version, actor.get());
  }
}
