package vn.gov.plantracker.planimport;

import static vn.gov.plantracker.support.Accounts.asAdmin;

import java.util.List;

/**
 * The dotted-numbering plan with an office no unit answers to. Its name is new on every call, as
 * the database outlives a test run and a confirmed import creates the office.
 */
record ImportFixture(String text, String unknownOffice) {

  private static final String OFFICE = "Phòng Văn hóa và Thông tin";

  static ImportFixture fresh() {
    StringBuilder word = new StringBuilder();
    for (long n = System.nanoTime(); n > 0; n /= 26) {
      word.append((char) ('a' + n % 26));
    }
    String office = "Phòng Kiểm định " + word;
    String text = SeedFixture.resource("planimport/dotted-numbering.txt").replace(OFFICE, office);
    return new ImportFixture(text, office);
  }

  /**
   * Deletes a confirmed plan and the units its import created, so the tests that count a unit's
   * obligations or find the seeded plan by its title see only the seed.
   */
  static void remove(long planId, String... createdUnits) {
    long version =
        ((Number) asAdmin().get("/api/v1/plans/{id}", planId).then().extract().path("version"))
            .longValue();
    asAdmin()
        .queryParam("version", version)
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(204);
    for (String name : createdUnits) {
      List<Integer> ids =
          asAdmin().queryParam("q", name).get("/api/v1/units").then().extract().path("items.id");
      for (Integer id : ids) {
        long unitVersion =
            ((Number) asAdmin().get("/api/v1/units/{id}", id).then().extract().path("version"))
                .longValue();
        asAdmin()
            .queryParam("version", unitVersion)
            .delete("/api/v1/units/{id}", id)
            .then()
            .statusCode(204);
      }
    }
  }
}
