package vn.gov.plantracker.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Reporting;
import vn.gov.plantracker.support.Seeded;

/** Evidence files: checked by content, kept with their checksum, only for the unit to change. */
@QuarkusTest
@DatabaseTest
class EvidenceTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  private record Setup(RequestSpecification officer, long report, long task) {}

  private static Setup report(String unitShortName) {
    long periodId = Reporting.openAdHoc(asAdmin(), "Minh chứng", LocalDate.of(2099, 12, 31));
    long unit = Seeded.unitId(unitShortName);
    long report = Reporting.reportOf(periodId, unit);
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unit);
    long task =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("entries[0].taskId");
    return new Setup(officer, report, task);
  }

  /** Posts the file as a browser does: multipart, the file name in UTF-8. */
  private static Response upload(Setup s, String name, byte[] content) {
    String boundary = "----minhchung" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return as(s.officer())
        .contentType("multipart/form-data; boundary=" + boundary)
        .body(body.toByteArray())
        .post("/api/v1/reports/{id}/entries/{task}/evidence", s.report(), s.task());
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Biên bản nghiệm thu lớp đào tạo nghề");
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void shouldKeepAFileByItsContentWithItsChecksum() throws Exception {
    Setup s = report("UBND xã Pờ Y");
    byte[] content = docx();
    JsonPath attached =
        upload(s, "Biên bản nghiệm thu.docx", content).then().statusCode(200).extract().jsonPath();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertThat(attached.getString("sha256")).isEqualTo(sha);
    assertThat(attached.getString("fileName")).isEqualTo("Biên bản nghiệm thu.docx");
    assertThat(attached.getString("mediaType"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(attached.getLong("size")).isEqualTo(content.length);
    long id = attached.getLong("id");

    as(s.officer())
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .body("entries[0].evidence[0].id", equalTo((int) id));
    Response file = asAdmin().get("/api/v1/reports/{id}/evidence/{evidence}", s.report(), id);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.contentType()).startsWith(attached.getString("mediaType"));
    assertThat(file.header("Content-Disposition")).contains("filename*=UTF-8''Bi%C3%AAn");
    assertThat(file.asByteArray()).isEqualTo(content);
    as(Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Đăk Ang")))
        .get("/api/v1/reports/{id}/evidence/{evidence}", s.report(), id)
        .then()
        .statusCode(403);

    JsonPath png =
        upload(s, "../../anh hien truong.PNG", PNG).then().statusCode(200).extract().jsonPath();
    assertThat(png.getString("fileName")).isEqualTo("anh hien truong.PNG");
    assertThat(png.getString("mediaType")).isEqualTo("image/png");
    as(s.officer())
        .delete("/api/v1/reports/{id}/evidence/{evidence}", s.report(), png.getLong("id"))
        .then()
        .statusCode(204);

    long version =
        as(s.officer())
            .get("/api/v1/reports/{id}", s.report())
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    as(s.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("version", version))
        .post("/api/v1/reports/{id}/submit", s.report())
        .then()
        .statusCode(200);
    upload(s, "them.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).then().statusCode(409);
    as(s.officer())
        .delete("/api/v1/reports/{id}/evidence/{evidence}", s.report(), id)
        .then()
        .statusCode(409);
    asAdmin()
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .body("entries[0].evidence.fileName", equalTo(List.of("Biên bản nghiệm thu.docx")));
  }

  @Test
  void shouldRefuseFilesWhoseContentIsNotAnAcceptedType() throws IOException {
    Setup s = report("UBND xã Đăk Dục");
    upload(s, "bao-cao.pdf", "MZ this is a program".getBytes(StandardCharsets.US_ASCII))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("RULE_VIOLATED"));
    upload(s, "anh.pdf", PNG)
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("PNG"));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    upload(s, "khong-phai-word.docx", zip.toByteArray()).then().statusCode(422);
    upload(s, "rong.pdf", new byte[0]).then().statusCode(422);
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
    upload(s, "lon.pdf", large)
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("10 MB"));
    given()
        .multiPart("file", "an-danh.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
        .post("/api/v1/reports/{id}/entries/{task}/evidence", s.report(), s.task())
        .then()
        .statusCode(401);
    asAdmin()
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .body("entries[0].evidence", org.hamcrest.Matchers.empty());
  }

  @Test
  void shouldRefuseADamagedWordFileWith422AndKeepNothing() throws IOException {
    Setup s = report("UBND xã Đăk Nông");
    byte[] whole = docx();
    for (byte[] damaged :
        List.of(
            Arrays.copyOf(whole, whole.length / 2),
            corruptedAfterHeader(whole),
            Arrays.copyOf(whole, 40))) {
      upload(s, "hong.docx", damaged)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("code", equalTo("RULE_VIOLATED"));
    }
    as(s.officer())
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .body("entries[0].evidence", org.hamcrest.Matchers.empty());
  }

  @Test
  void shouldGiveTheReportANewVersionAndAHistoryLineForEveryFileAddedOrRemoved() {
    Setup s = report("UBND xã Đăk Kan");
    long before = version(s);
    long id =
        upload(s, "anh-lop-hoc.png", PNG).then().statusCode(200).extract().jsonPath().getLong("id");
    long afterUpload = version(s);
    assertThat(afterUpload).isGreaterThan(before);
    // Someone who read the report before the file came cannot submit what they did not see.
    as(s.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("version", before))
        .post("/api/v1/reports/{id}/submit", s.report())
        .then()
        .statusCode(409)
        .body("code", equalTo("STALE_VERSION"))
        .body("currentVersion", equalTo((int) afterUpload));

    as(s.officer())
        .delete("/api/v1/reports/{id}/evidence/{evidence}", s.report(), id)
        .then()
        .statusCode(204);
    assertThat(version(s)).isGreaterThan(afterUpload);

    List<Map<String, Object>> changes =
        asAdmin()
            .get("/api/v1/reports/{id}/history", s.report())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.changes.flatten()");
    String field = "entries\\[.+]\\.evidence\\[" + id + "]\\.fileName";
    assertThat(changes)
        .anySatisfy(
            c -> {
              assertThat((String) c.get("field")).matches(field);
              assertThat(c.get("after")).isEqualTo("anh-lop-hoc.png");
            })
        .anySatisfy(
            c -> {
              assertThat((String) c.get("field")).matches(field);
              assertThat(c.get("before")).isEqualTo("anh-lop-hoc.png");
              assertThat(c.get("after")).isNull();
            });
  }

  @Test
  void shouldKeepTheLimitOfTenFilesPerTaskWhenUploadsArriveTogether() throws Exception {
    Setup s = report("UBND xã Sa Loong");
    ExecutorService pool = Executors.newFixedThreadPool(14);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 14; i++) {
        String name = "anh-" + i + ".png";
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return upload(s, name, PNG).statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).filteredOn(code -> code == 200).hasSize(10);
      assertThat(statuses).filteredOn(code -> code == 422).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
    as(s.officer())
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .body("entries[0].evidence.size()", equalTo(10));
  }

  private static long version(Setup s) {
    return as(s.officer())
        .get("/api/v1/reports/{id}", s.report())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  /**
   * The package's signature intact, the compressed bytes after its first entry's name scrambled.
   */
  private static byte[] corruptedAfterHeader(byte[] whole) {
    byte[] damaged = whole.clone();
    for (int i = 60; i < Math.min(damaged.length, 400); i++) {
      damaged[i] = (byte) (damaged[i] ^ 0x5a);
    }
    return damaged;
  }
}
