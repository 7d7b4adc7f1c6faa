package vn.gov.plantracker.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/** The kinds of evidence accepted, told apart by their content rather than their names. */
enum EvidenceType {
  PDF("application/pdf", Set.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
  JPEG("image/jpeg", Set.of("jpg", "jpeg")),
  PNG("image/png", Set.of("png"));

  /** Entries read from an OOXML package before giving up: its parts are listed first. */
  private static final int ZIP_ENTRIES_READ = 200;

  final String mediaType;
  final Set<String> extensions;

  EvidenceType(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  boolean fits(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0
        && extensions.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** What the file is, from its first bytes and, for Office files, the parts inside the package. */
  static Optional<EvidenceType> of(Path file) throws IOException {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    return switch (magic) {
      case PDF -> Optional.of(PDF);
      case JPEG -> Optional.of(JPEG);
      case PNG -> Optional.of(PNG);
      case OOXML -> office(file);
      default -> Optional.empty();
    };
  }

  private static Optional<EvidenceType> office(Path file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      int read = 0;
      while ((entry = zip.getNextEntry()) != null && read++ < ZIP_ENTRIES_READ) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (entry.getName().equals("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    } catch (java.util.zip.ZipException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
