package vn.gov.plantracker.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.planimport.ImportResult;
import vn.gov.plantracker.planimport.KnownGroup;
import vn.gov.plantracker.planimport.KnownUnit;
import vn.gov.plantracker.planimport.PlanParser;
import vn.gov.plantracker.seed.SeedFile.SeedPlan;

/**
 * A draft parsed from the plan's text reads as the seed's plan, so the seed's writer can store it.
 */
class ImportedDraftAsSeedTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldReadTheParsedDraftAsTheSeedPlan() throws IOException {
    SeedFile seed;
    try (InputStream in = resource(SeedLoader.SEED)) {
      seed = json.readValue(in, SeedFile.class);
    }
    List<KnownUnit> units =
        seed.units().stream().map(u -> new KnownUnit(u.key(), u.name(), u.shortName())).toList();
    List<KnownGroup> groups =
        seed.groups().stream().map(g -> new KnownGroup(g.code(), g.name())).toList();
    String text;
    try (InputStream in = resource("planimport/ngoc-hoi-gdnn-plan.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    ImportResult result = new PlanParser(units, groups).parse(text);
    SeedPlan draft = json.readValue(json.writeValueAsString(result.plan()), SeedPlan.class);

    assertThat(draft)
        .usingRecursiveComparison()
        .ignoringFields("key", "targets.indicator")
        .isEqualTo(seed.plan());
  }

  private InputStream resource(String name) {
    return getClass().getClassLoader().getResourceAsStream(name);
  }
}
