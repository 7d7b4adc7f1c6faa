package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A .docx built in memory reads back as the lines, table rows and footnotes the parser expects. */
class DocxTextTest {

  @Test
  void shouldReadParagraphsTablesAndFootnotes() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable header = document.createTable(1, 2);
      header.getRow(0).getCell(0).setText("Số: 12/KH-UBND");
      header.getRow(0).getCell(1).setText("Ngọc Hồi, ngày 05 tháng 3 năm 2024");
      document.createParagraph().createRun().setText("KẾ HOẠCH");
      XWPFParagraph action = document.createParagraph();
      action.createRun().setText("- Thu thập thông tin thị trường lao động");
      XWPFFootnote footnote = document.createFootnote();
      footnote
          .createParagraph()
          .createRun()
          .setText("Theo Kế hoạch số 2259/KH-UBND ngày 05/8/2022.");
      action.addFootnoteReference(footnote);
      action.createRun().setText(".");
      document.write(out);
      docx = out.toByteArray();
    }

    String text = DocxText.read(new ByteArrayInputStream(docx));

    assertThat(text.lines())
        .containsSubsequence(
            "| Số: 12/KH-UBND | Ngọc Hồi, ngày 05 tháng 3 năm 2024 |",
            "KẾ HOẠCH",
            "- Thu thập thông tin thị trường lao động" + mark(footnote(text)) + ".");
    assertThat(text.lines().filter(l -> l.contains("2259/KH-UBND"))).hasSize(1);
  }

  @Test
  void shouldParseWhatItReads() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt").split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
      docx = out.toByteArray();
    }

    ImportResult result = SeedFixture.parser().parse(DocxText.read(new ByteArrayInputStream(docx)));

    assertThat(result.plan().tasks()).hasSize(3);
    assertThat(result.plan().references()).hasSize(9);
  }

  @Test
  void shouldRefuseAFileThatIsNotADocx() {
    assertThatThrownBy(() -> DocxText.read(new ByteArrayInputStream("not a docx".getBytes())))
        .isInstanceOf(IOException.class);
  }

  private static String footnote(String text) {
    return text.lines().filter(l -> l.contains("2259/KH-UBND")).findFirst().orElseThrow();
  }

  private static String mark(String footnoteLine) {
    return footnoteLine.substring(0, footnoteLine.indexOf(' '));
  }
}
