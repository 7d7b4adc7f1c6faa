package vn.gov.plantracker.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** The seeded plan holds exactly what the Ngọc Hồi document says, section by section. */
@QuarkusTest
@DatabaseTest
class SeededPlanStructureTest {

  @Inject SeedLoader loader;

  private JsonPath tree() {
    return asAdmin()
        .get("/api/v1/plans/{id}/task-tree", Seeded.planId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private Map<String, Object> blockOf(String code) {
    return asAdmin()
        .queryParam("q", code)
        .queryParam("size", 200)
        .get("/api/v1/plans/{id}/tasks", Seeded.planId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("items.find { it.code == '" + code + "' }.assignment");
  }

  @Test
  void shouldHaveTheGroupsItemsAndActionsOfSectionThree() {
    JsonPath tree = tree();
    assertThat(tree.getList("code")).containsExactly("1", "2", "3");
    Map<String, Integer> actionsPerItem = new LinkedHashMap<>();
    List<Map<String, Object>> groups = tree.getList("$");
    for (Map<String, Object> group : groups) {
      for (Map<String, Object> item : children(group)) {
        actionsPerItem.put((String) item.get("code"), children(item).size());
      }
    }
    assertThat(actionsPerItem)
        .containsExactly(
            Map.entry("1.a", 0),
            Map.entry("1.b", 2),
            Map.entry("2.a", 0),
            Map.entry("2.b", 0),
            Map.entry("3.a", 10),
            Map.entry("3.b", 8),
            Map.entry("3.c", 2));
  }

  @Test
  void shouldApplyEachBlockToTheActionsWrittenSinceThePreviousOne() {
    JsonPath blocks =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/plans/{id}/assignment-blocks", Seeded.planId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(blocks.getInt("totalItems")).isEqualTo(10);
    assertThat(blocks.getList("items.taskCodes"))
        .containsExactly(
            List.of("1.a"),
            List.of("1.b.1", "1.b.2"),
            List.of("2.a"),
            List.of("2.b"),
            List.of("3.a.1", "3.a.2", "3.a.3", "3.a.4", "3.a.5", "3.a.6", "3.a.7"),
            List.of("3.a.8"),
            List.of("3.a.9", "3.a.10"),
            List.of("3.b.1", "3.b.2", "3.b.3", "3.b.4", "3.b.5", "3.b.6", "3.b.7", "3.b.8"),
            List.of("3.c.1"),
            List.of("3.c.2"));
    List<Map<String, Object>> items = blocks.getList("items");
    assertThat(items.stream().map(b -> leadName(b)).toList())
        .containsExactly(
            null,
            "Phòng LĐTBXH",
            "Phòng LĐTBXH",
            null,
            "Phòng LĐTBXH",
            "Phòng GD&ĐT",
            "Phòng TC-KH",
            null,
            "Phòng LĐTBXH",
            "Trung tâm GDNN-GDTX");
  }

  @Test
  void shouldKnowWhoCoordinatesAndImplementsEachBlock() {
    Map<String, Object> first = blockOf("1.a");
    assertThat(first.get("guidance")).asString().contains("Ban Tuyên giáo Huyện ủy");
    assertThat(names(first, "implementing"))
        .containsExactly("Các Phòng, ban, ngành huyện", "Ủy ban nhân dân các xã, thị trấn");
    assertThat(first.get("timeframe")).isEqualTo("DUE");
    assertThat(first.get("dueDate")).isEqualTo("2023-12-31");

    assertThat(names(blockOf("2.a"), "coordinating"))
        .containsExactly("Phòng Tư pháp", "Các đơn vị liên quan");
    assertThat(names(blockOf("2.b"), "implementing"))
        .contains(
            "Phòng Tài chính - Kế hoạch",
            "Phòng Dân tộc",
            "Phòng Lao động - Thương binh và Xã hội",
            "Phòng Nông nghiệp và Phát triển nông thôn");
    assertThat(names(blockOf("3.a.8"), "coordinating"))
        .contains("Phòng Lao động - Thương binh và Xã hội");
    assertThat(blockOf("3.a.8").get("timeframe")).isEqualTo("ONGOING");
    assertThat(names(blockOf("3.b.4"), "implementing")).hasSize(1);
  }

  @Test
  void shouldStoreCleanTextWithFootnoteSplitsRejoined() {
    List<String> texts =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/plans/{id}/tasks", Seeded.planId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.text");
    String all = String.join("\n", texts);
    assertThat(all)
        .contains("phù hợp với tình hình thực tế của địa phương")
        .contains("tổng hợp thông tin, cơ sở dữ liệu về thị trường lao động")
        .contains("\"học đi đôi với hành\"")
        .doesNotContain("¹")
        .doesNotContain("²")
        .doesNotContain("³")
        .doesNotContain("*");
  }

  @Test
  void shouldKeepTheReferencesTargetsRecipientsAndSignature() {
    JsonPath plan =
        asAdmin()
            .get("/api/v1/plans/{id}", Seeded.planId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plan.getList("references.findAll { it.kind == 'IMPLEMENTS' }.number"))
        .containsExactly("135-KH/HU", "3101/KH-UBND");
    assertThat(plan.getList("references.findAll { it.kind == 'CITES' }.number"))
        .containsExactlyInAnyOrder("21-CT/TW", "105-KH/HU");
    assertThat(plan.getList("references.findAll { it.kind == 'FOOTNOTE' }.taskCode"))
        .containsExactly("1.b.1", "1.b.1", "1.b.1", "1.b.2", "3.a.5");
    assertThat(plan.getList("targets.targetYear")).containsExactly(2030, 2030, 2045);
    assertThat(plan.getList("targets.kind"))
        .containsExactly("QUANTITATIVE", "QUANTITATIVE", "QUALITATIVE");
    assertThat(plan.getFloat("targets[0].low")).isEqualTo(45f);
    assertThat(plan.getFloat("targets[0].high")).isEqualTo(50f);
    assertThat(plan.getBoolean("targets[1].approximate")).isTrue();
    assertThat(plan.getList("recipients")).hasSize(11);
    assertThat(plan.getString("recipients[1].note")).isEqualTo("b/c");
    assertThat(plan.getString("signature.onBehalfOf")).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(plan.getString("signature.signingFor")).isEqualTo("KT. CHỦ TỊCH");
    assertThat(plan.getString("coordinator.shortName")).isEqualTo("Phòng LĐTBXH");
    assertThat(plan.getString("number")).isNull();
    assertThat(plan.getString("issueDate")).isNull();
  }

  @Test
  void shouldHaveTheEightCommunesAsAGroup() {
    JsonPath tree = asAdmin().get("/api/v1/units/tree").then().statusCode(200).extract().jsonPath();
    assertThat(tree.getList("groups.find { it.code == 'ALL_COMMUNES' }.members.name"))
        .containsExactly(
            "Ủy ban nhân dân thị trấn Plei Kần",
            "Ủy ban nhân dân xã Đăk Ang",
            "Ủy ban nhân dân xã Đăk Dục",
            "Ủy ban nhân dân xã Đăk Kan",
            "Ủy ban nhân dân xã Đăk Nông",
            "Ủy ban nhân dân xã Đăk Xú",
            "Ủy ban nhân dân xã Pờ Y",
            "Ủy ban nhân dân xã Sa Loong");
  }

  @Test
  void shouldNotDuplicateAnythingWhenLoadedAgain() {
    long units = asAdmin().get("/api/v1/units").then().extract().jsonPath().getLong("totalItems");
    long plans = asAdmin().get("/api/v1/plans").then().extract().jsonPath().getLong("totalItems");
    boolean created = loader.load(loader.read(SeedLoader.SEED));
    assertThat(created).isFalse();
    assertThat(asAdmin().get("/api/v1/plans").then().extract().jsonPath().getLong("totalItems"))
        .isEqualTo(plans);
    assertThat(asAdmin().get("/api/v1/units").then().extract().jsonPath().getLong("totalItems"))
        .isEqualTo(units);
  }

  @SuppressWarnings("unchecked")
  private static String leadName(Map<String, Object> block) {
    Map<String, Object> lead = (Map<String, Object>) block.get("lead");
    return lead == null ? null : (String) lead.get("shortName");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> children(Map<String, Object> node) {
    return (List<Map<String, Object>>) node.get("children");
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Map<String, Object> block, String role) {
    return ((List<Map<String, Object>>) block.get(role))
        .stream().map(p -> (String) p.get("name")).toList();
  }
}
