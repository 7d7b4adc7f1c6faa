package vn.gov.plantracker.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;

/** How many of the units that owe one task have reported on it. */
@Schema(description = "Compliance on one task: the units owing it and where their reports are.")
public record TaskCompliance(long taskId, String taskCode, Compliance compliance) {

  /** Collects one task's figures. */
  static final class Builder {
    private final long taskId;
    private final String taskCode;
    private final ComplianceTally tally = new ComplianceTally();

    Builder(long taskId, String taskCode) {
      this.taskId = taskId;
      this.taskCode = taskCode;
    }

    ComplianceTally tally() {
      return tally;
    }

    TaskCompliance build() {
      return new TaskCompliance(taskId, taskCode, tally.result());
    }
  }
}
