package vn.gov.plantracker.orgchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with organisation changes now, as the views list it. */
@Schema(
    name = "OrgChangeAction",
    description =
        "RECORD: preview and record changes (on the list); UNDO: undo this change (on a change).")
public enum OrgChangeAction {
  RECORD,
  UNDO
}
