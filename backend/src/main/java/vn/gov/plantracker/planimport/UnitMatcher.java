package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds existing units and groups in names as documents write them: any case or accents, with the
 * usual abbreviations (LĐTBXH, GD&ĐT, TC-KH, UBND …), without the place name, or as a group phrase.
 */
final class UnitMatcher {

  /** What a stretch of a list names: a unit by key, a group by code, or nothing known. */
  enum Kind {
    UNIT,
    GROUP,
    UNKNOWN
  }

  /** One name in a list; {@code related} when it ends in "liên quan". */
  record Entry(Kind kind, String ref, String text, boolean related) {}

  private record Tok(String word, int start, int end) {
    boolean isSeparator() {
      return word.equals(",") || word.equals(";") || word.equals("(") || word.equals(")");
    }
  }

  private record Candidate(List<String> words, String unit, String group) {}

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
          Map.entry("gddt", "giao duc va dao tao"),
          Map.entry("tckh", "tai chinh ke hoach"),
          Map.entry("nnptnt", "nong nghiep va phat trien nong thon"),
          Map.entry("ubnd", "uy ban nhan dan"),
          Map.entry("hdnd", "hoi dong nhan dan"),
          Map.entry("gdnn", "giao duc nghe nghiep"),
          Map.entry("gdtx", "giao duc thuong xuyen"),
          Map.entry("ubmttq", "uy ban mat tran to quoc"),
          Map.entry("mttq", "mat tran to quoc"),
          Map.entry("lhpn", "lien hiep phu nu"),
          Map.entry("ccb", "cuu chien binh"),
          Map.entry("ldld", "lien doan lao dong"),
          Map.entry("pct", "pho chu tich"),
          Map.entry("tnmt", "tai nguyen va moi truong"),
          Map.entry("vhtt", "van hoa va thong tin"),
          Map.entry("khcn", "khoa hoc va cong nghe"),
          Map.entry("tw", "trung uong"));
  private static final Set<String> LEVEL_WORDS =
      Set.of("huyen", "tinh", "xa", "tran", "pho", "uy", "doan", "quan", "phuong");
  private static final Set<String> PLACE_LEVELS = Set.of("huyen", "tinh", "xa", "thi tran");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[&-][\\p{L}\\p{N}]+)*|[,;()]");

  private final List<Candidate> candidates;
  private final String relatedGroup;

  UnitMatcher(List<KnownUnit> units, List<KnownGroup> groups) {
    Map<String, Set<String>> byPhrase = new HashMap<>();
    for (KnownUnit unit : units) {
      if (unit == null || unit.key() == null) {
        continue;
      }
      for (String variant : unitVariants(unit)) {
        byPhrase.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add("U:" + unit.key());
      }
    }
    String related = null;
    for (KnownGroup group : groups) {
      if (group == null || group.code() == null) {
        continue;
      }
      List<String> variants = groupVariants(group);
      if (variants.contains("don vi lien quan")) {
        related = group.code();
      }
      for (String variant : variants) {
        byPhrase.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add("G:" + group.code());
      }
    }
    List<Candidate> list = new ArrayList<>();
    byPhrase.forEach(
        (phrase, refs) -> {
          if (refs.size() == 1 && !phrase.isBlank()) {
            String ref = refs.iterator().next();
            List<String> words = List.of(phrase.split(" "));
            list.add(
                ref.startsWith("U:")
                    ? new Candidate(words, ref.substring(2), null)
                    : new Candidate(words, null, ref.substring(2)));
          }
        });
    list.sort(Comparator.comparingInt((Candidate c) -> -c.words().size()));
    this.candidates = list;
    this.relatedGroup = related;
  }

  /** The group for "các đơn vị liên quan", if there is one. */
  String relatedGroup() {
    return relatedGroup;
  }

  /** The first unit or group named in the text, or null. */
  Entry first(String text) {
    for (Entry entry : scan(text)) {
      if (entry.kind() != Kind.UNKNOWN) {
        return entry;
      }
    }
    return null;
  }

  /** The names of a list such as "Phòng Tư pháp và các Phòng, ngành liên quan", in order. */
  List<Entry> scan(String text) {
    List<Entry> entries = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return entries;
    }
    List<Tok> toks = tokens(text);
    int i = 0;
    while (i < toks.size()) {
      Tok tok = toks.get(i);
      if (tok.isSeparator() || tok.word().equals("va") || tok.word().equals("voi")) {
        i++;
        continue;
      }
      int[] end = new int[1];
      Candidate match = matchAt(toks, i, end);
      if (match != null) {
        int j = end[0];
        boolean level = false;
        if (j < toks.size() && PLACE_LEVELS.contains(toks.get(j).word())) {
          j++;
          level = true;
        }
        while (level && j < toks.size() && isProperWord(text, toks.get(j))) {
          j++;
        }
        boolean related = false;
        if (j + 1 < toks.size()
            && toks.get(j).word().equals("lien")
            && toks.get(j + 1).word().equals("quan")) {
          j += 2;
          related = true;
        }
        String span = text.substring(tok.start(), toks.get(j - 1).end());
        entries.add(
            match.unit() != null
                ? new Entry(Kind.UNIT, match.unit(), span, related)
                : new Entry(
                    Kind.GROUP,
                    match.group(),
                    span,
                    related || match.group().equals(relatedGroup)));
        i = j;
        continue;
      }
      int j = i + 1;
      while (j < toks.size()) {
        Tok next = toks.get(j);
        if (next.isSeparator() || matchAt(toks, j, new int[1]) != null) {
          break;
        }
        if ((next.word().equals("va") || next.word().equals("voi"))
            && j + 1 < toks.size()
            && matchAt(toks, j + 1, new int[1]) != null) {
          break;
        }
        j++;
      }
      String span = text.substring(tok.start(), toks.get(j - 1).end()).strip();
      boolean related =
          j - 2 >= i
              && toks.get(j - 2).word().equals("lien")
              && toks.get(j - 1).word().equals("quan");
      entries.add(new Entry(Kind.UNKNOWN, null, span, related));
      i = j;
    }
    return entries;
  }

  private Candidate matchAt(List<Tok> toks, int start, int[] end) {
    if (toks.get(start).isSeparator()) {
      return null;
    }
    for (Candidate c : candidates) {
      int t = start;
      boolean ok = true;
      for (int w = 0; w < c.words().size(); w++) {
        while (w > 0 && t < toks.size() && toks.get(t).isSeparator()) {
          t++;
        }
        if (t >= toks.size() || !toks.get(t).word().equals(c.words().get(w))) {
          ok = false;
          break;
        }
        t++;
      }
      if (ok) {
        end[0] = t;
        return c;
      }
    }
    return null;
  }

  private static boolean isProperWord(String text, Tok tok) {
    if (tok.isSeparator()) {
      return false;
    }
    String original = text.substring(tok.start(), tok.end());
    return Character.isUpperCase(original.charAt(0))
        && (original.length() == 1 || !Character.isUpperCase(original.charAt(1)));
  }

  private static List<Tok> tokens(String text) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String folded = Folding.fold(m.group());
      if (folded.length() == 1 && ",;()".contains(folded)) {
        toks.add(new Tok(folded, m.start(), m.end()));
        continue;
      }
      for (String word : expand(folded).split(" ")) {
        if (!word.isEmpty() && !word.equals("cac")) {
          toks.add(new Tok(word, m.start(), m.end()));
        }
      }
    }
    return toks;
  }

  /** Abbreviations spelt out: "gd&dt" → "giao duc va dao tao", "hdnd&ubnd" part by part. */
  private static String expand(String folded) {
    String key = folded.replaceAll("[&-]", "");
    if (ABBREVIATIONS.containsKey(key)) {
      return ABBREVIATIONS.get(key);
    }
    if (!folded.contains("&") && !folded.contains("-")) {
      return folded;
    }
    StringBuilder out = new StringBuilder();
    Matcher part = Pattern.compile("[^&-]+|&").matcher(folded);
    while (part.find()) {
      String p = part.group();
      out.append(' ').append(p.equals("&") ? "va" : ABBREVIATIONS.getOrDefault(p, p));
    }
    return out.toString().strip();
  }

  private static String phrase(String text) {
    StringBuilder out = new StringBuilder();
    for (Tok tok : tokens(text)) {
      if (!tok.isSeparator()) {
        out.append(' ').append(tok.word());
      }
    }
    return out.toString().strip();
  }

  private static List<String> unitVariants(KnownUnit unit) {
    Set<String> variants = new LinkedHashSet<>();
    for (String name : new String[] {unit.name(), unit.shortName()}) {
      if (name == null || name.isBlank()) {
        continue;
      }
      variants.add(phrase(name));
      String withoutPlace = withoutPlaceName(name);
      variants.add(phrase(withoutPlace));
      variants.add(withoutLevel(phrase(withoutPlace)));
      String full = phrase(name);
      if (full.matches("uy ban nhan dan (xa|thi tran|phuong|thi xa) \\S.*")) {
        variants.add(full.substring("uy ban nhan dan ".length()));
      }
    }
    variants.remove("");
    return List.copyOf(variants);
  }

  /** "Ủy ban nhân dân huyện Ngọc Hồi" → "Ủy ban nhân dân huyện". */
  private static String withoutPlaceName(String name) {
    String[] words = name.strip().split("\\s+");
    int end = words.length;
    while (end > 1 && isTitleCase(words[end - 1])) {
      end--;
    }
    if (end == words.length || end < 1) {
      return name;
    }
    String before = Folding.fold(words[end - 1]);
    if (!LEVEL_WORDS.contains(before)) {
      return name;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
  }

  private static boolean isTitleCase(String word) {
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && word.chars().skip(1).noneMatch(Character::isUpperCase)
        && word.chars().allMatch(Character::isLetter);
  }

  private static String withoutLevel(String phrase) {
    for (String level : PLACE_LEVELS) {
      if (phrase.endsWith(" " + level) && phrase.split(" ").length > level.split(" ").length + 1) {
        return phrase.substring(0, phrase.length() - level.length() - 1);
      }
    }
    return phrase;
  }

  private static List<String> groupVariants(KnownGroup group) {
    Set<String> variants = new LinkedHashSet<>();
    String name = phrase(group.name() == null ? "" : group.name());
    variants.add(name);
    variants.add(withoutLevel(name));
    if (name.contains("phong ban nganh")) {
      variants.add("phong ban nganh");
      variants.add("phong nganh");
      variants.add("co quan chuyen mon");
    }
    if (name.contains("xa thi tran")) {
      variants.add("uy ban nhan dan xa thi tran");
      variants.add("xa thi tran");
      variants.add("dia phuong");
    }
    if (name.contains("don vi lien quan")) {
      variants.add("don vi lien quan");
      variants.add("don vi");
    }
    if (name.contains("to chuc chinh tri xa hoi")) {
      variants.add("to chuc chinh tri xa hoi");
      variants.add("doan the chinh tri xa hoi");
    }
    variants.remove("");
    return List.copyOf(variants);
  }
}
