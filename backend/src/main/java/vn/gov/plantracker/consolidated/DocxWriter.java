package vn.gov.plantracker.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.consolidated.Compilation.UnitLine;
import vn.gov.plantracker.unit.Unit;

/**
 * The consolidated report as a Word file in the layout of Decree 30/2020 (Appendix I): A4, Times
 * New Roman, the issuer and the national motto side by side, number and symbol, place and date,
 * title, body, "Nơi nhận" beside the signature.
 */
final class DocxWriter {

  static final String FONT = "Times New Roman";

  /** A4 in twentieths of a point. */
  static final int A4_WIDTH = 11906;

  static final int A4_HEIGHT = 16838;

  /**
   * A millimetre in twentieths of a point; the decree's margins are 20 mm top and bottom, 30 left,
   * 15 right.
   */
  private static final int MM = 57;

  private final XWPFDocument doc = new XWPFDocument();

  private DocxWriter() {}

  static byte[] write(ConsolidatedReport report, List<UnitLine> units) {
    DocxWriter writer = new DocxWriter();
    writer.page();
    if (report.status == ConsolidatedStatus.DRAFT) {
      XWPFParagraph draft = writer.doc.createParagraph();
      draft.setAlignment(ParagraphAlignment.RIGHT);
      run(draft, "DỰ THẢO", 12, true);
    }
    writer.header(report);
    writer.title(report);
    writer.body(report, units);
    writer.footer(report);
    return writer.bytes();
  }

