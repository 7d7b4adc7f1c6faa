package vn.gov.plantracker.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.gov.plantracker.common.error.ApiException;

/**
 * The text of an uploaded plan: a .docx read with POI, or plain text in UTF-8 or UTF-16 (with its
 * byte-order mark). The kind is told by the content, not the name; anything else is refused with a
 * message that says what to send instead.
 */
final class UploadedText {

  private UploadedText() {}

  static String read(byte[] content) {
    if (content.length == 0) {
      throw ApiException.rule("rule.import.empty");
    }
    if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
      return docx(content);
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw ApiException.rule("rule.import.legacyWord");
    }
    if (startsWith(content, '%', 'P', 'D', 'F')) {
      throw ApiException.rule("rule.import.pdf");
    }
    String text = plain(content);
    if (text.indexOf('\0') >= 0) {
      throw ApiException.rule("rule.import.notText");
    }
    return text;
  }

  private static String docx(byte[] content) {
    try {
      return DocxText.read(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or foreign zip with a variety of runtime exceptions.
      throw ApiException.rule("rule.import.notText");
    }
  }

  private static String plain(byte[] content) {
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      return decode(content, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return decode(content, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(content, 0xFE, 0xFF)) {
      return decode(content, 2, StandardCharsets.UTF_16BE);
    }
    return decode(content, 0, StandardCharsets.UTF_8);
  }

  private static String decode(byte[] content, int skip, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, skip, content.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.rule("rule.import.encoding");
    }
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
