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
    List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
    for (Locale locale : wanted) {
      if ("vi".equals(locale.getLanguage())) {
        return VIETNAMESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return VIETNAMESE;
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
