package vn.gov.plantracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Reporting.openAdHoc;
import static vn.gov.plantracker.support.Reporting.reportOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** What a unit writes in an entry: rich-text results, kept safe, and optional figures. */
@QuarkusTest
@DatabaseTest
class EntryContentTest {

  private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  private RequestSpecification officer;
  private long report;

  @BeforeEach
  void openReport() {
    RequestSpecification coordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    long dakXu = Seeded.unitId("UBND xã Đăk Xú");
    officer = Accounts.sessionOf("UNIT_OFFICER", dakXu);
    report = reportOf(openAdHoc(coordinator, "Kết quả và số liệu", FAR), dakXu);
  }

  /** Saves the report's first entry with these fields added to its task and progress. */
  private ValidatableResponse save(Map<String, Object> fields) {
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    Map<String, Object> entry = new HashMap<>(fields);
    entry.put("taskId", loaded.getLong("entries[0].taskId"));
    entry.put("progress", "IN_PROGRESS");
    return as(officer)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("entries", List.of(entry), "version", loaded.getLong("version")))
        .put("/api/v1/reports/{id}", report)
        .then();
  }

  private static Map<String, Object> figure(String label, Object value, String unit) {
    Map<String, Object> figure = new HashMap<>();
    figure.put("label", label);
    figure.put("value", value);
    figure.put("unit", unit);
    return figure;
  }

  @Test
  void shouldKeepFormattingButRemoveScriptsAndUnsafeLinks() {
    String results =
        "<p>Đã mở <strong>3 lớp</strong> sơ cấp nghề<script>alert(1)</script></p>"
            + "<ul><li onclick=\"steal()\">May công nghiệp</li><li>Chăn nuôi</li></ul>"
            + "<p><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">xem</a>"
            + " <a href=\"https://ngochoi.kontum.gov.vn/tin\">bài viết</a></p>";

    String saved =
        save(Map.of("results", results))
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("entries[0].results");

    assertThat(saved)
        .contains("<strong>3 lớp</strong>")
        .contains("<li>May công nghiệp</li>")
        .contains("<a href=\"https://ngochoi.kontum.gov.vn/tin\" rel=\"nofollow noopener\">")
        .doesNotContain("script", "alert", "onclick", "<img", "javascript:");
    assertThat(
            as(officer)
                .get("/api/v1/reports/{id}", report)
                .then()
                .extract()
                .jsonPath()
                .getString("entries[0].results"))
        .isEqualTo(saved);
  }

  @Test
  void shouldTreatResultsWithoutTextAsEmpty() {
    JsonPath saved =
        save(Map.of("results", "<p> </p><p><br></p><script>x()</script>"))
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(saved.getString("entries[0].results")).isNull();
  }

  @Test
  void shouldTakeTextWithoutTagsAsParagraphs() {
    JsonPath saved =
        save(Map.of("results", "Mở 2 lớp may\n\nHọc viên < 30 & đạt yêu cầu\n"))
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(saved.getString("entries[0].results"))
        .isEqualTo("<p>Mở 2 lớp may</p><p>Học viên &lt; 30 &amp; đạt yêu cầu</p>");
  }

  @Test
  void shouldSaveFiguresInOrderKeepThemWhenLeftOutAndRemoveThemWhenEmptied() {
    List<Map<String, Object>> figures =
        List.of(
            figure("Số lao động được đào tạo nghề", 120, " người "),
            figure("Kinh phí hỗ trợ", 250.5, "triệu đồng"),
            figure("Số lớp đã mở", 3, " "));

    JsonPath saved = save(Map.of("figures", figures)).statusCode(200).extract().jsonPath();
    assertThat(saved.getList("entries[0].figures.label"))
        .containsExactly("Số lao động được đào tạo nghề", "Kinh phí hỗ trợ", "Số lớp đã mở");
    assertThat(saved.getDouble("entries[0].figures[1].value")).isEqualTo(250.5);
    assertThat(saved.getList("entries[0].figures.unit"))
        .containsExactly("người", "triệu đồng", null);

    JsonPath kept = save(Map.of("results", "<p>Tiếp tục</p>")).statusCode(200).extract().jsonPath();
    assertThat(kept.getList("entries[0].figures")).hasSize(3);

    JsonPath fewer =
        save(Map.of("figures", List.of(figure("Số lớp đã mở", 4, "lớp"))))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(fewer.getList("entries[0].figures.label")).containsExactly("Số lớp đã mở");
    assertThat(fewer.getInt("entries[0].figures[0].value")).isEqualTo(4);

    JsonPath none = save(Map.of("figures", List.of())).statusCode(200).extract().jsonPath();
    assertThat(none.getList("entries[0].figures")).isEmpty();
  }

  @Test
  void shouldRefuseFiguresThatAreNotValidAndSaveNothing() {
    save(Map.of("figures", List.of(figure("Số lớp", 2, "lớp")))).statusCode(200);

    save(Map.of("figures", List.of(figure("Số người", -1, null))))
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("errors.field", hasItem("entries[0].figures[0].value"));
    save(Map.of("figures", List.of(figure("Tỷ lệ", 12.345, "%"))))
        .statusCode(422)
        .body("errors.field", hasItem("entries[0].figures[0].value"));
    save(Map.of("figures", List.of(figure(" ", 1, null))))
        .statusCode(422)
        .body("errors.field", hasItem("entries[0].figures[0].label"));
    save(Map.of("figures", List.of(figure("Số người", null, null))))
        .statusCode(422)
        .body("errors.field", hasItem("entries[0].figures[0].value"));
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tooMany.add(figure("Số liệu " + i, i, null));
    }
    save(Map.of("figures", tooMany))
        .statusCode(422)
        .body("errors.field", hasItem("entries[0].figures"));
    save(Map.of("figures", List.of(figure("Số người", "nhiều", null)))).statusCode(400);

    JsonPath unchanged =
        as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    assertThat(unchanged.getList("entries[0].figures.label")).containsExactly("Số lớp");
  }
}
