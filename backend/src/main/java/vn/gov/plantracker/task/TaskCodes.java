package vn.gov.plantracker.task;

import java.util.Comparator;

/** Orders task codes as the document does: 3.a.2 before 3.a.10. */
public final class TaskCodes {

  public static final Comparator<String> ORDER = TaskCodes::compare;

  private TaskCodes() {}

  private static int compare(String left, String right) {
    String[] a = left.split("\\.");
    String[] b = right.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int byPart = comparePart(a[i], b[i]);
      if (byPart != 0) {
        return byPart;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int comparePart(String a, String b) {
    boolean numbers =
        a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
    if (numbers && !a.isEmpty() && !b.isEmpty()) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }
}
