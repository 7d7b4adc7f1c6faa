package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;

/**
 * The Ngọc Hồi plan text, parsed with the seed's units and groups, gives the seed's plan field by
 * field, except for what the text cannot say (listed in {@link #NOT_IN_THE_TEXT}).
 */
class SeedPlanParseTest {

  /** Fields of the seed's plan that the document's text cannot give. */
  static final List<String> NOT_IN_THE_TEXT =
      List.of(
          // the plan's key is the tracker's own identifier, chosen when the plan is stored
          "key",
          // how the quantitative targets are measured is agreed by the coordinator, not written
          "targets.indicator");

  private static ImportResult result;
  private static DraftPlan expected;

  @BeforeAll
  static void parse() {
    result = SeedFixture.parser().parse(SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt"));
    expected = SeedFixture.plan();
  }

  private static DraftPlan actual() {
    return result.plan();
  }

  @Test
  void shouldReadTheHeader() {
    assertThat(actual().documentType()).isEqualTo(expected.documentType());
    assertThat(actual().number()).isEqualTo(expected.number());
    assertThat(actual().symbol()).isEqualTo(expected.symbol());
    assertThat(actual().place()).isEqualTo(expected.place());
    assertThat(actual().issueDate()).isEqualTo(expected.issueDate());
    assertThat(actual().issueYear()).isEqualTo(expected.issueYear());
    assertThat(actual().issuer()).isEqualTo(expected.issuer());
    // an imported plan always starts as a draft, which the seed's unsigned copy also is
    assertThat(actual().status()).isEqualTo(expected.status());
  }

  @Test
  void shouldReadTitleAndPreamble() {
    assertThat(actual().title()).isEqualTo(expected.title());
    assertThat(actual().preamble()).isEqualTo(expected.preamble());
  }

  @Test
  void shouldReadPurposeAndArrangements() {
    assertThat(actual().purpose()).isEqualTo(expected.purpose());
    assertThat(actual().implementationArrangements())
        .isEqualTo(expected.implementationArrangements());
    assertThat(actual().coordinator()).isEqualTo(expected.coordinator());
  }

  @Test
  void shouldReadTheReferencesWithTheirFootnotes() {
    assertThat(actual().references()).containsExactlyElementsOf(expected.references());
  }

  @Test
  void shouldReadTheTargets() {
    assertThat(actual().targets())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("indicator")
        .containsExactlyElementsOf(expected.targets());
    assertThat(actual().targets()).allSatisfy(t -> assertThat(t.indicator()).isNull());
  }

  @Test
  void shouldReadTheTaskTreeGroupByGroup() {
    assertThat(actual().tasks()).hasSameSizeAs(expected.tasks());
    for (int g = 0; g < expected.tasks().size(); g++) {
      DraftTaskGroup want = expected.tasks().get(g);
      DraftTaskGroup got = actual().tasks().get(g);
      assertThat(got.label()).isEqualTo(want.label());
      assertThat(got.text()).isEqualTo(want.text());
      assertThat(got.items()).hasSameSizeAs(want.items());
      for (int i = 0; i < want.items().size(); i++) {
        var wantItem = want.items().get(i);
        var gotItem = got.items().get(i);
        String where = want.label() + "." + wantItem.label();
        assertThat(gotItem.label()).as(where).isEqualTo(wantItem.label());
        assertThat(gotItem.text()).as(where).isEqualTo(wantItem.text());
        assertThat(gotItem.body()).as(where).containsExactlyElementsOf(wantItem.body());
      }
    }
  }

  @Test
  void shouldReadRecipientsAndSignature() {
    assertThat(actual().recipients()).containsExactlyElementsOf(expected.recipients());
    assertThat(actual().signature()).isEqualTo(expected.signature());
  }

  @Test
  void shouldEqualTheSeedPlanApartFromWhatTheTextCannotGive() {
    assertThat(actual())
        .usingRecursiveComparison()
        .ignoringFields(NOT_IN_THE_TEXT.toArray(String[]::new))
        .isEqualTo(expected);
  }

  @Test
  void shouldFlagOnlyWhatIsReallyUncertain() {
    assertThat(result.proposedUnits()).isEmpty();
    assertThat(result.warnings())
        .extracting(ImportWarning::kind)
        .containsOnly(
            ImportWarning.Kind.MISSING_NUMBER,
            ImportWarning.Kind.MISSING_DATE,
            ImportWarning.Kind.UNMATCHED_UNIT);
    assertThat(result.warnings())
        .filteredOn(w -> w.kind() == ImportWarning.Kind.UNMATCHED_UNIT)
        .extracting(ImportWarning::text)
        .containsExactly("Trang Thông tin điện tử huyện");
  }
}
