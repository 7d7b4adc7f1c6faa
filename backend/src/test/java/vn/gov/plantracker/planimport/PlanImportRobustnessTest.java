package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/**
 * What an import refuses, and that a failed confirmation leaves nothing behind: no plan, no unit.
 */
@QuarkusTest
@DatabaseTest
class PlanImportRobustnessTest {

  private static final String DOTTED = ImportFixture.fresh().text();

  private static io.restassured.response.ValidatableResponse upload(String name, byte[] content) {
    return asAdmin()
        .header("Accept-Language", "en")
        .multiPart("file", name, content)
        .post("/api/v1/plan-imports/file")
        .then();
  }

  @Test
  void shouldReadADocxUpload() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : DOTTED.split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
      docx = out.toByteArray();
    }

    JsonPath draft = upload("ke-hoach.docx", docx).statusCode(201).extract().jsonPath();

    assertThat(draft.getString("plan.title"))
        .isEqualTo("Đào tạo nghề cho lao động nông thôn năm 2024");
    assertThat(draft.getString("plan.number")).isEqualTo("12");
    assertThat(draft.getString("plan.symbol")).isEqualTo("KH-UBND");
    assertThat(draft.getList("plan.tasks.items.flatten().text"))
        .contains("Mở lớp đào tạo nghề", "Tổng kết công tác đào tạo nghề");
    assertThat(draft.getList("units.name")).hasSize(1);
  }

  @Test
  void shouldReadPastedTextInDecomposedFormAsComposed() {
    String nfd = Normalizer.normalize(DOTTED, Normalizer.Form.NFD);
    JsonPath draft =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("text", nfd))
            .post("/api/v1/plan-imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(draft.getString("sourceName")).isNull();
    assertThat(draft.getString("plan.title"))
        .isEqualTo("Đào tạo nghề cho lao động nông thôn năm 2024");
    assertThat(draft.getString("sourceText")).isEqualTo(DOTTED.replace("\r\n", "\n"));
  }

  @Test
  void shouldRefuseWhatIsNotAPlanDocumentWithAClearMessage() {
    upload("rong.txt", new byte[0]).statusCode(422).body("detail", containsString("no text"));
    upload("cu.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString(".docx"));
    upload("ban-scan.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
        .statusCode(422)
        .body("detail", containsString("PDF"));
    upload("tcvn3.txt", new byte[] {'K', (byte) 0xB8, 'H', (byte) 0xFF})
        .statusCode(422)
        .body("detail", containsString("UTF-8"));
    upload("hong.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5})
        .statusCode(422)
        .body("detail", containsString("neither"));
    asAdmin()
        .header("Accept-Language", "vi")
        .contentType("application/json")
        .body(Map.of("text", "a".repeat(PlanImportDtos.MAX_TEXT_CHARS + 1)))
        .post("/api/v1/plan-imports")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    asAdmin()
        .contentType("application/json")
        .body("{\"text\": ")
        .post("/api/v1/plan-imports")
        .then()
        .statusCode(400);
  }

  @Test
  void shouldGiveADraftWithWarningsForTextThatIsNoPlan() {
    JsonPath draft =
        asAdmin()
            .header("Accept-Language", "en")
            .contentType("application/json")
            .body(Map.of("text", "Danh sách đi chợ:\n- rau\n- cá\n|||\n1.1.1.1.1"))
            .post("/api/v1/plan-imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(draft.getList("warnings.kind")).contains("MISSING_SECTION");
    assertThat(draft.getList("problems.field")).contains("title", "symbol", "issuer");
    assertThat(draft.getList("problems.message")).contains("title: required.");
  }

  /**
   * The largest text accepted as one line, as a copy from a PDF without line breaks gives: read in
   * linear time. The bound only keeps a regression from hanging the suite; the figures are in
   * bench/plan-import.sh.
   */
  @Test
  void shouldReadTheLargestTextOnOneLineWithoutHanging() {
    StringBuilder line = new StringBuilder("ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI Số: /KH-UBND ");
    while (line.length() < 499_900) {
      line.append("nâng cao chất lượng giáo dục nghề nghiệp, ngày 1 tháng lao động ");
    }
    String text = line.substring(0, 499_900) + " Ngọc Hồi, ngày 5 tháng 6 năm 2023";
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            asAdmin()
                .contentType("application/json")
                .body(Map.of("text", text))
                .post("/api/v1/plan-imports")
                .then()
                .statusCode(201));
  }

  @Test
  void shouldLeaveNoUnitBehindWhenConfirmationFails() {
    String number = String.valueOf(System.nanoTime() % 1_000_000_000L);
    JsonPath first = uploadDotted();
    long planId = confirm(correct(first, number, Map.of("kind", "OFFICE")));
    try {
      refuseTheSameNumberAgain(number);
    } finally {
      ImportFixture.remove(planId, first.getString("units[0].name"));
    }
  }

  private void refuseTheSameNumberAgain(String number) {

    JsonPath second = uploadDotted();
    String unique = "Phòng thử hoàn tác " + number;
    JsonPath corrected = correct(second, number, Map.of("kind", "OFFICE", "name", unique));
    long plansBefore = plans();
    asAdmin()
        .header("Accept-Language", "en")
        .contentType("application/json")
        .body(Map.of("version", corrected.getLong("version")))
        .post("/api/v1/plan-imports/{id}/confirm", corrected.getLong("id"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("already tracked"));

    assertThat(plans()).isEqualTo(plansBefore);
    List<String> found =
        asAdmin().queryParam("q", unique).get("/api/v1/units").then().extract().path("items.name");
    assertThat(found).isEmpty();
    assertThat(
            asAdmin()
                .get("/api/v1/plan-imports/{id}", corrected.getLong("id"))
                .then()
                .extract()
                .path("status")
                .toString())
        .isEqualTo("DRAFT");
  }

  @Test
  void shouldRefuseAStaleCorrectionAndAnUnknownChoice() {
    JsonPath draft = uploadDotted();
    long id = draft.getLong("id");
    Map<String, Object> body = new HashMap<>();
    body.put("plan", draft.getMap("plan"));
    body.put("units", List.of());
    body.put("version", draft.getLong("version") + 1);
    asAdmin()
        .contentType("application/json")
        .body(body)
        .put("/api/v1/plan-imports/{id}", id)
        .then()
        .statusCode(409);
    body.put("version", draft.getLong("version"));
    body.put("units", List.of(Map.of("key", "new-khong-co", "kind", "OFFICE")));
    asAdmin()
        .contentType("application/json")
        .body(body)
        .put("/api/v1/plan-imports/{id}", id)
        .then()
        .statusCode(422)
        .body("detail", containsString("new-khong-co"));
  }

  /**
   * Mangled plans through the whole API: each reading gives a draft, and each confirmation either
   * makes a plan or is refused with a problem, leaving the number of plans as it was.
   */
  @Test
  void shouldNeverFailOrHalfCreateAPlanForMangledDocuments() {
    String plan = SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt");
    java.util.Random random = new java.util.Random(20261128L);
    for (int run = 0; run < 25; run++) {
      String text = PlanParserFuzzTest.mangle(plan, random);
      var read =
          asAdmin()
              .contentType("application/json")
              .body(Map.of("text", text))
              .post("/api/v1/plan-imports")
              .then()
              .extract();
      if (text.isBlank()) {
        assertThat(read.statusCode()).as("run %d", run).isEqualTo(422);
        continue;
      }
      assertThat(read.statusCode()).as("run %d: %s", run, read.asString()).isEqualTo(201);
      long plansBefore = plans();
      var confirmed =
          asAdmin()
              .contentType("application/json")
              .body(Map.of("version", read.jsonPath().getLong("version")))
              .post("/api/v1/plan-imports/{id}/confirm", read.jsonPath().getLong("id"))
              .then()
              .extract();
      if (confirmed.statusCode() == 200) {
        ImportFixture.remove(confirmed.jsonPath().getLong("planId"));
      } else {
        assertThat(confirmed.statusCode())
            .as("run %d: %s", run, confirmed.asString())
            .isIn(409, 422);
        assertThat(confirmed.contentType()).startsWith("application/problem+json");
        assertThat(plans()).as("run %d", run).isEqualTo(plansBefore);
      }
    }
  }

  private static JsonPath uploadDotted() {
    return upload("ke-hoach-12.txt", ImportFixture.fresh().text().getBytes(StandardCharsets.UTF_8))
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** Numbers the draft, decides its unknown unit, and gives a lead and a time where it has none. */
  @SuppressWarnings("unchecked")
  private static JsonPath correct(JsonPath draft, String number, Map<String, Object> choice) {
    Map<String, Object> plan = new HashMap<>(draft.getMap("plan"));
    plan.put("number", number);
    for (Object group : (List<Object>) plan.get("tasks")) {
      for (Object item : (List<Object>) ((Map<String, Object>) group).get("items")) {
        for (Object entry : (List<Object>) ((Map<String, Object>) item).get("body")) {
          Map<String, Object> block =
              (Map<String, Object>) ((Map<String, Object>) entry).get("block");
          if (block == null) {
            continue;
          }
          block.putIfAbsent("timeframe", "ONGOING");
          if (block.get("timeframe") == null) {
            block.put("timeframe", "ONGOING");
          }
          if (block.get("lead") == null && ((List<Object>) block.get("implementing")).isEmpty()) {
            block.put("lead", plan.get("coordinator"));
          }
        }
      }
    }
    Map<String, Object> unitChoice = new HashMap<>(choice);
    unitChoice.put("key", draft.getString("units[0].key"));
    JsonPath corrected =
        asAdmin()
            .contentType("application/json")
            .body(
                Map.of(
                    "plan",
                    plan,
                    "units",
                    List.of(unitChoice),
                    "version",
                    draft.getLong("version")))
            .put("/api/v1/plan-imports/{id}", draft.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(corrected.getList("problems")).isEmpty();
    return corrected;
  }

  private static long confirm(JsonPath corrected) {
    return asAdmin()
        .contentType("application/json")
        .body(Map.of("version", corrected.getLong("version")))
        .post("/api/v1/plan-imports/{id}/confirm", corrected.getLong("id"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("planId");
  }

  private static long plans() {
    return asAdmin().get("/api/v1/plans").then().extract().jsonPath().getLong("totalItems");
  }
}
