package vn.gov.plantracker.common.error;

/** A message to be localised later, when the client's language is known. */
public record MessageKey(String key, Object... args) {}
