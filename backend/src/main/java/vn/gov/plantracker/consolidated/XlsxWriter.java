package vn.gov.plantracker.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.consolidated.Compilation.Contribution;
import vn.gov.plantracker.consolidated.Compilation.Figure;
import vn.gov.plantracker.consolidated.Compilation.ObstacleLine;
import vn.gov.plantracker.consolidated.Compilation.TargetLine;
import vn.gov.plantracker.consolidated.Compilation.TaskLine;
import vn.gov.plantracker.consolidated.Compilation.UnitLine;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.reporting.Progress;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;

/** Every figure behind the consolidated report as a workbook: one sheet per table. */
final class XlsxWriter {

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle dateTime;

  private XlsxWriter() {
    Font font = book.createFont();
    font.setBold(true);
    font.setFontName(DocxWriter.FONT);
    bold = book.createCellStyle();
    bold.setFont(font);
    dateTime = book.createCellStyle();
    dateTime.setDataFormat(
        book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
  }

  static byte[] write(Compilation compilation) {
    XlsxWriter writer = new XlsxWriter();
    writer.summary(compilation.compliance());
    writer.units(compilation.units());
    writer.tasks(compilation.tasks());
    writer.targets(compilation.targets());
    writer.figures(compilation.tasks());
    writer.obstacles(compilation.obstacles());
    return writer.bytes();
  }

  private void summary(Compliance c) {
    Sheet sheet = sheet("Tổng hợp", new int[] {40, 14}, "Chỉ số", "Số lượng");
    Object[][] rows = {
      {"Phải báo cáo", c.expected()},
      {"Đã nộp", c.submitted()},
      {"Đúng hạn", c.onTime()},
      {"Muộn", c.late()},
      {"Chưa nộp", c.missing()},
      {"Trả lại để bổ sung", c.returned()},
      {"Đã tiếp nhận", c.accepted()}
    };
    for (Object[] values : rows) {
      append(sheet, values);
    }
  }

  private void units(List<UnitLine> units) {
    Sheet sheet =
        sheet(
            "Đơn vị",
            new int[] {6, 40, 20, 18, 12, 18},
            "STT",
            "Cơ quan, đơn vị",
            "Tình trạng",
            "Nộp lúc",
            "Thời hạn",
            "Tiếp nhận lúc");
    int n = 1;
    for (UnitLine unit : units) {
      append(
          sheet,
          n++,
          unit.unit(),
          Wording.report(unit.status()),
          local(unit.submittedAt()),
          unit.submittedAt() == null ? "" : unit.late() ? "Muộn" : "Đúng hạn",
          local(unit.acceptedAt()));
    }
  }

  private void tasks(List<TaskLine> tasks) {
    Progress[] progress = Progress.values();
    String[] headings = new String[8 + progress.length];
    String[] fixed = {
      "Mã", "Nhiệm vụ", "Phải báo cáo", "Đã nộp", "Đúng hạn", "Muộn", "Chưa nộp", "Đã tiếp nhận"
    };
    System.arraycopy(fixed, 0, headings, 0, fixed.length);
    int[] widths = new int[headings.length];
    java.util.Arrays.fill(widths, 14);
    widths[1] = 60;
    for (int i = 0; i < progress.length; i++) {
      headings[8 + i] = "Số đơn vị " + Wording.progress(progress[i]);
    }
    Sheet sheet = sheet("Nhiệm vụ", widths, headings);
    for (TaskLine task : tasks) {
      Compliance c = task.compliance();
      Object[] values = new Object[headings.length];
      Object[] head = {
        task.code(),
        task.text(),
        c.expected(),
        c.submitted(),
        c.onTime(),
        c.late(),
        c.missing(),
        c.accepted()
      };
      System.arraycopy(head, 0, values, 0, head.length);
      for (int i = 0; i < progress.length; i++) {
        values[8 + i] = task.progress().getOrDefault(progress[i], 0L);
      }
      append(sheet, values);
    }
  }

  /** Each indicator year by year up to the period's year, rolled up for the issuer's area. */
  private void targets(List<TargetLine> targets) {
    Sheet sheet =
        sheet(
            "Chỉ tiêu",
            new int[] {50, 8, 12, 12, 12, 12, 12, 14, 28, 14},
            "Chỉ tiêu",
            "Năm",
            "Tử số",
            "Mẫu số",
            "Giá trị (%)",
            "Địa bàn đã báo cáo",
            "Địa bàn phải báo cáo",
            "Lộ trình (%)",
            "Đánh giá",
            "Mục tiêu");
    for (TargetLine t : targets) {
      for (YearPoint y : t.series()) {
        append(
            sheet,
            t.name(),
            y.year(),
            y.numerator(),
            y.denominator(),
            y.value(),
            y.reported(),
            y.expected(),
            y.pathValue(),
            y.status() == null ? null : Wording.target(y.status()),
            t.range() + " (" + t.targetYear() + ")");
      }
    }
  }

  /** Each figure a unit gave, beside its task, as a number the reader can add up. */
  private void figures(List<TaskLine> tasks) {
    Sheet sheet =
        sheet(
            "Số liệu",
            new int[] {10, 24, 50, 16, 16},
            "Nhiệm vụ",
            "Đơn vị",
            "Số liệu",
            "Giá trị",
            "Đơn vị tính");
    for (TaskLine task : tasks) {
      for (Contribution c : task.contributions()) {
        for (Figure f : c.figures()) {
          append(sheet, task.code(), c.unit(), f.label(), f.value(), f.unit());
        }
      }
    }
  }

  private void obstacles(List<ObstacleLine> obstacles) {
    Sheet sheet =
        sheet(
            "Khó khăn, vướng mắc",
            new int[] {24, 10, 50, 40, 20, 24, 40},
            "Đơn vị nêu",
            "Nhiệm vụ",
            "Khó khăn, vướng mắc",
            "Đề xuất",
            "Tình trạng",
            "Đơn vị xử lý",
            "Trả lời");
    for (ObstacleLine o : obstacles) {
      append(
          sheet,
          o.unit(),
          o.taskCode(),
          o.description(),
          o.proposal(),
          Wording.obstacle(o.status()),
          o.owner(),
          o.response());
    }
  }

  private Sheet sheet(String name, int[] widths, String... headings) {
    Sheet sheet = book.createSheet(name);
    Row row = sheet.createRow(0);
    for (int c = 0; c < headings.length; c++) {
      row.createCell(c).setCellValue(headings[c]);
      row.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private void append(Sheet sheet, Object... values) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      var cell = row.createCell(c);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDateTime time) {
        cell.setCellValue(time);
        cell.setCellStyle(dateTime);
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
    }
  }

  private static LocalDateTime local(java.time.Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
  }

  private byte[] bytes() {
    try (book;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
