package vn.gov.plantracker.common.error;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field messages of validation failures in the client's language. The validator writes them in
 * Vietnamese; English clients get the validator's own English text for the same constraint.
 */
final class FieldMessages {

  private static final Pattern KEY = Pattern.compile("^\\{([\\w.]+)}$");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");

  private FieldMessages() {}

  static String of(ConstraintViolation<?> violation, Locale locale) {
    if (!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      return violation.getMessage();
    }
    Matcher key = KEY.matcher(violation.getMessageTemplate());
    ResourceBundle english =
        ResourceBundle.getBundle(
            "org.hibernate.validator.ValidationMessages",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    if (!key.matches() || !english.containsKey(key.group(1))) {
      return violation.getMessage();
    }
    String template = english.getString(key.group(1));
    if (template.contains("${")) {
      return violation.getMessage();
    }
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    Matcher attribute = ATTRIBUTE.matcher(template);
    StringBuilder message = new StringBuilder();
    while (attribute.find()) {
      Object value = attributes.get(attribute.group(1));
      attribute.appendReplacement(
          message, Matcher.quoteReplacement(value == null ? attribute.group() : value.toString()));
    }
    attribute.appendTail(message);
    return message.toString();
  }
}
