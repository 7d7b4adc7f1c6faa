package vn.gov.plantracker.planimport;

import static vn.gov.plantracker.support.Accounts.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/**
 * Times reading, correcting and confirming the seed plan's text and a generated plan of about the
 * largest text accepted, through the API. Prints its figures (and writes them to
 * target/bench-plan-import.txt); it asserts nothing about speed. Run it with bench/plan-import.sh.
 */
@QuarkusTest
@DatabaseTest
class PlanImportBenchmark {

  /** About the length of one generated item with its actions and block. */
  private static final int ITEM_CHARS = 330;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> figures = new ArrayList<>();

  @Test
  void measure() throws Exception {
    String seed = SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt");
    run("seed plan (first run, the service still warming up)", seed);
    run("seed plan", seed);
    run("generated plan", generated(PlanImportDtos.MAX_TEXT_CHARS - 10_000));
    String text = String.join("\n", figures) + "\n";
    System.out.println("\n==== Plan import benchmark ====\n" + text);
    Files.writeString(Path.of("target/bench-plan-import.txt"), text);
  }

  private void run(String label, String text) throws Exception {
    // Only the request is timed; reading the answer's JSON in the test is not the service's time.
    long start = System.nanoTime();
    String answer =
        asAdmin()
            .multiPart("file", "ke-hoach.txt", text.getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/plan-imports/file")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    double read = seconds(start);
    JsonPath draft = new JsonPath(answer);
    int tasks = draft.getList("plan.tasks.items.flatten()").size();

    Map<String, Object> plan = new HashMap<>(draft.getMap("plan"));
    plan.put("number", String.valueOf(System.nanoTime() % 1_000_000_000L));
    String body =
        JSON.writeValueAsString(
            Map.of("plan", plan, "units", List.of(), "version", draft.getLong("version")));
    start = System.nanoTime();
    answer =
        asAdmin()
            .contentType("application/json")
            .body(body)
            .put("/api/v1/plan-imports/{id}", draft.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    double corrected = seconds(start);
    long version = JSON.readTree(answer).get("version").asLong();

    start = System.nanoTime();
    answer =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("version", version))
            .post("/api/v1/plan-imports/{id}/confirm", draft.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    double confirmed = seconds(start);
    long planId = JSON.readTree(answer).get("planId").asLong();
    ImportFixture.remove(planId);

    figures.add(
        String.format(
            "%s: %,d characters, %,d items, %,d KiB of draft; read %.2f s, correct %.2f s, confirm"
                + " %.2f s",
            label, text.length(), tasks, body.length() / 1024, read, corrected, confirmed));
  }

  /** A plan in the dotted-numbering form, with as many task groups as fit in {@code size}. */
  private static String generated(int size) {
    StringBuilder text =
        new StringBuilder(
            """
            ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI
            Số: 99/KH-UBND
            Ngọc Hồi, ngày 20 tháng 6 năm 2024

            KẾ HOẠCH
            Đào tạo nghề cho lao động nông thôn theo từng thôn, làng năm 2024

            I. MỤC ĐÍCH, YÊU CẦU
            Đào tạo nghề gắn với giải quyết việc làm.

            II. NHIỆM VỤ VÀ GIẢI PHÁP
            """);
    String closing =
        """

        III. TỔ CHỨC THỰC HIỆN
        Giao Phòng Lao động - Thương binh và Xã hội chủ trì theo dõi, đôn đốc.
        """;
    // Numbered groups stop at 99 in real plans (and in the reader): the text grows by items.
    int items = 1;
    while (90 * items * ITEM_CHARS < size) {
      items++;
    }
    for (int g = 1; g <= 90; g++) {
      StringBuilder group =
          new StringBuilder(g + ". Công tác đào tạo nghề tại cụm thôn số " + g + "\n");
      for (int i = 1; i < items; i++) {
        group.append(
            String.format(
                """
                %1$d.%2$d. Mở lớp đào tạo nghề tại thôn %2$d của cụm %1$d
                - Rà soát nhu cầu học nghề của lao động nông thôn trong thôn
                - Mở 2 lớp sơ cấp nghề nông nghiệp và 1 lớp nghề phi nông nghiệp
                - Đơn vị thực hiện: Trung tâm GDNN-GDTX chủ trì, phối hợp Hội Nông dân huyện.
                - Thời gian thực hiện: Năm 2024
                """,
                g, i));
      }
      if (text.length() + group.length() + closing.length() > size) {
        break;
      }
      text.append(group);
    }
    return text.append(closing).toString();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
