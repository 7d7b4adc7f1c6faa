package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftEntry;
import vn.gov.plantracker.planimport.DraftPlan.DraftItem;
import vn.gov.plantracker.planimport.DraftPlan.DraftParty;
import vn.gov.plantracker.planimport.DraftPlan.DraftReference;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;
import vn.gov.plantracker.planimport.ImportWarning.Kind;

/** Plans written other ways than the Ngọc Hồi one, and input that is not a plan at all. */
class PlanVariantsTest {

  private final PlanParser parser = SeedFixture.parser();

  private static DraftParty unit(String key) {
    return new DraftParty(key, null);
  }

  private static DraftParty group(String code) {
    return new DraftParty(null, code);
  }

  private static DraftBlock blockOf(DraftItem item) {
    return item.body().stream()
        .map(DraftEntry::block)
        .filter(b -> b != null)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldQuoteTheDocumentWhenItGuessesTheTaskStructure() {
    String text =
        """
        KẾ HOẠCH
        Tuyên truyền về học nghề

        II. NHIỆM VỤ VÀ GIẢI PHÁP
        - Tổ chức hội nghị tư vấn học nghề tại các xã
        - Thời gian thực hiện: Năm 2024
        """;

    ImportResult result = parser.parse(text);

    assertThat(result.warnings())
        .contains(
            new ImportWarning(
                Kind.STRUCTURE_GUESSED, "- Tổ chức hội nghị tư vấn học nghề tại các xã", "line 5"));
    assertThat(result.plan().tasks().get(0).items().get(0).body().get(0).action())
        .isEqualTo("Tổ chức hội nghị tư vấn học nghề tại các xã");
  }

  @Test
  void shouldReadDecomposedUnicodeLikeComposed() {
    String text = SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt");
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(text);

    assertThat(parser.parse(decomposed)).isEqualTo(parser.parse(text));
  }

  @Test
  void shouldReadAnAppendixTableOfTasks() {
    ImportResult result = parser.parse(SeedFixture.resource("planimport/appendix-table.txt"));
    DraftPlan plan = result.plan();

    assertThat(plan.issuer()).isEqualTo("ubnd-huyen-ngoc-hoi");
    assertThat(plan.number()).isEqualTo("45");
    assertThat(plan.symbol()).isEqualTo("KH-UBND");
    assertThat(plan.issueDate()).isEqualTo("2024-03-05");
    assertThat(plan.coordinator()).isEqualTo("phong-ldtbxh");
    assertThat(plan.tasks())
        .extracting(DraftTaskGroup::label, DraftTaskGroup::text)
        .containsExactly(tuple("I", "Công tác tuyên truyền"), tuple("II", "Công tác đào tạo"));

    DraftItem website = plan.tasks().get(0).items().get(0);
    assertThat(website.label()).isEqualTo("1");
    assertThat(website.text()).isEqualTo("Tuyên truyền trên Trang thông tin điện tử huyện");
    assertThat(blockOf(website))
        .isEqualTo(
            new DraftBlock(
                "phong-ldtbxh",
                null,
                List.of(unit("trung-tam-gdnn-gdtx")),
                List.of(),
                "DUE",
                "2024-06-30",
                "Phòng LĐTBXH; Trung tâm GDNN-GDTX",
                "Quý II/2024"));
    DraftBlock fair = blockOf(plan.tasks().get(0).items().get(1));
    assertThat(fair.lead()).isEqualTo("phong-gddt");
    assertThat(fair.coordinating()).containsExactly(group("ALL_COMMUNES"));
    assertThat(fair.dueDate()).isEqualTo("2024-05-31");
    DraftBlock classes = blockOf(plan.tasks().get(1).items().get(0));
    assertThat(classes.lead()).isEqualTo("trung-tam-gdnn-gdtx");
    assertThat(classes.coordinating()).containsExactly(unit("phong-nnptnt"), group("ALL_COMMUNES"));
    assertThat(classes.dueDate()).isEqualTo("2024-12-31");

    assertThat(plan.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.targetYear()).isEqualTo(2024);
              assertThat(t.kind()).isEqualTo("QUANTITATIVE");
              assertThat(t.low()).isEqualByComparingTo(new BigDecimal("350"));
              assertThat(t.measureUnit()).isEqualTo("lao động");
            });
    assertThat(plan.references())
        .containsExactly(
            new DraftReference(
                "CITES",
                "QĐ",
                "1234/QĐ-UBND",
                "2024-01-10",
                "Ủy ban nhân dân tỉnh Kon Tum",
                "về việc giao chỉ tiêu đào tạo nghề năm 2024",
                null,
                null));
    assertThat(plan.recipients())
        .extracting(r -> r.text(), r -> r.note(), r -> r.unit())
        .containsExactly(
            tuple("Sở LĐTBXH tỉnh Kon Tum", "b/c", "so-ldtbxh-kon-tum"),
            tuple("Lưu: VT.", null, null));
    assertThat(plan.signature().onBehalfOf()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    assertThat(plan.signature().signingFor()).isNull();
    assertThat(plan.signature().signerTitle()).isEqualTo("CHỦ TỊCH");
    assertThat(plan.signature().signerName()).isEqualTo("Nguyễn Văn An");
    assertThat(result.proposedUnits()).isEmpty();
  }

