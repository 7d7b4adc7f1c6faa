package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftRecipient;
import vn.gov.plantracker.planimport.DraftPlan.DraftSignature;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;
import vn.gov.plantracker.planimport.UnitMatcher.Entry;

/** The end of a plan: "Nơi nhận" with its notes and "+" sub-levels, and the signature block. */
final class ClosingRecognizer {

  /** Recipients in order, and who signs. */
  record Result(List<DraftRecipient> recipients, DraftSignature signature) {}

  private static final Pattern NOTE = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*[;,]?$");
  private static final Pattern ON_BEHALF = Pattern.compile("^(tm|t/m)[.\\s]");
  private static final Pattern SIGNING_FOR = Pattern.compile("^(kt|k/t|tl|t/l|q|tuq)[.\\s]");
  private static final Pattern ROLE_IN_PARENT =
      Pattern.compile(
          "^(cvp|pcvp|chanh van phong|pho chanh van phong|lanh dao|truong phong|pho truong phong"
              + "|giam doc|pho giam doc)\\b");

  private final UnitMatcher matcher;
  private final Findings findings;

  ClosingRecognizer(UnitMatcher matcher, Findings findings) {
    this.matcher = matcher;
    this.findings = findings;
  }

  Result read(List<Line> lines) {
    List<DraftRecipient> recipients = new ArrayList<>();
    String onBehalfOf = null;
    String signingFor = null;
    String signerTitle = null;
    String signerName = null;
    DraftRecipient parent = null;
    for (Line line : lines) {
      if (line.isTableRow()) {
        continue;
      }
      String text = line.text().strip();
      String f = Folding.fold(text);
      if (f.startsWith("phu luc")) {
        break;
      }
      if (f.startsWith("noi nhan")) {
        int colon = text.indexOf(':');
        text = colon < 0 ? "" : text.substring(colon + 1).strip();
        f = Folding.fold(text);
        if (text.isEmpty()) {
          continue;
        }
      }
      if (ON_BEHALF.matcher(f).find()) {
        onBehalfOf = text;
      } else if (SIGNING_FOR.matcher(f).find()) {
        signingFor = text;
      } else if (text.startsWith("-") || text.startsWith("+") || f.startsWith("luu")) {
        DraftRecipient recipient = recipient(text, parent, "line " + line.number());
        if (recipient.level() == 1) {
          parent = recipient;
        }
        recipients.add(recipient);
      } else if (f.startsWith("(") || f.startsWith("da ky")) {
        continue;
      } else if (isUpperCase(text) && (onBehalfOf != null || signingFor != null)) {
        if (signerTitle == null) {
          signerTitle = text;
        } else if (signerName == null) {
          signerName = text;
        }
      } else if (onBehalfOf != null || signingFor != null || signerTitle != null) {
        signerName = text;
      }
    }
    DraftSignature signature =
        onBehalfOf == null && signingFor == null && signerTitle == null && signerName == null
            ? null
            : new DraftSignature(onBehalfOf, signingFor, signerTitle, signerName);
    return new Result(List.copyOf(recipients), signature);
  }

  private DraftRecipient recipient(String line, DraftRecipient parent, String where) {
    String text = line;
    int level = 1;
    text = text.replaceFirst("^-\\s*", "");
    if (text.startsWith("+")) {
      level = 2;
      text = text.replaceFirst("^\\+\\s*", "");
    }
    String note = null;
    Matcher n = NOTE.matcher(text);
    if (n.matches() && !n.group(1).isBlank()) {
      text = n.group(1).strip();
      note = n.group(2).strip();
    }
    text = text.replaceAll("[;,]\\s*$", "").strip();
    String f = Folding.fold(text);
    if (f.startsWith("luu") || f.startsWith("nhu tren")) {
      return new DraftRecipient(text, note, level, null, null);
    }
    if (level == 2 && parent != null && ROLE_IN_PARENT.matcher(f).find()) {
      return new DraftRecipient(text, note, level, parent.unit(), parent.group());
    }
    Entry entry = matcher.first(text);
    if (entry == null) {
      findings.warn(Kind.UNMATCHED_UNIT, text, where);
      return new DraftRecipient(text, note, level, null, null);
    }
    return entry.kind() == UnitMatcher.Kind.UNIT
        ? new DraftRecipient(text, note, level, entry.ref(), null)
        : new DraftRecipient(text, note, level, null, entry.ref());
  }

  static boolean isUpperCase(String text) {
    boolean letters = false;
    for (char c : text.toCharArray()) {
      if (Character.isLetter(c)) {
        letters = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters;
  }
}
