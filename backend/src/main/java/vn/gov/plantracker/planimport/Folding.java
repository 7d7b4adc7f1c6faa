package vn.gov.plantracker.planimport;

import java.text.Normalizer;

/** Accent- and case-free copies of Vietnamese text, one character per character of the input. */
final class Folding {

  private Folding() {}

  /** Lower case without diacritics; {@code đ} becomes {@code d}; same length as an NFC input. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(foldChar(text.charAt(i)));
    }
    return out.toString();
  }

  static char foldChar(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char first = base.isEmpty() ? c : base.charAt(0);
    return Character.toLowerCase(first);
  }

  /** Whether the folded text starts with any of the given folded prefixes. */
  static boolean startsWithAny(String text, String... prefixes) {
    String folded = fold(text).stripLeading();
    for (String prefix : prefixes) {
      if (folded.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** A URL-like key from a name: "Phòng Văn hóa" → "phong-van-hoa". */
  static String slug(String text) {
    return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
