package vn.gov.plantracker.orgchange;

import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.common.text.SearchText;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.IdBlocks;

/**
 * Times a national-scale merge: about 10,000 communes under 700 districts and 63 provinces folded
 * three into one (about 3,300 new communes) on 1/7/2025, with 50 provincial plans naming the
 * communes through groups and one by one, an open 2026 annual period on each (one draft in five
 * written, with an obstacle) and five years of indicator figures per commune. The data is loaded
 * with multi-row JDBC inserts; the merge is previewed and applied through the API in batches of 500
 * changes. Prints the times and SQL statement counts for half, the whole and double the data (and
 * writes them to target/bench-orgchange.txt); it asserts nothing about speed. Run it with
 * bench/orgchange.sh, not with the tests.
 */
@QuarkusTest
@DatabaseTest
class OrgChangeBenchmark {

  private static final int COMMUNES = 10_000;
  private static final int DISTRICTS = 700;
  private static final int PROVINCES = 63;
  private static final int PLANS = 50;
  private static final int BATCH = 500;
  private static final int ROUNDS = 5;
  private static final String EFFECTIVE = "2025-07-01";
  private static final String EVE = "2025-06-30";

  private static final Map<String, Object> RESOLUTION =
      Map.of(
          "documentType",
          "NQ",
          "number",
          "1677/NQ-UBTVQH15",
          "issueDate",
          "2025-06-16",
          "issuer",
          "Ủy ban Thường vụ Quốc hội");

  @Inject AgroalDataSource db;
  @Inject SessionFactory sessionFactory;

  private final List<String> figures = new ArrayList<>();

  /** One generated country: its units by level, its plans, periods and indicators. */
  private record Country(
      String prefix,
      List<Long> provinces,
      Map<Long, List<Long>> communesByDistrict,
      List<Long> plans,
      List<Long> periods,
      List<Long> indicators,
      int reports,
      int entries,
      int values) {}

  @Test
  void measure() throws Exception {
    String scales = System.getProperty("orgchange.scales", "0.5,1,2");
    int run = 0;
    for (String scale : scales.split(",")) {
      run(Double.parseDouble(scale.strip()), ++run);
    }
    String text = String.join("\n", figures) + "\n";
    System.out.println("\n==== Organisation change benchmark ====\n" + text);
    Files.writeString(Path.of("target/bench-orgchange.txt"), text);
  }

  private void run(double scale, int run) throws SQLException {
    long start = System.nanoTime();
    Country country = load(scale, "ob" + run);
    double loaded = millis(start);
    List<List<Map<String, Object>>> batches = merges(country);
    int changes = batches.stream().mapToInt(List::size).sum();
    int communes = country.communesByDistrict().values().stream().mapToInt(List::size).sum();
    figures.add(
        "scale %s: %d communes in %d districts, %d provinces; %d plans, %d open reports, %d entries,"
                .formatted(
                    scale,
                    communes,
                    country.communesByDistrict().size(),
                    country.provinces().size(),
                    country.plans().size(),
                    country.reports(),
                    country.entries())
            + " %d indicator figures; loaded in %.1f s".formatted(country.values(), loaded / 1000));
    figures.add(
        "  the merge: %d changes (%d communes into %d) in %d batches of at most %d"
            .formatted(changes, communes, changes, batches.size(), BATCH));
    Measured preview = post("/api/v1/org-changes/batch/preview", batches);
    figures.add("  preview: " + preview);
    Measured apply = post("/api/v1/org-changes/batch", batches);
    figures.add("  apply:   " + apply);
    if (apply.failed == null) {
      reads(country);
    }
    retire(country);
  }

  /** Time and statements of sending every batch to the path. */
  private Measured post(String path, List<List<Map<String, Object>>> batches) throws SQLException {
    Measured measured = new Measured(batches.stream().mapToInt(List::size).sum());
    for (List<Map<String, Object>> batch : batches) {
      Counter counter = new Counter();
      long start = System.nanoTime();
      Response response;
      try {
        response =
            asAdmin().contentType(ContentType.JSON).body(Map.of("changes", batch)).post(path);
      } catch (RuntimeException e) {
        measured.failed =
            "batch %d got no answer after %.1f s: %s"
                .formatted(measured.batches + 1, millis(start) / 1000, e);
        return measured;
      }
      double took = millis(start);
      counter.stop();
      if (response.statusCode() / 100 != 2) {
        measured.failed =
            "batch %d answered %d after %.1f s: %s"
                .formatted(
                    measured.batches + 1,
                    response.statusCode(),
                    took / 1000,
                    abbreviate(response.asString()));
        return measured;
      }
      measured.add(took, counter);
    }
    return measured;
  }

