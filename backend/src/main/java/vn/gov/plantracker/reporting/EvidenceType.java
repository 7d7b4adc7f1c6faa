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

  /** An OOXML package with more parts than this, or more unpacked bytes, is not accepted. */
  private static final int ZIP_ENTRIES_READ = 2_000;

  private static final long ZIP_BYTES_READ = 200L * 1024 * 1024;

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

  /**
   * A Word or Excel package whose every part unpacks with the right checksum: a damaged file is
   * refused now rather than found unreadable by whoever opens it later.
   */
  private static Optional<EvidenceType> office(Path file) throws IOException {
    Optional<EvidenceType> type = Optional.empty();
    byte[] buffer = new byte[64 * 1024];
    long unpacked = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > ZIP_ENTRIES_READ) {
          return Optional.empty();
        }
        if (entry.getName().equals("word/document.xml")) {
          type = Optional.of(DOCX);
        } else if (entry.getName().equals("xl/workbook.xml")) {
          type = Optional.of(XLSX);
        }
        for (int n; (n = zip.read(buffer)) > 0; ) {
          unpacked += n;
          if (unpacked > ZIP_BYTES_READ) {
            return Optional.empty();
          }
        }
      }
    } catch (IOException damaged) {
      return Optional.empty();
    }
    return entries == 0 ? Optional.empty() : type;
  }
}
