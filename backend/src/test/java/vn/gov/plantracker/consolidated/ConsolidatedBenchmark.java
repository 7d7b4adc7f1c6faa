package vn.gov.plantracker.consolidated;

import static vn.gov.plantracker.support.Accounts.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.IdBlocks;
import vn.gov.plantracker.support.Seeded;

/**
 * Times compiling and exporting the consolidated report for the seeded district and for a generated
 * district of 3,000 reporting communes. Prints its figures (and writes them to
 * target/bench-consolidated.txt); it asserts nothing about speed. Run it with
 * bench/consolidated.sh, not with the tests.
 */
@QuarkusTest
@DatabaseTest
class ConsolidatedBenchmark {

  private static final int GENERATED_COMMUNES = 3000;
  private static final int ROUNDS = 5;
  private static final String RESULTS =
      "<p>Tổ chức tuyên truyền về <strong>giáo dục nghề nghiệp</strong> tại các thôn, làng:</p>"
          + "<ul><li>phối hợp với Trung tâm GDNN-GDTX huyện mở lớp đào tạo nghề ngắn hạn cho lao"
          + " động nông thôn, đồng bào dân tộc thiểu số;</li><li>vận động học sinh sau tốt nghiệp"
          + " trung học cơ sở tham gia học nghề.</li></ul>";

  @Inject AgroalDataSource db;

  private final List<String> figures = new ArrayList<>();

  @Test
  void measure() throws Exception {
    RequestSpecification coordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    run("seeded district", coordinator, 2040);
    addCommunes(GENERATED_COMMUNES);
    run("generated district (" + GENERATED_COMMUNES + " communes)", coordinator, 2041);
    String text = String.join("\n", figures) + "\n";
    System.out.println("\n==== Consolidated report benchmark ====\n" + text);
    Files.writeString(Path.of("target/bench-consolidated.txt"), text);
  }

  private void run(String label, RequestSpecification coordinator, int year) throws SQLException {
    long start = System.nanoTime();
    long periodId =
        as(coordinator)
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "ANNUAL", "year", year))
            .post("/api/v1/plans/{id}/periods", Seeded.planId())
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    double open = millis(start);
    int[] counts = submitAll(periodId);
    String base = "/api/v1/periods/" + periodId + "/consolidated-report";
    List<Double> compile = new ArrayList<>();
    List<Double> docx = new ArrayList<>();
    List<Double> xlsx = new ArrayList<>();
    long docxBytes = 0;
    long xlsxBytes = 0;
    long version = 0;
    for (int i = 0; i < ROUNDS; i++) {
      start = System.nanoTime();
      version =
          as(coordinator).post(base).then().statusCode(200).extract().jsonPath().getLong("version");
      compile.add(millis(start));
      start = System.nanoTime();
      docxBytes = download(coordinator, base + "/docx").length;
      docx.add(millis(start));
      start = System.nanoTime();
      xlsxBytes = download(coordinator, base + "/xlsx").length;
      xlsx.add(millis(start));
    }
    start = System.nanoTime();
    as(coordinator)
        .contentType(ContentType.JSON)
        .body(Map.of("version", version))
        .post(base + "/finalise")
        .then()
        .statusCode(200);
    double finalise = millis(start);
    figures.add(
        "%s: %d unit reports, %d entries, %d obstacles"
            .formatted(label, counts[0], counts[1], counts[2]));
    figures.add("  open the period (compile the expected reports): %.0f ms".formatted(open));
    figures.add("  compile the draft:  " + stats(compile));
    figures.add("  export DOCX:        " + stats(docx) + ", %d KiB".formatted(docxBytes / 1024));
    figures.add("  export XLSX:        " + stats(xlsx) + ", %d KiB".formatted(xlsxBytes / 1024));
    figures.add("  finalise (number, both files rendered and stored): %.0f ms".formatted(finalise));
  }

  private static byte[] download(RequestSpecification who, String path) {
    Response response = as(who).get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode());
    }
    return response.asByteArray();
  }

  /**
   * Every expected report submitted, each entry done with rich-text results and a figure, one entry
   * in five blocked.
   */
  private int[] submitAll(long periodId) throws SQLException {
    try (Connection c = db.getConnection()) {
      int reports =
          update(
              c,
              "update unit_report set status = 'SUBMITTED', submitted_at = now(6), version ="
                  + " version + 1 where period_id = ?",
              periodId);
      int entries =
          update(
              c,
              "update report_entry e join unit_report r on r.id = e.report_id set e.progress ="
                  + " 'DONE', e.results = ? where r.period_id = ?",
              RESULTS,
              periodId);
      int obstacles =
          update(
              c,
              "insert into obstacle (entry_id, position, description, proposal, status,"
                  + " owner_unit_id, version) select e.id, 0, 'Thiếu kinh phí mở lớp đào tạo"
                  + " nghề', 'Đề nghị huyện bố trí kinh phí', 'OPEN', p.coordinator_id, 0 from"
                  + " report_entry e join unit_report r on r.id = e.report_id join"
                  + " reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id"
                  + " where r.period_id = ? and mod(e.id, 5) = 0",
              periodId);
      update(
          c,
          "insert into entry_figure (entry_id, position, label, amount, unit_of_measure) select"
              + " e.id, 0, 'Số lao động được đào tạo nghề', 25, 'người' from report_entry e join"
              + " unit_report r on r.id = e.report_id where r.period_id = ?",
          periodId);
      return new int[] {reports, entries, obstacles};
    }
  }

  /** More communes in the group every commune belongs to, so each owes the communes' tasks. */
  private void addCommunes(int count) throws SQLException {
    long district = Seeded.unitId("UBND huyện Ngọc Hồi");
    try (Connection c = db.getConnection();
        PreparedStatement unit =
            c.prepareStatement(
                "insert into unit (id, unit_key, name, short_name, kind, parent_id, path, level,"
                    + " search_text, version) select ?, ?, ?, ?, 'PEOPLES_COMMITTEE', id, path,"
                    + " level + 1, ?, 0 from unit where id = ?")) {
      long first = IdBlocks.reserve(c, "unit", count);
      for (int i = 1; i <= count; i++) {
        unit.setLong(1, first + i - 1);
        unit.setString(2, "bench-xa-" + i);
        unit.setString(3, "Ủy ban nhân dân xã Thử nghiệm " + i);
        unit.setString(4, "UBND xã Thử nghiệm " + i);
        unit.setString(5, "uy ban nhan dan xa thu nghiem " + i);
        unit.setLong(6, district);
        unit.addBatch();
      }
      unit.executeBatch();
      update(c, "update unit set path = concat(path, id, '/') where unit_key like 'bench-xa-%'");
      update(
          c,
          "insert into unit_group_member (group_id, unit_id) select g.id, u.id from unit_group g"
              + " join unit u on u.unit_key like 'bench-xa-%' where g.code = 'ALL_COMMUNES'");
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static String stats(List<Double> samples) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return "median %.0f ms, first %.0f ms, max %.0f ms"
        .formatted(sorted.get(sorted.size() / 2), samples.get(0), sorted.get(sorted.size() - 1));
  }
}