  /** Reads after the change, today and as of the eve of the change. */
  private void reads(Country country) throws SQLException {
    long predecessor = country.communesByDistrict().values().iterator().next().get(0);
    long successor = successorOf(predecessor);
    long province = country.provinces().get(0);
    long indicator = country.indicators().get(0);
    figures.add("  GET /units/tree:                " + timed("/api/v1/units/tree", Map.of()));
    figures.add(
        "  GET /units/tree?asOf=" + EVE + ":  " + timed("/api/v1/units/tree", Map.of("asOf", EVE)));
    String owed = "/api/v1/units/" + successor + "/obligations";
    figures.add("  GET obligations of a new commune:              " + timed(owed, Map.of()));
    String before = "/api/v1/units/" + predecessor + "/obligations";
    figures.add(
        "  GET obligations of an old commune, asOf="
            + EVE
            + ": "
            + timed(before, Map.of("asOf", EVE)));
    figures.add(
        "  GET obligations of the new commune, asOf="
            + EVE
            + ": "
            + timed(owed, Map.of("asOf", EVE)));
    String series = "/api/v1/indicators/" + indicator + "/series";
    figures.add(
        "  GET indicator series of a province:  " + timed(series, Map.of("unitId", province)));
    figures.add(
        "  GET indicator series of a new commune: " + timed(series, Map.of("unitId", successor)));
    figures.add(
        "  GET /org-changes (200 a page):  " + timed("/api/v1/org-changes", Map.of("size", 200)));
    figures.add(
        "  GET lineage of a new commune:   "
            + timed("/api/v1/units/" + successor + "/lineage", Map.of()));
  }

