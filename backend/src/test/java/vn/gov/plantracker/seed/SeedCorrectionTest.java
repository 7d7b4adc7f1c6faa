package vn.gov.plantracker.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * The seed first wrote xã Pờ Y as "Bờ Y" (the name of the commune formed in 2025) and Kon Tum's
 * "Đăk" as "Đắk". The names are set right as a recorded correction: the same units, their history
 * saying what was written before and why, and no organisation change.
 */
@QuarkusTest
@DatabaseTest
class SeedCorrectionTest {

  @Inject SeedLoader loader;
  @Inject SeedCorrections corrections;

  @Test
  void shouldCorrectTheSeededSpellingAsARecordedCorrectionNotARename() {
    long poY = Seeded.unitId("UBND xã Pờ Y");
    JsonPath unit = asAdmin().get("/api/v1/units/{id}", poY).then().extract().jsonPath();
    assertThat(unit.getString("name")).isEqualTo("Ủy ban nhân dân xã Pờ Y");
    assertThat(unit.getString("validTo")).isNull();

    Map<String, Object> corrected = correctionOf(poY);
    assertThat(corrected.get("change")).isEqualTo("MODIFIED");
    assertThat(corrected.get("note").toString()).contains("Đính chính", "không phải đổi tên");
    assertThat(JsonPath.from(history(poY)).getString("items[0].actor.via")).isEqualTo("SYSTEM");
    assertThat(
            JsonPath.from(history(poY))
                .getString("items[0].changes.find { it.field == 'name' }.before"))
        .isEqualTo("Ủy ban nhân dân xã Bờ Y");
    long dakAng = Seeded.unitId("UBND xã Đăk Ang");
    assertThat(correctionOf(dakAng).get("revision"))
        .as("one correction, one revision, for all the communes it sets right")
        .isEqualTo(corrected.get("revision"));

    JsonPath lineage =
        asAdmin()
            .get("/api/v1/units/{id}/lineage", poY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lineage.getList("before")).isEmpty();
    assertThat(lineage.getList("after")).isEmpty();
  }

  @Test
  void shouldMakeEachCorrectionOnlyOnce() {
    long poY = Seeded.unitId("UBND xã Pờ Y");
    String before = history(poY);
    assertThat(corrections.apply(loader.read(SeedLoader.SEED).corrections())).isZero();
    assertThat(history(poY)).isEqualTo(before);
  }

  private static Map<String, Object> correctionOf(long unitId) {
    return JsonPath.from(history(unitId)).getMap("items.find { it.note != null }");
  }

  private static String history(long unitId) {
    return asAdmin()
        .get("/api/v1/units/{id}/history", unitId)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
