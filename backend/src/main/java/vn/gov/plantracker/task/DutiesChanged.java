package vn.gov.plantracker.task;

/**
 * Fired inside the transaction that changed who owes which task: an assignment block of a plan, or
 * (plan null) a group's members, which count in every plan.
 */
public record DutiesChanged(Long planId) {}
