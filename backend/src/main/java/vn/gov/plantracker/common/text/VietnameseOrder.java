package vn.gov.plantracker.common.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Sorts names in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
public final class VietnameseOrder {

  private VietnameseOrder() {}

  public static Comparator<String> names() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    collator.setStrength(Collator.TERTIARY);
    return collator::compare;
  }
}
