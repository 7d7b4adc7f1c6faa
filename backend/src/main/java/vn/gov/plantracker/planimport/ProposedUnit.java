package vn.gov.plantracker.planimport;

/** A name that matched no existing unit; the draft refers to it by this provisional key. */
public record ProposedUnit(String key, String name, String where) {}
