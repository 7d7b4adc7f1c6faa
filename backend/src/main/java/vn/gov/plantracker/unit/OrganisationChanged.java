package vn.gov.plantracker.unit;

import java.util.Set;

/** Units closed or opened by an organisation change (or its undoing): duties moved with them. */
public record OrganisationChanged(long changeId, Set<Long> unitIds) {}
