package vn.gov.plantracker.common.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Rich text that users write (a report's results): kept to a few formatting tags so it is safe to
 * show to anyone, and read back as plain lines for documents.
 */
public final class RichText {

  private static final Safelist ALLOWED =
      new Safelist()
          .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a")
          .addAttributes("a", "href")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  private RichText() {}

  /**
   * The HTML with everything outside the allowed tags removed; null when no text is left. Text
   * without any tag is taken as plain text, a paragraph per line.
   */
  public static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    Document parsed = Jsoup.parseBodyFragment(html);
    if (parsed.body().children().isEmpty()) {
      parsed = Jsoup.parseBodyFragment(paragraphs(html));
    }
    Document clean = new Cleaner(ALLOWED).clean(parsed);
    clean.outputSettings(COMPACT);
    if (clean.body().text().isBlank()) {
      return null;
    }
    return clean.body().html();
  }

  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    text.lines()
        .filter(line -> !line.isBlank())
        .forEach(line -> html.append("<p>").append(Entities.escape(line.strip())).append("</p>"));
    return html.toString();
  }

  /** The text of each paragraph and list item, in order, without markup. */
  public static List<String> blocks(String html) {
    List<String> blocks = new ArrayList<>();
    if (html == null) {
      return blocks;
    }
    StringBuilder current = new StringBuilder();
    collect(Jsoup.parseBodyFragment(html).body(), current, blocks);
    flush(current, blocks);
    return blocks;
  }

  private static void collect(Node node, StringBuilder current, List<String> blocks) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        current.append(text.text());
      } else if (child instanceof Element element) {
        boolean block = element.isBlock() || element.nameIs("li");
        if (block) {
          flush(current, blocks);
        }
        if (element.nameIs("br")) {
          current.append(' ');
        }
        collect(element, current, blocks);
        if (block) {
          flush(current, blocks);
        }
      }
    }
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    String text = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!text.isEmpty()) {
      blocks.add(text);
    }
    current.setLength(0);
  }
}
