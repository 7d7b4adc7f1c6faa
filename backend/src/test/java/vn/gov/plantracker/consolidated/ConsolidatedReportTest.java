package vn.gov.plantracker.consolidated;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;
import static vn.gov.plantracker.support.Reporting.openAdHoc;
import static vn.gov.plantracker.support.Reporting.reportOf;
import static vn.gov.plantracker.support.Reporting.send;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** From the unit reports to the signed Word and Excel files of the district's report. */
@QuarkusTest
@DatabaseTest
class ConsolidatedReportTest {

  private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  private RequestSpecification coordinator;

  @BeforeEach
  void signIn() {
    coordinator = Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
  }

  /** The unit reports its first task with these results and obstacles, and submits. */
  private static JsonPath submit(
      long periodId, long unitId, String results, List<Map<String, Object>> obstacles) {
    return submit(periodId, unitId, results, obstacles, List.of());
  }

  /** The unit reports its first task with these results, obstacles and figures, and submits. */
  private static JsonPath submit(
      long periodId,
      long unitId,
      String results,
      List<Map<String, Object>> obstacles,
      List<Map<String, Object>> figures) {
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unitId);
    long report = reportOf(periodId, unitId);
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    List<Map<String, Object>> entries = new ArrayList<>();
    List<Long> tasks = loaded.getList("entries.taskId", Long.class);
    for (int i = 0; i < tasks.size(); i++) {
      Map<String, Object> entry = new HashMap<>();
      entry.put("taskId", tasks.get(i));
      entry.put("progress", i == 0 ? "DONE" : "IN_PROGRESS");
      entry.put("results", i == 0 ? results : null);
      entry.put("obstacles", i == 0 ? obstacles : List.of());
      entry.put("figures", i == 0 ? figures : List.of());
      entries.add(entry);
    }
    JsonPath saved =
        send(
            officer,
            "PUT",
            "/api/v1/reports/" + report,
            Map.of("entries", entries, "version", loaded.getLong("version")),
            200);
    return send(
        officer,
        "POST",
        "/api/v1/reports/" + report + "/submit",
        Map.of("version", saved.getLong("version")),
        200);
  }

  private static byte[] download(long periodId, String format) {
    Response response =
        asAdmin().get("/api/v1/periods/{id}/consolidated-report/" + format, periodId);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Content-Disposition")).contains("." + format);
    return response.asByteArray();
  }

  private static Map<String, Object> edited(JsonPath report, Map<String, Object> changes) {
    Map<String, Object> body = new HashMap<>();
    for (String field :
        List.of(
            "title",
            "place",
            "symbol",
            "recipients",
            "onBehalfOf",
            "signingFor",
            "signerTitle",
            "signerName",
            "sections",
            "version")) {
      body.put(field, report.get(field));
    }
    body.putAll(changes);
    return body;
  }

  @Test
  void shouldCompileEditFinaliseAndExportInTheOfficialLayout() throws IOException {
    long periodId = openAdHoc(coordinator, "Tổng hợp", FAR);
    long boY = Seeded.unitId("UBND xã Pờ Y");
    JsonPath boYReport =
        submit(
            periodId,
            boY,
            "Tổ chức 3 buổi tuyên truyền cho 240 lượt người.",
            List.of(
                Map.of("description", "Thiếu kinh phí tuyên truyền", "proposal", "Huyện hỗ trợ")));
    send(
        coordinator,
        "POST",
        "/api/v1/reports/" + boYReport.getLong("id") + "/accept",
        Map.of("version", boYReport.getLong("version")),
        200);
    long students =
        asAdmin()
            .get("/api/v1/plans/{id}/indicators", Seeded.planId())
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    send(
        coordinator,
        "PUT",
        "/api/v1/indicators/%d/values/%d/2026".formatted(students, boY),
        Map.of("numerator", 40, "denominator", 100),
        200);
    submit(
        periodId,
        Seeded.unitId("UBND xã Đăk Ang"),
        "<p>Tuyên truyền qua <strong>loa phát thanh</strong>:</p>"
            + "<ul><li>12 buổi ở các thôn;</li><li>4 buổi ở trường THCS.</li></ul>",
        List.of(),
        List.of(
            Map.of("label", "Số lượt người được tuyên truyền", "value", 1250, "unit", "lượt"),
            Map.of("label", "Kinh phí", "value", 2.5, "unit", "triệu đồng")));
    String base = "/api/v1/periods/" + periodId + "/consolidated-report";

    asAdmin().get(base).then().statusCode(404);
    asAdmin()
        .accept(ExportFormat.DOCX.mediaType)
        .header("Accept-Language", "vi")
        .get(base + "/docx")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("báo cáo tổng hợp"));
    send(Accounts.sessionOf("UNIT_OFFICER", boY), "POST", base, null, 403);
    JsonPath compiled = send(coordinator, "POST", base, null, 200);
    assertThat(compiled.getString("status")).isEqualTo("DRAFT");
    assertThat(compiled.getString("symbol")).isEqualTo("BC-UBND");
    assertThat(compiled.getString("onBehalfOf")).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(compiled.getList("recipients", String.class))
        .contains("Thường trực Huyện ủy (b/c)")
        .last()
        .isEqualTo("Lưu: VT, LĐTBXH");
    List<String> headings = compiled.getList("sections.heading", String.class);
    assertThat(headings)
        .contains(
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
            "II. KHÓ KHĂN, VƯỚNG MẮC",
            "III. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO");
    String task1a =
        compiled.getString("sections.find { it.heading.startsWith('Nhiệm vụ 1.a:') }.body");
    assertThat(task1a)
        .contains("UBND xã Pờ Y (thực hiện): Tổ chức 3 buổi tuyên truyền cho 240 lượt người.")
        .contains(
            "UBND xã Đăk Ang (thực hiện):\n"
                + "+ Tuyên truyền qua loa phát thanh:\n"
                + "+ 12 buổi ở các thôn;\n"
                + "+ 4 buổi ở trường THCS.\n"
                + "+ Số liệu: Số lượt người được tuyên truyền: 1.250 lượt;"
                + " Kinh phí: 2,5 triệu đồng.")
        .contains("2 đơn vị đã báo cáo: 2 hoàn thành")
        .contains("Chưa báo cáo: ")
        .contains("UBND xã Sa Loong");
    assertThat(
            compiled.getString(
                "sections.find { it.heading == 'Kết quả thực hiện các chỉ tiêu' }.body"))
        .isEqualTo(
            "- Tỷ lệ học sinh tốt nghiệp trung học vào học giáo dục nghề nghiệp: năm 2026 đạt 40%"
                + " (số liệu của 1/8 địa bàn); chỉ tiêu đến năm 2030: 45-50%.\n"
                + "- Tỷ lệ lực lượng lao động được đào tạo, đào tạo lại kỹ năng nghề: năm 2026"
                + " chưa có số liệu (số liệu của 0/8 địa bàn); chỉ tiêu đến năm 2030: 50%.");
    assertThat(compiled.getString("sections.find { it.heading.startsWith('II.') }.body"))
        .contains(
            "UBND xã Pờ Y (nhiệm vụ 1.a): Thiếu kinh phí tuyên truyền. Đề xuất: Huyện hỗ trợ.")
        .contains("Tình trạng: chưa xử lý");
    assertThat(
            compiled.getBoolean("sections.find { it.heading.startsWith('III.') }.complianceTable"))
        .isTrue();

    List<Map<String, Object>> sections = new ArrayList<>(compiled.getList("sections"));
    sections.add(
        Map.of(
            "level",
            1,
            "heading",
            "V. NHIỆM VỤ TRỌNG TÂM NĂM TỚI",
            "body",
            "Tiếp tục tuyên truyền về giáo dục nghề nghiệp.",
            "complianceTable",
            false));
    JsonPath saved =
        send(
            coordinator,
            "PUT",
            base,
            edited(
                compiled,
                Map.of("place", "Ngọc Hồi", "signerName", "Nguyễn Văn A", "sections", sections)),
            200);
    assertThat(saved.getList("sections.heading")).last().isEqualTo("V. NHIỆM VỤ TRỌNG TÂM NĂM TỚI");
    send(coordinator, "PUT", base, edited(saved, Map.of("sections", List.of())), 422);

    try (XWPFDocument draft =
        new XWPFDocument(new ByteArrayInputStream(download(periodId, "docx")))) {
      assertThat(text(draft)).contains("DỰ THẢO").contains("Số: /BC-UBND");
    }

    JsonPath finalised =
        send(
            coordinator,
            "POST",
            base + "/finalise",
            Map.of("issuedOn", "2026-12-15", "version", saved.getLong("version")),
            200);
    assertThat(finalised.getString("status")).isEqualTo("FINAL");
    int number = finalised.getInt("number");
    String numberText = "Số: %02d/BC-UBND".formatted(number);
    assertThat(finalised.getString("numberText")).isEqualTo(numberText);
    send(coordinator, "PUT", base, edited(finalised, Map.of()), 409);
    send(coordinator, "POST", base, null, 409);

    byte[] issued = download(periodId, "docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(issued))) {
      CTSectPr page = doc.getDocument().getBody().getSectPr();
      assertThat(page.getPgSz().getW()).hasToString("11906");
      assertThat(page.getPgSz().getH()).hasToString("16838");
      assertThat(page.getPgMar().getLeft()).hasToString(String.valueOf(30 * 57));
      for (XWPFParagraph p : allParagraphs(doc)) {
        for (XWPFRun run : p.getRuns()) {
          assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman");
        }
      }
      XWPFTable header = doc.getTables().get(0);
      assertThat(header.getRow(0).getCell(0).getText())
          .contains("ỦY BAN NHÂN DÂN")
          .contains("HUYỆN NGỌC HỒI")
          .contains(numberText);
      assertThat(header.getRow(0).getCell(1).getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Ngọc Hồi, ngày 15 tháng 12 năm 2026");
      XWPFParagraph title =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("BÁO CÁO"))
              .findFirst()
              .orElseThrow();
      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(text(doc))
          .doesNotContain("DỰ THẢO")
          .contains("Tổ chức 3 buổi tuyên truyền cho 240 lượt người.")
          .contains("+ 4 buổi ở trường THCS.")
          .doesNotContain("<li>", "<strong>")
          .contains("Tiếp tục tuyên truyền về giáo dục nghề nghiệp.");
      XWPFTable compliance =
          doc.getTables().stream()
              .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
              .findFirst()
              .orElseThrow();
      Map<String, String> statusByUnit =
          compliance.getRows().stream()
              .skip(1)
              .collect(Collectors.toMap(r -> r.getCell(1).getText(), r -> r.getCell(2).getText()));
      assertThat(statusByUnit)
          .containsEntry("UBND xã Pờ Y", "Đã tiếp nhận")
          .containsEntry("UBND xã Đăk Ang", "Đã nộp")
          .containsEntry("UBND xã Sa Loong", "Chưa nộp");
      XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(footer.getRow(0).getCell(0).getText())
          .startsWith("Nơi nhận:")
          .contains("- Thường trực Huyện ủy (b/c);")
          .endsWith("- Lưu: VT, LĐTBXH.");
      assertThat(footer.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText))
          .filteredOn(line -> !line.isBlank())
          .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A");
    }

    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(download(periodId, "xlsx")))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
      Sheet summary = book.getSheet("Tổng hợp");
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Phải báo cáo");
      assertThat(summary.getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(finalised.getDouble("compliance.expected"));
      assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2);
      assertThat(column(book.getSheet("Đơn vị"), 1)).contains("UBND xã Pờ Y", "UBND xã Sa Loong");
      assertThat(column(book.getSheet("Nhiệm vụ"), 0)).contains("1.a");
      assertThat(column(book.getSheet("Khó khăn, vướng mắc"), 2))
          .containsExactly("Khó khăn, vướng mắc", "Thiếu kinh phí tuyên truyền");
      Sheet targets = book.getSheet("Chỉ tiêu");
      Row students2026 = null;
      for (Row row : targets) {
        if (row.getRowNum() > 0
            && row.getCell(0).getStringCellValue().startsWith("Tỷ lệ học sinh")
            && row.getCell(1).getNumericCellValue() == 2026) {
          students2026 = row;
        }
      }
      assertThat(students2026).as("the students' indicator in 2026").isNotNull();
      assertThat(students2026.getCell(4).getNumericCellValue()).isEqualTo(40);
      assertThat(students2026.getCell(5).getNumericCellValue()).isEqualTo(1);
      assertThat(students2026.getCell(6).getNumericCellValue()).isEqualTo(8);
      assertThat(students2026.getCell(9).getStringCellValue()).isEqualTo("45-50% (2030)");
      Sheet figures = book.getSheet("Số liệu");
      assertThat(column(figures, 2))
          .containsExactly("Số liệu", "Số lượt người được tuyên truyền", "Kinh phí");
      assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.a");
      assertThat(figures.getRow(1).getCell(1).getStringCellValue()).isEqualTo("UBND xã Đăk Ang");
      assertThat(figures.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1250);
      assertThat(figures.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2.5);
      assertThat(figures.getRow(2).getCell(4).getStringCellValue()).isEqualTo("triệu đồng");
    }

    // What was issued stays as issued when the reports move on.
    submit(periodId, Seeded.unitId("UBND xã Đăk Xú"), "Báo cáo nộp sau khi ban hành.", List.of());
    assertThat(download(periodId, "docx")).isEqualTo(issued);
  }

  @Test
  void shouldIssueBothFilesFromWhatWasCompiledAndRefuseWhenTheReportsMovedOn() throws IOException {
    long periodId = openAdHoc(coordinator, "Ban hành đúng số liệu đã tổng hợp", FAR);
    String base = "/api/v1/periods/" + periodId + "/consolidated-report";
    submit(periodId, Seeded.unitId("UBND xã Đăk Ang"), "Mở 3 lớp.", List.of(), classes(3));
    JsonPath compiled = send(coordinator, "POST", base, null, 200);

    // A report arriving after compiling: the body no longer says what the files would.
    submit(periodId, Seeded.unitId("UBND xã Đăk Xú"), "Mở 5 lớp.", List.of(), classes(5));
    JsonPath refused =
        send(
            coordinator,
            "POST",
            base + "/finalise",
            Map.of("issuedOn", "2026-12-15", "version", compiled.getLong("version")),
            409);
    assertThat(refused.getString("code")).isEqualTo("CONSOLIDATED_OUTDATED");
    JsonPath draft = as(coordinator).get(base).then().statusCode(200).extract().jsonPath();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("number")).isNull();
    assertThat(draft.getString("sections.body")).doesNotContain("Mở 5 lớp.");

    JsonPath recompiled = send(coordinator, "POST", base, null, 200);
    send(
        coordinator,
        "POST",
        base + "/finalise",
        Map.of("issuedOn", "2026-12-15", "version", recompiled.getLong("version")),
        200);

    Map<String, String> docxStatus;
    List<String> docxFigures = new ArrayList<>();
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(download(periodId, "docx")))) {
      XWPFTable compliance =
          doc.getTables().stream()
              .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
              .findFirst()
              .orElseThrow();
      docxStatus =
          compliance.getRows().stream()
              .skip(1)
              .collect(Collectors.toMap(r -> r.getCell(1).getText(), r -> r.getCell(2).getText()));
      Matcher figure = Pattern.compile("Số lớp: (\\d+) lớp").matcher(text(doc));
      while (figure.find()) {
        docxFigures.add(figure.group(1));
      }
    }
    Map<String, String> xlsxStatus = new HashMap<>();
    List<String> xlsxFigures = new ArrayList<>();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(download(periodId, "xlsx")))) {
      for (Row row : book.getSheet("Đơn vị")) {
        if (row.getRowNum() > 0) {
          xlsxStatus.put(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue());
        }
      }
      for (Row row : book.getSheet("Số liệu")) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("Số lớp")) {
          xlsxFigures.add(String.valueOf((long) row.getCell(3).getNumericCellValue()));
        }
      }
    }
    assertThat(docxStatus).containsEntry("UBND xã Đăk Xú", "Đã nộp").isEqualTo(xlsxStatus);
    assertThat(docxFigures).containsExactlyInAnyOrder("3", "5");
    assertThat(xlsxFigures).containsExactlyInAnyOrderElementsOf(docxFigures);
  }

  private static List<Map<String, Object>> classes(int count) {
    return List.of(Map.of("label", "Số lớp", "value", count, "unit", "lớp"));
  }

  @Test
  void shouldNumberPerIssuerAndYearStartingAgainEachJanuary() {
    List<Integer> numbers = new ArrayList<>();
    for (String issuedOn : List.of("2011-06-30", "2011-12-31", "2012-01-02")) {
      long periodId = openAdHoc(coordinator, "Đánh số " + issuedOn, FAR);
      String base = "/api/v1/periods/" + periodId + "/consolidated-report";
      JsonPath compiled = send(coordinator, "POST", base, null, 200);
      JsonPath finalised =
          send(
              coordinator,
              "POST",
              base + "/finalise",
              Map.of("issuedOn", issuedOn, "version", compiled.getLong("version")),
              200);
      numbers.add(finalised.getInt("number"));
      send(
          coordinator,
          "POST",
          base + "/finalise",
          Map.of("issuedOn", issuedOn, "version", finalised.getLong("version")),
          409);
    }
    assertThat(numbers).containsExactly(1, 2, 1);
  }

  private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
    List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
    doc.getTables()
        .forEach(
            t ->
                t.getRows()
                    .forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
    return all;
  }

  private static String text(XWPFDocument doc) {
    return allParagraphs(doc).stream()
        .map(XWPFParagraph::getText)
        .collect(Collectors.joining("\n"));
  }

  private static List<String> column(Sheet sheet, int column) {
    List<String> values = new ArrayList<>();
    for (Row row : sheet) {
      var cell = row.getCell(column);
      values.add(cell == null ? "" : cell.toString());
    }
    return values;
  }

  /** GET of the report and both its files by this caller, each answering the status. */
  private static void readsAll(RequestSpecification who, String base, int status) {
    for (String path : List.of(base, base + "/docx", base + "/xlsx")) {
      as(who).get(path).then().statusCode(status);
    }
  }

  @Test
  void shouldKeepTheDraftFromUnitOfficersAndShowTheIssuedReportToItsRecipients() {
    long boY = Seeded.unitId("UBND xã Pờ Y");
    long periodId = openAdHoc(coordinator, "Ai đọc báo cáo tổng hợp", FAR);
    submit(
        periodId, Seeded.unitId("UBND xã Đăk Ang"), "<p>Kết quả riêng của Đăk Ang</p>", List.of());
    String base = "/api/v1/periods/" + periodId + "/consolidated-report";
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", boY);
    RequestSpecification otherCoordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng GD&ĐT"));
    RequestSpecification recipient =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("Sở LĐTBXH tỉnh Kon Tum"));
    RequestSpecification leader = Accounts.sessionOf("LEADER");

    // Refused before it exists too, so a refusal tells nothing about it.
    readsAll(officer, base, 403);
    JsonPath compiled = send(coordinator, "POST", base, null, 200);
    readsAll(officer, base, 403);
    readsAll(otherCoordinator, base, 403);
    readsAll(recipient, base, 403);
    readsAll(leader, base, 200);
    readsAll(coordinator, base, 200);
    assertThat(
            as(officer)
                .get("/api/v1/periods/{id}", periodId)
                .then()
                .extract()
                .<Boolean>path("canReadConsolidatedReport"))
        .isFalse();
    assertThat(
            as(coordinator)
                .get("/api/v1/periods/{id}", periodId)
                .then()
                .extract()
                .<Boolean>path("canReadConsolidatedReport"))
        .isTrue();

    assertThat(compiled.getList("recipients", String.class))
        .contains("Sở Lao động - Thương binh và Xã hội");
    send(
        coordinator,
        "POST",
        base + "/finalise",
        Map.of("issuedOn", "2026-12-15", "version", compiled.getLong("version")),
        200);
    readsAll(recipient, base, 200);
    readsAll(officer, base, 403);
    readsAll(otherCoordinator, base, 403);
  }
}