  @Test
  void shouldReadDottedNumberingAndSeparateLeadAndCoordinatingLines() {
    ImportResult result = parser.parse(SeedFixture.resource("planimport/dotted-numbering.txt"));
    List<DraftTaskGroup> tasks = result.plan().tasks();

    assertThat(tasks).extracting(DraftTaskGroup::label).containsExactly("1", "2");
    assertThat(tasks.get(0).items()).extracting(DraftItem::label).containsExactly("1", "2");
    DraftBlock survey = blockOf(tasks.get(0).items().get(0));
    assertThat(survey.lead()).isNull();
    assertThat(survey.implementing()).containsExactly(group("ALL_COMMUNES"));
    assertThat(survey.coordinating()).containsExactly(unit("phong-ldtbxh"));
    assertThat(survey.timeframe()).isEqualTo("DUE");
    assertThat(survey.dueDate()).isEqualTo("2024-03-31");

    DraftItem classes = tasks.get(0).items().get(1);
    assertThat(classes.body())
        .extracting(DraftEntry::action)
        .containsExactly(
            "Mở 10 lớp sơ cấp nghề nông nghiệp", "Mở 5 lớp nghề phi nông nghiệp", null);
    assertThat(blockOf(classes).lead()).isEqualTo("trung-tam-gdnn-gdtx");
    assertThat(blockOf(classes).dueDate()).isEqualTo("2024-12-31");
    assertThat(blockOf(tasks.get(1).items().get(0)).dueDate()).isEqualTo("2024-12-15");
    assertThat(result.plan().coordinator()).isEqualTo("phong-ldtbxh");
  }

  @Test
  void shouldFlagAnUnknownUnitAndProposeIt() {
    ImportResult result = parser.parse(SeedFixture.resource("planimport/dotted-numbering.txt"));

    DraftBlock classes = blockOf(result.plan().tasks().get(0).items().get(1));
    assertThat(classes.coordinating())
        .containsExactly(unit("new-phong-van-hoa-va-thong-tin"), unit("hoi-nong-dan-huyen"));
    assertThat(result.proposedUnits())
        .extracting(ProposedUnit::key, ProposedUnit::name)
        .containsExactly(tuple("new-phong-van-hoa-va-thong-tin", "Phòng Văn hóa và Thông tin"));
    assertThat(result.warnings())
        .contains(new ImportWarning(Kind.UNMATCHED_UNIT, "Phòng Văn hóa và Thông tin", "line 22"));
  }

