package vn.gov.plantracker.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * The text of a .docx as the parser reads it: one line per paragraph, tables as "|"-separated rows,
 * footnote references as superscript marks and the footnotes as "¹ …" lines at the end.
 */
public final class DocxText {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private DocxText() {}

  /** Reads the document; an unreadable file is an {@link IOException}. */
  public static String read(InputStream docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(docx)) {
      List<String> lines = new ArrayList<>();
      List<String> footnotes = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          lines.add(text(paragraph, document, footnotes));
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder("|");
            for (XWPFTableCell cell : row.getTableCells()) {
              List<String> texts = new ArrayList<>();
              for (XWPFParagraph paragraph : cell.getParagraphs()) {
                texts.add(text(paragraph, document, footnotes));
              }
              line.append(' ')
                  .append(String.join(" ", texts).replace('|', '/').strip())
                  .append(" |");
            }
            lines.add(line.toString());
          }
        }
      }
      lines.addAll(footnotes);
      return String.join("\n", lines);
    } catch (RuntimeException e) {
      throw new IOException("Not a readable .docx file", e);
    }
  }

  private static String text(XWPFParagraph paragraph, XWPFDocument doc, List<String> footnotes) {
    StringBuilder out = new StringBuilder();
    for (XWPFRun run : paragraph.getRuns()) {
      for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
        int id = ref.getId().intValue();
        out.append(superscript(id));
        XWPFAbstractFootnoteEndnote note = doc.getFootnoteByID(id);
        if (note != null) {
          StringBuilder noteText = new StringBuilder();
          for (XWPFParagraph p : note.getParagraphs()) {
            noteText.append(p.getText().strip()).append(' ');
          }
          footnotes.add(superscript(id) + " " + noteText.toString().strip());
        }
      }
      String text = run.text();
      if (text != null && !text.startsWith("[footnoteRef")) {
        out.append(text);
      }
    }
    return out.toString();
  }

  private static String superscript(int number) {
    StringBuilder out = new StringBuilder();
    for (char c : String.valueOf(Math.abs(number)).toCharArray()) {
      out.append(SUPERSCRIPTS.charAt(c - '0'));
    }
    return out.toString();
  }
}
