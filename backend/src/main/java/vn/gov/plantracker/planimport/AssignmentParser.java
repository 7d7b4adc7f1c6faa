package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftParty;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.UnitMatcher.Entry;

/**
 * Reads "Đơn vị thực hiện": who leads ("chủ trì"), who coordinates ("phối hợp"), who implements
 * ("triển khai thực hiện"), and whose guidance is followed ("Căn cứ hướng dẫn của …").
 */
final class AssignmentParser {

  private static final Pattern GUIDANCE =
      Pattern.compile("^(?:can cu|theo|duoi su)\\s+(?:huong dan|chi dao)\\s+cua\\s+");
  private static final Pattern LEAD = Pattern.compile("\\bchu tri\\b");
  private static final Pattern COORDINATE = Pattern.compile("\\bphoi hop(?:\\s+voi)?\\b");
  private static final Pattern VERB =
      Pattern.compile(
          "\\s(?:trien khai thuc hien|to chuc thuc hien|thuc hien|trien khai|huong dan|tham muu"
              + "|theo doi|bao cao|xay dung|kiem tra)\\b");

  private final UnitMatcher matcher;
  private final Findings findings;

  AssignmentParser(UnitMatcher matcher, Findings findings) {
    this.matcher = matcher;
    this.findings = findings;
  }

  /** The block for the given "Đơn vị thực hiện" and "Thời gian thực hiện" texts. */
  DraftBlock parse(String partiesText, String timeframeText, String where) {
    String text = partiesText == null ? "" : partiesText.strip();
    String guidance = null;
    Matcher g = GUIDANCE.matcher(Folding.fold(text));
    if (g.find()) {
      String rest = text.substring(g.end());
      int comma = rest.indexOf(',');
      String name = comma < 0 ? rest : rest.substring(0, comma);
      guidance = single(name, where);
      text = comma < 0 ? "" : rest.substring(comma + 1).strip();
    }
    String lead = null;
    List<DraftParty> coordinating = new ArrayList<>();
    List<DraftParty> implementing = new ArrayList<>();
    String folded = Folding.fold(text);
    Matcher l = LEAD.matcher(folded);
    if (l.find()) {
      List<DraftParty> leads = parties(text.substring(0, l.start()), where);
      String after = stripCoordinate(text.substring(l.end()));
      coordinating.addAll(parties(untilVerb(after), where));
      for (DraftParty party : leads) {
        if (lead == null && party.unit() != null) {
          lead = party.unit();
        } else {
          if (party.unit() != null) {
            findings.warn(Kind.MORE_THAN_ONE_LEAD, partiesText, where);
          }
          implementing.add(party);
        }
      }
    } else {
      Matcher c = COORDINATE.matcher(folded);
      if (c.find() && c.start() > 0) {
        implementing.addAll(parties(untilVerb(text.substring(0, c.start())), where));
        coordinating.addAll(parties(untilVerb(text.substring(c.end())), where));
      } else {
        implementing.addAll(parties(untilVerb(text), where));
      }
    }
    String leadKey = lead;
    coordinating.removeIf(p -> leadKey != null && leadKey.equals(p.unit()));
    implementing.removeIf(p -> leadKey != null && leadKey.equals(p.unit()));
    if (lead == null && implementing.isEmpty()) {
      findings.warn(
          Kind.BLOCK_WITHOUT_PARTY, partiesText != null ? partiesText : timeframeText, where);
    }
    String timeText = timeframeText == null ? null : timeframeText.strip();
    Timeframes.Reading time = Timeframes.read(timeText);
    if (timeText == null || timeText.isEmpty()) {
      findings.warn(Kind.BLOCK_WITHOUT_TIMEFRAME, partiesText, where);
    } else if (time.timeframe() == null) {
      findings.warn(Kind.DATE_NOT_UNDERSTOOD, timeText, where);
    }
    return new DraftBlock(
        lead,
        guidance,
        List.copyOf(coordinating),
        List.copyOf(implementing),
        time.timeframe(),
        time.dueDate(),
        partiesText == null ? null : partiesText.strip(),
        timeText == null || timeText.isEmpty() ? null : timeText);
  }

  /** One unit by name, for a lead or a guiding body; unknown names are proposed. */
  String single(String name, String where) {
    List<DraftParty> parties = parties(name, where);
    return parties.isEmpty() ? null : parties.get(0).unit();
  }

  /** The parties of a list; a tail of group phrases ending in "liên quan" is one related group. */
  List<DraftParty> parties(String list, String where) {
    List<Entry> entries = new ArrayList<>(matcher.scan(trimList(list)));
    String related = matcher.relatedGroup();
    if (!entries.isEmpty() && entries.get(entries.size() - 1).related() && related != null) {
      int from = entries.size();
      while (from > 0 && entries.get(from - 1).kind() != UnitMatcher.Kind.UNIT) {
        from--;
      }
      entries.subList(from, entries.size()).clear();
      entries.add(new Entry(UnitMatcher.Kind.GROUP, related, "liên quan", true));
    }
    List<DraftParty> parties = new ArrayList<>();
    for (Entry entry : entries) {
      DraftParty party =
          switch (entry.kind()) {
            case UNIT -> new DraftParty(entry.ref(), null);
            case GROUP -> new DraftParty(null, entry.ref());
            case UNKNOWN -> new DraftParty(findings.propose(entry.text(), where), null);
          };
      if (!parties.contains(party)) {
        parties.add(party);
      }
    }
    return parties;
  }

  private static String stripCoordinate(String text) {
    String s = text.replaceAll("^[\\s,;.:]+", "");
    Matcher c = COORDINATE.matcher(Folding.fold(s));
    if (c.find() && c.start() == 0) {
      s = s.substring(c.end());
    }
    return s;
  }

  private static String untilVerb(String text) {
    Matcher v = VERB.matcher(Folding.fold(text));
    return v.find() ? text.substring(0, v.start()) : text;
  }

  private static String trimList(String text) {
    return text.strip().replaceAll("^[,;:.\\s]+|[,;:.\\s]+$", "");
  }
}
