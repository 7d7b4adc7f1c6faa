package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftParty;
import vn.gov.plantracker.planimport.DraftPlan.DraftTarget;
import vn.gov.plantracker.planimport.SourceText.Line;

/** The recognisers one by one, on the forms Vietnamese plans use. */
class RecognizersTest {

  private final Findings findings = new Findings();
  private final UnitMatcher matcher = new UnitMatcher(SeedFixture.units(), SeedFixture.groups());
  private final AssignmentParser assignments = new AssignmentParser(matcher, findings);

  private static List<Line> lines(String... texts) {
    return IntStream.range(0, texts.length)
        .mapToObj(i -> new Line(i + 1, texts[i], Set.of(), null))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ngày 17-11-2023|2023-11-17",
        "ngày 15/9/2023|2023-09-15",
        "ngày 17 tháng 11 năm 2023|2023-11-17",
        "ngày 04 tháng 5 năm 2023|2023-05-04",
        "ngày 31/02/2023|",
        "không có ngày|"
      })
  void shouldReadDates(String text, String iso) {
    assertThat(VnDates.iso(VnDates.find(text))).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thường xuyên.|ONGOING|",
        "Hằng năm|ONGOING|",
        "Hoàn thành trong tháng 12/2023.|DUE|2023-12-31",
        "Tháng 02/2024|DUE|2024-02-29",
        "Năm 2024|DUE|2024-12-31",
        "Giai đoạn 2023-2025|DUE|2025-12-31",
        "Quý III/2024|DUE|2024-09-30",
        "Trước ngày 15/12/2024|DUE|2024-12-15",
        "Khi có yêu cầu||"
      })
  void shouldReadTimeframes(String text, String timeframe, String due) {
    assertThat(Timeframes.read(text)).isEqualTo(new Timeframes.Reading(timeframe, due));
  }

  @Test
  void shouldReadNumberSymbolPlaceAndDate() {
    HeaderRecognizer.Header header =
        new HeaderRecognizer(findings)
            .read(
                lines(
                    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
                    "Số: 3714/KH-UBND",
                    "Lâm Đồng, ngày 11 tháng 4 năm 2025",
                    "KẾ HOẠCH",
                    "Về việc gì đó"),
                5);

    assertThat(header.number()).isEqualTo("3714");
    assertThat(header.symbol()).isEqualTo("KH-UBND");
    assertThat(header.place()).isEqualTo("Lâm Đồng");
    assertThat(header.issueDate()).isEqualTo("2025-04-11");
    assertThat(header.issueYear()).isEqualTo(2025);
    assertThat(header.documentType()).isEqualTo("PLAN");
    assertThat(header.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void shouldKeepTheYearOfADraftWithBlankNumberAndDate() {
    HeaderRecognizer.Header header =
        new HeaderRecognizer(findings)
            .read(lines("Số: /KH-UBND", "Ngọc Hôi, ngày tháng năm 2023", "KẾ HOẠCH"), 3);

    assertThat(header.number()).isNull();
    assertThat(header.symbol()).isEqualTo("KH-UBND");
    assertThat(header.issueDate()).isNull();
    assertThat(header.issueYear()).isEqualTo(2023);
    assertThat(findings.warnings())
        .extracting(ImportWarning::kind)
        .containsExactly(ImportWarning.Kind.MISSING_NUMBER, ImportWarning.Kind.MISSING_DATE);
  }

  @Test
  void shouldReadAPartyStyleNumber() {
    HeaderRecognizer.Header header =
        new HeaderRecognizer(findings)
            .read(lines("HUYỆN ỦY NGỌC HỒI", "Số 135 - KH/HU", "KẾ HOẠCH"), 3);

    assertThat(header.number()).isEqualTo("135");
    assertThat(header.symbol()).isEqualTo("KH/HU");
  }

  @Test
  void shouldMatchUnitsByAbbreviationAccentAndCase() {
    assertThat(assignments.parties("Phòng LĐTBXH, phòng gd&đt; PHÒNG TC-KH và Phòng NN&PTNT", "t"))
        .containsExactly(
            unit("phong-ldtbxh"), unit("phong-gddt"), unit("phong-tckh"), unit("phong-nnptnt"));
    assertThat(assignments.parties("Văn phòng HĐND&UBND huyện; Trung tâm GDNN-GDTX", "t"))
        .containsExactly(unit("van-phong-hdnd-ubnd"), unit("trung-tam-gdnn-gdtx"));
    assertThat(assignments.parties("phong lao dong thuong binh va xa hoi huyện Ngọc Hồi", "t"))
        .containsExactly(unit("phong-ldtbxh"));
    assertThat(findings.proposedUnits()).isEmpty();
  }

  @Test
  void shouldMatchCommunesByTheirOwnNames() {
    assertThat(assignments.parties("UBND xã Bờ Y, xã Đắk Ang và thị trấn Plei Kần", "t"))
        .containsExactly(unit("xa-bo-y"), unit("xa-dak-ang"), unit("tt-plei-kan"));
  }

  @Test
  void shouldReadASignatureWithSlashesAndAnUpperCaseName() {
    ClosingRecognizer.Result closing =
        new ClosingRecognizer(matcher, findings)
            .read(
                lines(
                    "Nơi nhận:",
                    "- Như trên;",
                    "- Thường trực HĐND huyện (b/c);",
                    "- Phòng Tư pháp;",
                    "+ Trưởng phòng;",
                    "T/M ỦY BAN NHÂN DÂN",
                    "CHỦ TỊCH",
                    "(Đã ký)",
                    "NGUYỄN VĂN AN"));

    assertThat(closing.signature())
        .isEqualTo(
            new DraftPlan.DraftSignature("T/M ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "NGUYỄN VĂN AN"));
    assertThat(closing.recipients())
        .extracting(r -> r.text(), r -> r.note(), r -> r.level(), r -> r.unit())
        .containsExactly(
            tuple("Như trên", null, 1, null),
            tuple("Thường trực HĐND huyện", "b/c", 1, "hdnd-huyen-ngoc-hoi"),
            tuple("Phòng Tư pháp", null, 1, "phong-tu-phap"),
            tuple("Trưởng phòng", null, 2, "phong-tu-phap"));
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void shouldMatchGroupPhrases() {
    assertThat(assignments.parties("các Phòng, ban, ngành; UBND các xã, thị trấn", "t"))
        .containsExactly(group("ALL_OFFICES"), group("ALL_COMMUNES"));
    assertThat(assignments.parties("Các tổ chức chính trị - xã hội huyện", "t"))
        .containsExactly(group("SOCIO_POLITICAL_ORGS"));
    assertThat(assignments.parties("Phòng Tư pháp và các Phòng, ngành, địa phương liên quan", "t"))
        .containsExactly(unit("phong-tu-phap"), group("RELATED_UNITS"));
  }

  @Test
  void shouldReadLeadCoordinatingGuidanceAndImplementingParties() {
    DraftBlock guided =
        assignments.parse(
            "Căn cứ hướng dẫn của Ban Tuyên giáo Huyện ủy, các Phòng, ban, ngành triển khai thực hiện.",
            "Năm 2024",
            "t");
    assertThat(guided.guidance()).isEqualTo("ban-tuyen-giao-huyen-uy");
    assertThat(guided.lead()).isNull();
    assertThat(guided.implementing()).containsExactly(group("ALL_OFFICES"));

    DraftBlock led =
        assignments.parse(
            "Phòng Tư pháp chủ trì, phối hợp với Phòng Dân tộc và Hội LHPN huyện.",
            "Thường xuyên",
            "t");
    assertThat(led.lead()).isEqualTo("phong-tu-phap");
    assertThat(led.coordinating()).containsExactly(unit("phong-dan-toc"), unit("hoi-lhpn-huyen"));
    assertThat(led.timeframe()).isEqualTo("ONGOING");
  }

  @Test
  void shouldProposeAnUnknownUnitAndWarn() {
    List<DraftParty> parties =
        assignments.parties("Phòng Văn hóa và Thông tin, Phòng Tư pháp", "1.a");

    assertThat(parties)
        .containsExactly(unit("new-phong-van-hoa-va-thong-tin"), unit("phong-tu-phap"));
    assertThat(findings.proposedUnits())
        .containsExactly(
            new ProposedUnit(
                "new-phong-van-hoa-va-thong-tin", "Phòng Văn hóa và Thông tin", "1.a"));
    assertThat(findings.warnings())
        .containsExactly(
            new ImportWarning(
                ImportWarning.Kind.UNMATCHED_UNIT, "Phòng Văn hóa và Thông tin", "1.a"));
  }

  @Test
  void shouldReadTargetsWithRangesApproximationsAndYears() {
    List<DraftTarget> targets =
        new TargetRecognizer(findings)
            .read(
                lines(
                    "1. Mục tiêu chung",
                    "2. Đến năm 2025, có trên 90% xã đạt chuẩn.",
                    "3. Đến năm 2030: Thu hút 45-50% học sinh; đào tạo cho khoảng 50% lao động.",
                    "4. Đến năm 2045: Đáp ứng nhu cầu nhân lực."));

    assertThat(targets)
        .extracting(
            DraftTarget::targetYear,
            DraftTarget::kind,
            DraftTarget::low,
            DraftTarget::high,
            DraftTarget::approximate)
        .containsExactly(
            tuple(2025, "QUANTITATIVE", new BigDecimal("90"), null, false),
            tuple(2030, "QUANTITATIVE", new BigDecimal("45"), new BigDecimal("50"), false),
            tuple(2030, "QUANTITATIVE", new BigDecimal("50"), null, true),
            tuple(2045, "QUALITATIVE", null, null, false));
    assertThat(targets.get(1).text()).isEqualTo("Thu hút 45-50% học sinh");
  }

  @Test
  void shouldFoldVietnameseKeepingLength() {
    String text = "Ủy ban nhân dân huyện Ngọc Hồi, Đắk Xú";
    assertThat(Folding.fold(text)).isEqualTo("uy ban nhan dan huyen ngoc hoi, dak xu");
    assertThat(Folding.fold(text)).hasSameSizeAs(text);
    assertThat(LocalDate.parse(VnDates.iso(VnDates.of("2024", "2", "29")))).isNotNull();
  }

  private static DraftParty unit(String key) {
    return new DraftParty(key, null);
  }

  private static DraftParty group(String code) {
    return new DraftParty(null, code);
  }
}
