package vn.gov.plantracker.planimport;

/** An existing group of units ("các Phòng, ban, ngành") the parser may match phrases against. */
public record KnownGroup(String code, String name) {}
