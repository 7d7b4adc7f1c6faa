package vn.gov.plantracker.unit;

/**
 * Fired inside the transaction that changed a group's members: every plan that names the group now
 * expects reports from different units.
 */
public record GroupMembersChanged(long groupId) {}
