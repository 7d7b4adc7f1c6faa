package vn.gov.plantracker.consolidated;

/** The files a consolidated report is exported as. */
public enum ExportFormat {
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  public final String mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String extension() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
