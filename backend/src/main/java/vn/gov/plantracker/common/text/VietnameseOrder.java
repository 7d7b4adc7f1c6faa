package vn.gov.plantracker.common.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Sorts names in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
public final class VietnameseOrder {

  private VietnameseOrder() {}

  public static Comparator<String> names() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    collator.setStrength(Collator.TERTIARY);
    return collator::compare;
  }

  /**
   * The same order for sorting thousands of names: each name's collation key is computed once
   * instead of on every comparison. Not thread-safe; make one per sort.
   */
  public static Comparator<String> manyNames() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    collator.setStrength(Collator.TERTIARY);
    Map<String, CollationKey> keys = new HashMap<>();
    return Comparator.comparing(name -> keys.computeIfAbsent(name, collator::getCollationKey));
  }
}
