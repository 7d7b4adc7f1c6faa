package vn.gov.plantracker.common.file;

import java.text.Normalizer;

/** Names of uploaded files as they are kept: what a browser or client sent, made safe to show. */
public final class FileNames {

  private FileNames() {}

  /** The name without any folder or control characters, in NFC; empty when nothing is left. */
  public static String base(String sent) {
    String name = sent == null ? "" : sent.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
  }
}
