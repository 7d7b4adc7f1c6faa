package vn.gov.plantracker.planimport;

/** An existing unit the parser may match names against. */
public record KnownUnit(String key, String name, String shortName) {}
