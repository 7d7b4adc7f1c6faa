package vn.gov.plantracker.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localised texts for problems: Vietnamese unless the client prefers English. */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static Locale locale(HttpHeaders headers) {
    for (Locale locale : acceptable(headers)) {
      if ("vi".equals(locale.getLanguage())) {
        return VIETNAMESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return VIETNAMESE;
  }

  /**
   * The language of a raw {@code Accept-Language} header, where no JAX-RS headers are at hand: the
   * first of Vietnamese or English it names, Vietnamese when it names neither.
   */
  public static Locale locale(String acceptLanguage) {
    if (acceptLanguage != null) {
      for (String range : acceptLanguage.split(",")) {
        String tag = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (tag.equals("vi") || tag.startsWith("vi-")) {
          return VIETNAMESE;
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
          return Locale.ENGLISH;
        }
      }
    }
    return VIETNAMESE;
  }

  /**
   * The languages the client asks for, best first. A header that cannot be read (a bad q-value) is
   * ignored, as RFC 9110 allows, rather than failing the answer.
   */
  private static List<Locale> acceptable(HttpHeaders headers) {
    if (headers == null) {
      return List.of();
    }
    try {
      return headers.getAcceptableLanguages();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, NO_FALLBACK);
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    Object[] resolved = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      resolved[i] =
          args[i] instanceof MessageKey nested
              ? text(locale, nested.key(), nested.args())
              : args[i];
    }
    return new MessageFormat(pattern, locale).format(resolved);
  }
}