  private void page() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(20 * MM));
    margins.setBottom(BigInteger.valueOf(20 * MM));
    margins.setLeft(BigInteger.valueOf(30 * MM));
    margins.setRight(BigInteger.valueOf(15 * MM));
  }

  /** Issuer and number on the left, the national motto and place and date on the right. */
  private void header(ConsolidatedReport report) {
    XWPFTable table = borderless(2, 1);
    XWPFTableCell left = cell(table, 0, 0, "38%");
    XWPFTableCell right = cell(table, 0, 1, "62%");
    List<IssuerLine> issuer = issuerLines(report.issuer);
    XWPFParagraph first = left.getParagraphs().get(0);
    for (int i = 0; i < issuer.size(); i++) {
      XWPFParagraph paragraph = i == 0 ? first : left.addParagraph();
      centred(paragraph);
      IssuerLine line = issuer.get(i);
      XWPFRun run = run(paragraph, line.text(), 13, line.bold());
      if (i == issuer.size() - 1) {
        run.setUnderline(UnderlinePatterns.SINGLE);
      }
    }
    XWPFParagraph number = left.addParagraph();
    centred(number);
    number.setSpacingBefore(120);
    run(number, Wording.number(report.number, report.symbol), 13, false);

    XWPFParagraph motto = right.getParagraphs().get(0);
    centred(motto);
    run(motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true);
    XWPFParagraph freedom = right.addParagraph();
    centred(freedom);
    run(freedom, "Độc lập - Tự do - Hạnh phúc", 14, true).setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph date = right.addParagraph();
    centred(date);
    date.setSpacingBefore(120);
    run(date, Wording.placeAndDate(report.place, report.issuedOn), 14, false).setItalic(true);
  }

  /**
   * A People's Committee is named on two bold lines; any other body under its parent, the parent in
   * plain capitals above.
   */
  static List<IssuerLine> issuerLines(Unit issuer) {
    String name = Wording.upper(issuer.name);
    String committee = "ỦY BAN NHÂN DÂN";
    if (name.startsWith(committee + " ")) {
      return List.of(
          new IssuerLine(committee, true),
          new IssuerLine(name.substring(committee.length() + 1), true));
    }
    if (issuer.parent != null) {
      return List.of(
          new IssuerLine(Wording.upper(issuer.parent.name), false), new IssuerLine(name, true));
    }
    return List.of(new IssuerLine(name, true));
  }

  /** A line of the issuer's name in the header. */
  record IssuerLine(String text, boolean bold) {}

  private void title(ConsolidatedReport report) {
    XWPFParagraph kind = doc.createParagraph();
    centred(kind);
    kind.setSpacingBefore(360);
    run(kind, "BÁO CÁO", 14, true);
    XWPFParagraph title = doc.createParagraph();
    centred(title);
    title.setSpacingAfter(240);
    run(title, report.title, 14, true);
  }

  private void body(ConsolidatedReport report, List<UnitLine> units) {
    for (ConsolidatedSection section : report.sections) {
      XWPFParagraph heading = paragraph();
      run(heading, section.heading, 14, true);
      if (section.body != null && !section.body.isBlank()) {
        for (String line : section.body.split("\n")) {
          run(paragraph(), line.strip(), 14, false);
        }
      }
      if (section.complianceTable) {
        complianceTable(units);
      }
    }
  }

  private void complianceTable(List<UnitLine> units) {
    String[] headings = {"STT", "Cơ quan, đơn vị", "Tình trạng", "Ngày nộp", "Thời hạn"};
    String[] widths = {"8%", "40%", "22%", "15%", "15%"};
    XWPFTable table = doc.createTable(units.size() + 1, headings.length);
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    // Rows by list: XWPFTable.getRow(i) counts the rows on every call.
    List<XWPFTableRow> rows = table.getRows();
    for (int c = 0; c < headings.length; c++) {
      XWPFTableCell cell = rows.get(0).getCell(c);
      cell.setWidth(widths[c]);
      cell.setWidthType(TableWidthType.PCT);
      centred(cell.getParagraphs().get(0));
      run(cell.getParagraphs().get(0), headings[c], 12, true);
    }
    for (int r = 0; r < units.size(); r++) {
      UnitLine unit = units.get(r);
      String submitted =
          unit.submittedAt() == null
              ? ""
              : LocalDate.ofInstant(unit.submittedAt(), VietnamTime.ZONE).format(VietnamTime.DAY);
      String timing = unit.submittedAt() == null ? "" : unit.late() ? "Muộn" : "Đúng hạn";
      String[] values = {
        String.valueOf(r + 1), unit.unit(), Wording.report(unit.status()), submitted, timing
      };
      XWPFTableRow row = rows.get(r + 1);
      for (int c = 0; c < values.length; c++) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        if (c != 1) {
          centred(p);
        }
        run(p, values[c], 12, false);
      }
    }
    doc.createParagraph();
  }

  /** "Nơi nhận" on the left, the signature block on the right. */
  private void footer(ConsolidatedReport report) {
    XWPFTable table = borderless(2, 1);
    XWPFTableCell left = cell(table, 0, 0, "45%");
    XWPFTableCell right = cell(table, 0, 1, "55%");
    XWPFRun to = run(left.getParagraphs().get(0), "Nơi nhận:", 12, true);
    to.setItalic(true);
    List<String> recipients =
        report.recipients == null || report.recipients.isBlank()
            ? List.of()
            : List.of(report.recipients.split("\n"));
    for (int i = 0; i < recipients.size(); i++) {
      String line = recipients.get(i).strip().replaceAll("[;.]+$", "");
      String end = i == recipients.size() - 1 ? "." : ";";
      run(left.addParagraph(), "- " + line + end, 11, false);
    }
    XWPFParagraph first = right.getParagraphs().get(0);
    boolean firstUsed = false;
    for (String line : new String[] {report.onBehalfOf, report.signingFor, report.signerTitle}) {
      if (line == null || line.isBlank()) {
        continue;
      }
      XWPFParagraph p = firstUsed ? right.addParagraph() : first;
      firstUsed = true;
      centred(p);
      run(p, Wording.upper(line), 14, true);
    }
    for (int i = 0; i < 4; i++) {
      right.addParagraph();
    }
    XWPFParagraph name = right.addParagraph();
    centred(name);
    run(name, report.signerName == null ? "" : report.signerName, 14, true);
  }

  private XWPFTable borderless(int columns, int rows) {
    XWPFTable table = doc.createTable(rows, columns);
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    return table;
  }

  private static XWPFTableCell cell(XWPFTable table, int row, int column, String width) {
    XWPFTableCell cell = table.getRow(row).getCell(column);
    cell.setWidth(width);
    cell.setWidthType(TableWidthType.PCT);
    return cell;
  }

  /** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
  private XWPFParagraph paragraph() {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(10 * MM);
    p.setSpacingAfter(120);
    return p;
  }

  private static void centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setText(text);
    return run;
  }

  private byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