  @Test
  void shouldJoinSymbolsWrittenWithStraySpaces() {
    DraftPlan plan = parser.parse(SeedFixture.resource("planimport/dotted-numbering.txt")).plan();

    assertThat(plan.number()).isEqualTo("12");
    assertThat(plan.symbol()).isEqualTo("KH-UBND");
    assertThat(plan.issueDate()).isEqualTo("2024-06-20");
    assertThat(plan.issuer()).isEqualTo("ubnd-huyen-ngoc-hoi");
    assertThat(plan.references())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("IMPLEMENTS");
              assertThat(r.number()).isEqualTo("1719/QĐ-TTg");
              assertThat(r.issueDate()).isEqualTo("2021-10-14");
              assertThat(r.issuer()).isEqualTo("Thủ tướng Chính phủ");
              assertThat(r.title()).startsWith("phê duyệt Chương trình").endsWith("2021-2030");
            });
  }

  @Test
  void shouldWarnOfAMissingSectionAndOfWhatItCouldNotRead() {
    ImportResult result = parser.parse(SeedFixture.resource("planimport/dotted-numbering.txt"));

    assertThat(result.warnings())
        .contains(new ImportWarning(Kind.MISSING_SECTION, "MỤC TIÊU", null))
        .contains(new ImportWarning(Kind.DATE_NOT_UNDERSTOOD, "khi nào xong", "line 28"));
    assertThat(result.warnings())
        .extracting(ImportWarning::kind)
        .contains(Kind.BLOCK_WITHOUT_PARTY);
    assertThat(result.plan().targets()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n\n  ",
        "lorem ipsum dolor sit amet",
        "|||||\n| | |\n|---|",
        "Số: /\nngày tháng năm\nKẾ HOẠCH\nI.\nII. MỤC TIÊU\nĐến năm 99999999999999999999: 1e9999%",
        "\u0000\uFFFF\uD800 ¹²³ *** ** * _ ` ~ \u202E",
        "III. NHIỆM VỤ VÀ GIẢI PHÁP\n- Đơn vị thực hiện:\n- Thời gian thực hiện:\n+ \na)\n1.1.",
        "Căn cứ Kế hoạch số 1/KH ngày 99/99/9999 của; Kế hoạch số 2-KH/HU ngày 31 tháng 2 năm 2023"
      })
  void shouldNeverFailOnGarbage(String text) {
    ImportResult result = parser.parse(text);

    assertThat(result.plan()).isNotNull();
    assertThat(result.plan().tasks()).isNotNull();
    assertThat(result.warnings()).isNotEmpty();
  }

  @Test
  void shouldGiveAnEmptyDraftForNull() {
    ImportResult result = parser.parse(null);

    assertThat(result.plan().tasks()).isEmpty();
    assertThat(result.warnings()).extracting(ImportWarning::kind).containsExactly(Kind.EMPTY_INPUT);
  }

  @Test
  void shouldWorkWithoutAnyKnownUnits() {
    ImportResult result =
        new PlanParser(null, null).parse(SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt"));

    assertThat(result.plan().tasks()).hasSize(3);
    assertThat(result.proposedUnits()).isNotEmpty();
    assertThat(result.hasWarning(Kind.UNMATCHED_UNIT)).isTrue();
  }

  @Test
  void shouldFlagATaskThatNoBlockAssigns() {
    String text =
        "III. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            + "1. Tuyên truyền\n"
            + "a) Tổ chức hội nghị\n"
            + "- Đơn vị thực hiện: Phòng Tư pháp chủ trì.\n"
            + "- Thời gian thực hiện: Năm 2024.\n"
            + "b) Phát tờ rơi\n";

    ImportResult result = parser.parse(text);

    assertThat(result.warnings())
        .contains(new ImportWarning(Kind.TASK_WITHOUT_BLOCK, "Phát tờ rơi", "1.b"));
    assertThat(result.plan().tasks().get(0).items().get(0).body())
        .extracting(DraftEntry::block)
        .extracting(DraftBlock::lead)
        .containsExactly("phong-tu-phap");
  }

  @Test
  void shouldReadItemsLetteredWithADot() {
    String text =
        "III. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            + "1. Tuyên truyền\n"
            + "a. Tổ chức hội nghị\n"
            + "- Đơn vị thực hiện: UBND các xã, thị trấn.\n"
            + "- Thời gian thực hiện: Thường xuyên.\n";

    DraftTaskGroup group = parser.parse(text).plan().tasks().get(0);

    assertThat(group.items())
        .extracting(DraftItem::label, DraftItem::text)
        .containsExactly(tuple("a", "Tổ chức hội nghị"));
    assertThat(blockOf(group.items().get(0)).implementing()).containsExactly(group("ALL_COMMUNES"));
  }
}
