package vn.gov.plantracker.planimport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seed's units, groups and plan, read as the parser's input and expected output. */
final class SeedFixture {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final JsonNode SEED = readSeed();

  private SeedFixture() {}

  static List<KnownUnit> units() {
    List<KnownUnit> units = new ArrayList<>();
    SEED.get("units")
        .forEach(
            u ->
                units.add(
                    new KnownUnit(
                        u.get("key").asText(),
                        u.get("name").asText(),
                        u.get("shortName").asText())));
    return units;
  }

  static List<KnownGroup> groups() {
    List<KnownGroup> groups = new ArrayList<>();
    SEED.get("groups")
        .forEach(g -> groups.add(new KnownGroup(g.get("code").asText(), g.get("name").asText())));
    return groups;
  }

  static DraftPlan plan() {
    try {
      return JSON.treeToValue(SEED.get("plan"), DraftPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlanParser parser() {
    return new PlanParser(units(), groups());
  }

  static String resource(String name) {
    try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readSeed() {
    return readTree(resource("seed/ngoc-hoi-gdnn-2023.json"));
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
