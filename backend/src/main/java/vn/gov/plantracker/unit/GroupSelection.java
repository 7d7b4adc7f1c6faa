package vn.gov.plantracker.unit;

/** How a group's members are known: fixed by the organisation, or chosen by the coordinator. */
public enum GroupSelection {
  FIXED,
  CHOSEN
}
