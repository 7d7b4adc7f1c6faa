package vn.gov.plantracker.indicator;

import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.MessageKey;

/** What an area's figures must satisfy together: a part never exceeds the whole it is part of. */
final class FigureRules {

  private FigureRules() {}

  static void check(IndicatorValue v, boolean bounded) {
    if (bounded) {
      notAbove("numerator", v.numerator, "denominator", v.denominator);
      notAbove("femaleNumerator", v.femaleNumerator, "femaleDenominator", v.femaleDenominator);
      notAbove(
          "minorityNumerator", v.minorityNumerator, "minorityDenominator", v.minorityDenominator);
    }
    notAbove("femaleNumerator", v.femaleNumerator, "numerator", v.numerator);
    notAbove("femaleDenominator", v.femaleDenominator, "denominator", v.denominator);
    notAbove("minorityNumerator", v.minorityNumerator, "numerator", v.numerator);
    notAbove("minorityDenominator", v.minorityDenominator, "denominator", v.denominator);
  }

  private static void notAbove(String part, Long partValue, String whole, Long wholeValue) {
    if (partValue != null && wholeValue != null && partValue > wholeValue) {
      throw ApiException.rule(
          "rule.indicator.partAboveWhole",
          new MessageKey("indicator.part." + part),
          partValue,
          new MessageKey("indicator.part." + whole),
          wholeValue);
    }
  }
}
