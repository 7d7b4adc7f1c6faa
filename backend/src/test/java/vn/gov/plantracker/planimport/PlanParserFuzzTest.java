package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mangled copies of the plan and random text: the parser always returns a draft, never throws. */
class PlanParserFuzzTest {

  private static final PlanParser PARSER = SeedFixture.parser();
  private static final String PLAN = SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt");
  private static final String[] NOISE = {
    "|",
    "||",
    "*",
    "**",
    "¹",
    "²³",
    "⁴⁵⁶",
    "\u0300",
    "\u0323",
    "\u0301\u0302",
    "Số:",
    "/KH-",
    " - ",
    "ngày",
    "tháng",
    "năm 2023",
    "Đơn vị thực hiện:",
    "Thời gian thực hiện:",
    "chủ trì",
    "phối hợp",
    "liên quan",
    "a)",
    "1.1.",
    "IV.",
    "- +",
    "Nơi nhận:",
    "TM.",
    "KT.",
    "(b/c)",
    "“",
    "”",
    "\"",
    "(",
    ")",
    ";",
    "Kế hoạch số 1/KH-UBND ngày 31/02/2023 của",
    "\t",
    "\r",
    "\u00A0",
    "\uFEFF",
    "\u200B",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "\u0000",
    "\u202E",
    "漢字",
    "%",
    "45-50%"
  };

  @Test
  void shouldAlwaysReturnADraftForMangledPlans() {
    Random random = new Random(20231117L);
    for (int run = 0; run < 200; run++) {
      String input = mangle(PLAN, random);
      int attempt = run;
      ImportResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> PARSER.parse(input), () -> "run " + attempt);
      assertWellFormed(result, input);
    }
  }

  @Test
  void shouldAlwaysReturnADraftForRandomText() {
    Random random = new Random(42L);
    for (int run = 0; run < 200; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(2000);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(6) == 0 ? "\n" : randomPiece(random));
      }
      String input = text.toString();
      int attempt = run;
      ImportResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> PARSER.parse(input), () -> "run " + attempt);
      assertWellFormed(result, input);
    }
  }

  private static void assertWellFormed(ImportResult result, String input) {
    assertThat(result).as(input).isNotNull();
    assertThat(result.plan()).as(input).isNotNull();
    assertThat(result.plan().references()).isNotNull();
    assertThat(result.plan().targets()).isNotNull();
    assertThat(result.plan().tasks()).isNotNull();
    assertThat(result.plan().recipients()).isNotNull();
    assertThat(result.warnings()).isNotNull().doesNotContainNull();
    assertThat(result.proposedUnits()).isNotNull().doesNotContainNull();
    assertThat(result.warnings())
        .as("no parser stage failed on: %s", input)
        .noneMatch(w -> w.kind() == ImportWarning.Kind.PARSER_ERROR);
  }

  static String mangle(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int operations = 1 + random.nextInt(5);
    for (int op = 0; op < operations && !lines.isEmpty(); op++) {
      switch (random.nextInt(8)) {
        case 0 -> {
          for (int n = random.nextInt(20); n > 0 && !lines.isEmpty(); n--) {
            lines.remove(random.nextInt(lines.size()));
          }
        }
        case 1 -> {
          for (int n = random.nextInt(20); n > 0; n--) {
            lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
          }
        }
        case 2 -> Collections.shuffle(lines, random);
        case 3 -> {
          int from = random.nextInt(lines.size());
          int to = Math.min(lines.size(), from + random.nextInt(10));
          Collections.shuffle(lines.subList(from, to), random);
        }
        case 4 -> {
          for (int n = random.nextInt(50); n > 0; n--) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
            lines.set(at, line.substring(0, pos) + randomPiece(random) + line.substring(pos));
          }
        }
        case 5 -> {
          for (int n = random.nextInt(30); n > 0; n--) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            if (line.length() > 1) {
              int from = random.nextInt(line.length());
              int to = Math.min(line.length(), from + 1 + random.nextInt(20));
              lines.set(at, line.substring(0, from) + line.substring(to));
            }
          }
        }
        case 6 -> lines.replaceAll(l -> Normalizer.normalize(l, Normalizer.Form.NFD));
        default -> {
          String joined = String.join("\n", lines);
          int cut = random.nextInt(joined.length() + 1);
          lines = new ArrayList<>(Arrays.asList(joined.substring(0, cut).split("\n", -1)));
        }
      }
    }
    return String.join("\n", lines);
  }

  private static String randomPiece(Random random) {
    if (random.nextBoolean()) {
      return NOISE[random.nextInt(NOISE.length)];
    }
    int codePoint =
        switch (random.nextInt(4)) {
          case 0 -> 32 + random.nextInt(95);
          case 1 -> 0x00C0 + random.nextInt(0x1EFF - 0x00C0);
          case 2 -> random.nextInt(0x10FFFF);
          default -> 0x2070 + random.nextInt(0x30);
        };
    return new String(Character.toChars(codePoint));
  }
}