  private String timed(String path, Map<String, ?> query) throws SQLException {
    List<Double> samples = new ArrayList<>();
    long statements = 0;
    long questions = 0;
    for (int i = 0; i < ROUNDS; i++) {
      Counter counter = new Counter();
      long start = System.nanoTime();
      Response response = asAdmin().queryParams(query).get(path);
      samples.add(millis(start));
      counter.stop();
      if (response.statusCode() != 200) {
        return "answered " + response.statusCode() + ": " + abbreviate(response.asString());
      }
      statements = counter.prepared;
      questions = counter.questions;
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return "median %.0f ms (first %.0f ms), %d statements (%d at the server)"
        .formatted(sorted.get(sorted.size() / 2), samples.get(0), statements, questions);
  }

  private long successorOf(long predecessor) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select s.unit_id from organisation_change_unit p join organisation_change_unit s"
                    + " on s.change_id = p.change_id and s.side = 'SUCCESSOR'"
                    + " where p.unit_id = ? and p.side = 'PREDECESSOR'")) {
      s.setLong(1, predecessor);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The merge: in each district, communes three by three (the last two or four together). */
  private static List<List<Map<String, Object>>> merges(Country country) {
    List<Map<String, Object>> all = new ArrayList<>();
    int district = 0;
    for (List<Long> communes : country.communesByDistrict().values()) {
      district++;
      int groups = Math.max(1, communes.size() / 3);
      for (int g = 0; g < groups; g++) {
        int from = g * 3;
        int to = g == groups - 1 ? communes.size() : from + 3;
        String name =
            "Ủy ban nhân dân xã Hợp Nhất %s-%d-%d".formatted(country.prefix(), district, g);
        Map<String, Object> newUnit = new HashMap<>();
        newUnit.put("name", name);
        newUnit.put("shortName", name.replace("Ủy ban nhân dân", "UBND"));
        Map<String, Object> change = new HashMap<>();
        change.put("kind", "MERGE");
        change.put("effectiveDate", EFFECTIVE);
        change.put("basis", RESOLUTION);
        change.put("predecessorIds", communes.subList(from, to));
        change.put("newUnits", List.of(newUnit));
        all.add(change);
      }
    }
    List<List<Map<String, Object>>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return batches;
  }

  private Country load(double scale, String prefix) throws SQLException {
    int communeCount = (int) Math.round(COMMUNES * scale);
    int districtCount = (int) Math.round(DISTRICTS * scale);
    // A small trial run keeps a district in every province and a province for every plan.
    int provinceCount = Math.min(PROVINCES, districtCount);
    int planCount = Math.min(PLANS, provinceCount);
    try (Connection c = db.getConnection()) {
      List<Long> provinces = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (int p = 0; p < provinceCount; p++) {
        rows.add(
            unitRow(
                prefix + "-p-" + p,
                "Ủy ban nhân dân tỉnh Thử " + prefix + " " + p,
                "PEOPLES_COMMITTEE",
                null));
      }
      provinces.addAll(insertUnits(c, rows));
      rows.clear();
      for (int d = 0; d < districtCount; d++) {
        rows.add(
            unitRow(
                prefix + "-d-" + d,
                "Ủy ban nhân dân huyện Thử " + prefix + " " + d,
                "PEOPLES_COMMITTEE",
                provinces.get(d % provinceCount)));
      }
      List<Long> districts = insertUnits(c, rows);
      rows.clear();
      for (int k = 0; k < communeCount; k++) {
        rows.add(
            unitRow(
                prefix + "-x-" + k,
                "Ủy ban nhân dân xã Đăk Thử " + prefix + " " + k,
                "COMMUNE",
                districts.get(k % districtCount)));
      }
      List<Long> communes = insertUnits(c, rows);
      update(
          c,
          "update unit u join unit p on p.id = u.parent_id set u.path = concat(p.path, u.id, '/'),"
              + " u.level = p.level + 1 where u.unit_key like ?",
          prefix + "-d-%");
      update(
          c,
          "update unit u join unit p on p.id = u.parent_id set u.path = concat(p.path, u.id, '/'),"
              + " u.level = p.level + 1 where u.unit_key like ?",
          prefix + "-x-%");
      Map<Long, List<Long>> communesByDistrict = new LinkedHashMap<>();
      Map<Long, List<Long>> communesByProvince = new LinkedHashMap<>();
      Map<Long, List<Long>> districtsOf = new LinkedHashMap<>();
      for (int d = 0; d < districtCount; d++) {
        districtsOf
            .computeIfAbsent(provinces.get(d % provinceCount), k -> new ArrayList<>())
            .add(districts.get(d));
      }
      for (int k = 0; k < communeCount; k++) {
        long district = districts.get(k % districtCount);
        communesByDistrict.computeIfAbsent(district, x -> new ArrayList<>()).add(communes.get(k));
        communesByProvince
            .computeIfAbsent(
                provinces.get((k % districtCount) % provinceCount), x -> new ArrayList<>())
            .add(communes.get(k));
      }
      // A group of each province's communes ("UBND các xã") for the plans and indicator areas.
      List<Object[]> groupRows = new ArrayList<>();
      for (int p = 0; p < provinceCount; p++) {
        groupRows.add(
            new Object[] {
              prefix + "-g-" + p, "UBND các xã tỉnh Thử " + prefix + " " + p, "FIXED", 0
            });
      }
      multiInsert(c, "unit_group (code, name, selection, version)", groupRows);
      Map<Long, Long> groupOf = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement("select code, id from unit_group where code like ?")) {
        s.setString(1, prefix + "-g-%");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            int p = Integer.parseInt(rs.getString(1).substring((prefix + "-g-").length()));
            groupOf.put(provinces.get(p), rs.getLong(2));
          }
        }
      }
      List<Object[]> members = new ArrayList<>();
      communesByProvince.forEach(
          (province, list) ->
              list.forEach(u -> members.add(new Object[] {groupOf.get(province), u})));
      multiInsert(c, "unit_group_member (group_id, unit_id)", members);

      List<Long> plans = new ArrayList<>();
      List<Long> periods = new ArrayList<>();
      List<Long> indicators = new ArrayList<>();
      for (int p = 0; p < planCount; p++) {
        long province = provinces.get(p);
        List<Long> firstDistrict = communesByDistrict.get(districtsOf.get(province).get(0));
        long plan = plan(prefix, p, province, groupOf.get(province), firstDistrict);
        plans.add(plan);
        indicators.add(indicator(plan, groupOf.get(province), province));
        periods.add(
            created("/api/v1/plans/" + plan + "/periods", Map.of("kind", "ANNUAL", "year", 2026)));
      }
      // Five years of figures for every commune in its province's indicator.
      List<Object[]> values = new ArrayList<>();
      for (int p = 0; p < planCount; p++) {
        for (long commune : communesByProvince.getOrDefault(provinces.get(p), List.of())) {
          for (int year = 2021; year <= 2025; year++) {
            long denominator = 200 + commune % 50;
            values.add(
                new Object[] {
                  indicators.get(p),
                  commune,
                  year,
                  denominator * (30 + year - 2021) / 100,
                  denominator,
                  java.sql.Timestamp.valueOf("2026-01-10 08:00:00"),
                  0
                });
          }
        }
      }
      multiInsert(
          c,
          "indicator_value (indicator_id, unit_id, value_year, numerator, denominator, updated_at,"
              + " version)",
          values);
      // One draft in five written (results and an obstacle), as officers do before a change.
      String inPeriods =
          "(" + String.join(",", periods.stream().map(String::valueOf).toList()) + ")";
      update(
          c,
          "update unit_report r set r.saved_at = now(6) where r.period_id in "
              + inPeriods
              + " and mod(r.unit_id, 5) = 0");
      update(
          c,
          "update report_entry e join unit_report r on r.id = e.report_id set e.progress ="
              + " 'IN_PROGRESS', e.results = '<p>Đã mở lớp đào tạo nghề</p>' where r.period_id in "
              + inPeriods
              + " and mod(r.unit_id, 5) = 0");
      update(
          c,
          "insert into obstacle (entry_id, position, description, proposal, status, owner_unit_id,"
              + " version) select e.id, 0, 'Thiếu kinh phí', 'Đề nghị bố trí kinh phí', 'OPEN',"
              + " p.coordinator_id, 0 from report_entry e join unit_report r on r.id = e.report_id"
              + " join reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id"
              + " where r.period_id in "
              + inPeriods
              + " and mod(r.unit_id, 5) = 0");
      int reports = count(c, "select count(*) from unit_report where period_id in " + inPeriods);
      int entries =
          count(
              c,
              "select count(*) from report_entry e join unit_report r on r.id = e.report_id where"
                  + " r.period_id in "
                  + inPeriods);
      return new Country(
          prefix,
          provinces,
          communesByDistrict,
          plans,
          periods,
          indicators,
          reports,
          entries,
          values.size());
    }
  }

  /**
   * A provincial plan: item 1.a for every commune of the province (through its group), item 1.b led
   * by one commune of the first district with the district's other communes named one by one.
   */
  private static long plan(String prefix, int p, long province, long group, List<Long> district) {
    Map<String, Object> body = new HashMap<>();
    body.put("symbol", "KH-UBND");
    body.put("number", String.valueOf(100 + p));
    body.put("issuerId", province);
    body.put("coordinatorId", province);
    body.put("issueYear", 2023);
    body.put("issueDate", "2023-05-01");
    body.put("title", "Kế hoạch thực hiện Chỉ thị 21-CT/TW tỉnh Thử " + prefix + " " + p);
    long plan = created("/api/v1/plans", body);
    long group1 =
        created(
            "/api/v1/plans/" + plan + "/tasks",
            Map.of("kind", "GROUP", "label", "1", "text", "Tuyên truyền"));
    long a =
        created(
            "/api/v1/plans/" + plan + "/tasks",
            Map.of(
                "parentId",
                group1,
                "kind",
                "ITEM",
                "label",
                "a",
                "text",
                "Tuyên truyền về giáo dục nghề nghiệp"));
    long b =
        created(
            "/api/v1/plans/" + plan + "/tasks",
            Map.of(
                "parentId", group1, "kind", "ITEM", "label", "b", "text", "Mở lớp đào tạo nghề"));
    created(
        "/api/v1/plans/" + plan + "/assignment-blocks",
        Map.of(
            "itemId",
            a,
            "leadUnitId",
            province,
            "implementing",
            List.of(Map.of("groupId", group)),
            "timeframe",
            "ONGOING",
            "taskIds",
            List.of(a)));
    created(
        "/api/v1/plans/" + plan + "/assignment-blocks",
        Map.of(
            "itemId", b,
            "leadUnitId", district.get(0),
            "implementing",
                district.subList(1, district.size()).stream()
                    .map(u -> Map.of("unitId", u))
                    .toList(),
            "timeframe", "ONGOING",
            "taskIds", List.of(b)));
    return plan;
  }

  private static long indicator(long plan, long group, long province) {
    Map<String, Object> target = new HashMap<>();
    target.put("targetYear", 2030);
    target.put("text", "Thu hút 45-50% học sinh vào giáo dục nghề nghiệp");
    target.put("kind", "QUANTITATIVE");
    target.put("low", 45);
    target.put("high", 50);
    target.put("measureUnit", "%");
    long targetId = created("/api/v1/plans/" + plan + "/targets", target);
    Map<String, Object> input = new HashMap<>();
    input.put("name", "Tỷ lệ học sinh vào giáo dục nghề nghiệp");
    input.put("numeratorDefinition", "Số học sinh tốt nghiệp vào học nghề");
    input.put("denominatorDefinition", "Số học sinh tốt nghiệp");
    input.put("bounded", true);
    input.put("areaGroupId", group);
    input.put("numeratorSupplierId", province);
    input.put("denominatorSupplierId", province);
    input.put("baselineYear", 2021);
    input.put("baselineValue", 30);
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(input)
        .put("/api/v1/targets/" + targetId + "/indicator")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** The run's periods fall due in the past, so the next run's changes do not refresh them. */
  private void retire(Country country) throws SQLException {
    try (Connection c = db.getConnection()) {
      update(
          c,
          "update reporting_period set due_date = '2024-12-15' where id in ("
              + String.join(",", country.periods().stream().map(String::valueOf).toList())
              + ")");
    }
  }

  private static Object[] unitRow(String key, String name, String kind, Long parent) {
    String shortName = name.replace("Ủy ban nhân dân", "UBND");
    return new Object[] {
      key,
      name,
      shortName,
      kind,
      parent,
      "/",
      0,
      SearchText.of(name, shortName),
      java.sql.Date.valueOf("2010-01-01"),
      0
    };
  }

  /** Inserts the units, top-level ones with their paths; returns their ids in order. */
  private static List<Long> insertUnits(Connection c, List<Object[]> rows) throws SQLException {
    long first = IdBlocks.reserve(c, "unit", rows.size());
    List<Long> ids = new ArrayList<>();
    List<Object[]> withIds = new ArrayList<>();
    for (Object[] row : rows) {
      long id = first + ids.size();
      ids.add(id);
      Object[] withId = new Object[row.length + 1];
      withId[0] = id;
      System.arraycopy(row, 0, withId, 1, row.length);
      withIds.add(withId);
    }
    multiInsert(
        c,
        "unit (id, unit_key, name, short_name, kind, parent_id, path, level, search_text,"
            + " valid_from, version)",
        withIds);
    String prefix = ((String) rows.get(0)[0]).replaceAll("-\\d+$", "-");
    update(
        c,
        "update unit set path = concat('/', id, '/') where parent_id is null and unit_key like ?",
        prefix + "%");
    return ids;
  }

  /** Multi-row inserts, 1,000 rows a statement. */
  private static void multiInsert(Connection c, String into, List<Object[]> rows)
      throws SQLException {
    for (int from = 0; from < rows.size(); from += 1000) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
      int width = chunk.get(0).length;
      String one = "(" + String.join(",", Collections.nCopies(width, "?")) + ")";
      String sql =
          "insert into "
              + into
              + " values "
              + String.join(",", Collections.nCopies(chunk.size(), one));
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 0;
        for (Object[] row : chunk) {
          for (Object value : row) {
            s.setObject(++i, value);
          }
        }
        s.executeUpdate();
      }
    }
  }

  private static long created(String path, Map<String, ?> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /**
   * Statements while it runs: those Hibernate prepared (as QueryCountTest counts them) and those
   * the server answered (MariaDB's Questions, which also sees plain JDBC and JDBC batches).
   */
  private final class Counter {
    private final Statistics statistics = sessionFactory.getStatistics();
    private final long startPrepared;
    private final long startQuestions;
    long prepared;
    long questions;

    Counter() throws SQLException {
      startPrepared = statistics.getPrepareStatementCount();
      startQuestions = questions();
    }

    void stop() throws SQLException {
      prepared = statistics.getPrepareStatementCount() - startPrepared;
      // The two status reads themselves are not the service's.
      questions = questions() - startQuestions - 1;
    }

    private long questions() throws SQLException {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("show global status like 'Questions'")) {
        rs.next();
        return rs.getLong(2);
      }
    }
  }

  /** Totals over the batches of one request kind. */
  private static final class Measured {
    final int changes;
    int batches;
    double millis;
    double slowest;
    long prepared;
    long questions;
    String failed;

    Measured(int changes) {
      this.changes = changes;
    }

    void add(double took, Counter counter) {
      batches++;
      millis += took;
      slowest = Math.max(slowest, took);
      prepared += counter.prepared;
      questions += counter.questions;
    }

    @Override
    public String toString() {
      if (failed != null) {
        return "FAILED, " + failed;
      }
      return ("%.1f s for %d changes (slowest batch %.1f s); %d statements (%.1f a change), %d at"
              + " the server (%.1f a change)")
          .formatted(
              millis / 1000,
              changes,
              slowest / 1000,
              prepared,
              prepared / (double) changes,
              questions,
              questions / (double) changes);
    }
  }
}
