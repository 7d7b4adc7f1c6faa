package vn.gov.plantracker.consolidated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.plantracker.consolidated.Compilation.Contribution;
import vn.gov.plantracker.consolidated.Compilation.Figure;
import vn.gov.plantracker.consolidated.Compilation.ObstacleLine;
import vn.gov.plantracker.consolidated.Compilation.TargetLine;
import vn.gov.plantracker.consolidated.Compilation.TaskLine;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.reporting.Progress;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;
import vn.gov.plantracker.task.Role;

/** Writes the first draft of the body from a compilation, for the coordinator to edit. */
final class SectionDrafter {

  /** Beyond this many, units that have not reported are counted rather than named. */
  private static final int NAMED_MISSING = 30;

  private SectionDrafter() {}

  static List<ConsolidatedSection> draft(Compilation compilation) {
    List<ConsolidatedSection> sections = new ArrayList<>();
    Compliance all = compilation.compliance();
    sections.add(
        section(
            1,
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
            "Tổng hợp từ %d/%d báo cáo của các cơ quan, đơn vị, địa phương."
                .formatted(all.submitted() - all.returned(), all.expected())));
    if (!compilation.targets().isEmpty()) {
      sections.add(section(2, "Kết quả thực hiện các chỉ tiêu", targets(compilation.targets())));
    }
    for (TaskLine task : compilation.tasks()) {
      sections.add(section(2, "Nhiệm vụ " + task.code() + ": " + task.text(), taskBody(task)));
    }
    sections.add(section(1, "II. KHÓ KHĂN, VƯỚNG MẮC", obstacles(compilation.obstacles())));
    ConsolidatedSection compliance =
        section(1, "III. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO", complianceText(all));
    compliance.complianceTable = true;
    sections.add(compliance);
    sections.add(section(1, "IV. ĐỀ XUẤT, KIẾN NGHỊ", ""));
    return sections;
  }

  /** Each value says how many areas it rests on, so a partial figure never reads as the whole. */
  private static String targets(List<TargetLine> targets) {
    return targets.stream()
        .map(
            t -> {
              YearPoint y = t.year();
              String coverage = "số liệu của %d/%d địa bàn".formatted(y.reported(), y.expected());
              String reached =
                  y.value() == null
                      ? "năm %d chưa có số liệu (%s)".formatted(y.year(), coverage)
                      : "năm %d đạt %s%% (%s)"
                          .formatted(y.year(), Wording.number(y.value()), coverage);
              String path =
                  y.pathValue() == null
                      ? ""
                      : "; lộ trình năm %d: %s%%"
                          .formatted(y.year(), Wording.number(y.pathValue()));
              String status = y.status() == null ? "" : "; đánh giá: " + Wording.target(y.status());
              return "- %s: %s%s; chỉ tiêu đến năm %d: %s%s."
                  .formatted(t.name(), reached, path, t.targetYear(), t.range(), status);
            })
        .collect(Collectors.joining("\n"));
  }

  private static String taskBody(TaskLine task) {
    List<String> lines = new ArrayList<>();
    long reported = task.contributions().size();
    lines.add("- Tình hình thực hiện: %d đơn vị đã báo cáo%s.".formatted(reported, tally(task)));
    for (Contribution c : task.contributions()) {
      String who = c.role() == Role.LEAD ? "Đơn vị chủ trì " + c.unit() : c.unit();
      String role = c.role() == Role.LEAD ? "" : " (" + Wording.role(c.role()) + ")";
      List<String> results = c.results();
      if (results.isEmpty()) {
        lines.add("- " + who + role + ": " + Wording.progress(c.progress()));
      } else if (results.size() == 1) {
        lines.add("- " + who + role + ": " + results.get(0));
      } else {
        lines.add("- " + who + role + ":");
        results.forEach(paragraph -> lines.add("+ " + paragraph));
      }
      if (!c.figures().isEmpty()) {
        lines.add("+ Số liệu: " + figures(c.figures()) + ".");
      }
    }
    if (!task.notReported().isEmpty()) {
      lines.add("- Chưa báo cáo: " + names(task.notReported()) + ".");
    }
    return String.join("\n", lines);
  }

  private static String figures(List<Figure> figures) {
    return figures.stream()
        .map(
            f ->
                f.label()
                    + ": "
                    + Wording.number(f.value())
                    + (f.unit() == null ? "" : " " + f.unit()))
        .collect(Collectors.joining("; "));
  }

  private static String tally(TaskLine task) {
    Map<Progress, Long> progress = task.progress();
    if (progress.isEmpty()) {
      return "";
    }
    return progress.entrySet().stream()
        .map(e -> e.getValue() + " " + Wording.progress(e.getKey()))
        .collect(Collectors.joining(", ", ": ", ""));
  }

  private static String names(List<String> units) {
    if (units.size() <= NAMED_MISSING) {
      return String.join(", ", units);
    }
    return String.join(", ", units.subList(0, NAMED_MISSING))
        + " và %d đơn vị khác".formatted(units.size() - NAMED_MISSING);
  }

  private static String obstacles(List<ObstacleLine> obstacles) {
    if (obstacles.isEmpty()) {
      return "Không có khó khăn, vướng mắc nào chưa được giải quyết.";
    }
    return obstacles.stream()
        .map(
            o ->
                "- %s (nhiệm vụ %s): %s%s Tình trạng: %s%s."
                    .formatted(
                        o.unit(),
                        o.taskCode(),
                        sentence(o.description()),
                        o.proposal() == null ? "" : " Đề xuất: " + sentence(o.proposal()),
                        Wording.obstacle(o.status()),
                        o.response() == null ? "" : " (" + o.response() + ")"))
        .collect(Collectors.joining("\n"));
  }

  static String complianceText(Compliance c) {
    return ("Số cơ quan, đơn vị, địa phương phải báo cáo: %d; đã nộp: %d (đúng hạn: %d, muộn: %d);"
            + " chưa nộp: %d; trả lại để bổ sung: %d; đã tiếp nhận: %d.")
        .formatted(
            c.expected(),
            c.submitted(),
            c.onTime(),
            c.late(),
            c.missing(),
            c.returned(),
            c.accepted());
  }

  private static String sentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") ? stripped : stripped + ".";
  }

  private static ConsolidatedSection section(int level, String heading, String body) {
    ConsolidatedSection section = new ConsolidatedSection();
    section.level = level;
    section.heading = heading;
    section.body = body;
    return section;
  }
}
