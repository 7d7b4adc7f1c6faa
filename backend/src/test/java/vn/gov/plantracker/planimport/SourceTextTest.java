package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.planimport.SourceText.Footnote;
import vn.gov.plantracker.planimport.SourceText.Line;

/** The noise of copied documents is taken out before anything is recognised. */
class SourceTextTest {

  @Test
  void shouldTakeOutAFootnoteThatSplitsASentenceAndJoinTheSentence() {
    SourceText text =
        SourceText.of(
            """
            - Xây dựng chương trình, bảo đảm "học đi

            ³ Theo Kế hoạch số 2259/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân huyện.

            đôi với hành" đáp ứng nhu cầu lao động.
            """);

    assertThat(text.lines())
        .extracting(Line::text)
        .containsExactly(
            "- Xây dựng chương trình, bảo đảm \"học đi đôi với hành\" đáp ứng nhu cầu lao động.");
    assertThat(text.footnotes())
        .containsExactly(
            new Footnote(
                3, "Theo Kế hoạch số 2259/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân huyện.", 3));
  }

  @Test
  void shouldKeepFootnoteMarksOnTheLineThatCarriesThem() {
    SourceText text = SourceText.of("- Trên địa bàn huyện Ngọc Hồi¹; Kế hoạch khác²³.");

    assertThat(text.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.text()).isEqualTo("- Trên địa bàn huyện Ngọc Hồi; Kế hoạch khác.");
              assertThat(line.marks()).containsExactly(1, 23);
            });
  }

  @Test
  void shouldComposeDecomposedText() {
    String nfd = Normalizer.normalize("Ủy ban nhân dân huyện Ngọc Hồi", Normalizer.Form.NFD);

    assertThat(SourceText.of(nfd).lines())
        .extracting(Line::text)
        .containsExactly("Ủy ban nhân dân huyện Ngọc Hồi");
  }

  @Test
  void shouldSplitHeaderTablesIntoColumnsAndKeepTaskTablesAsRows() {
    SourceText text =
        SourceText.of(
            """
            | ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            | Số: 12/KH-UBND | Độc lập - Tự do - Hạnh phúc |
            KẾ HOẠCH
            | TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian |
            |----|----|----|----|----|
            | 1 | Tuyên truyền | Phòng Tư pháp | | Năm 2024 |
            """);

    assertThat(text.lines())
        .extracting(Line::text)
        .containsExactly(
            "ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI",
            "Số: 12/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "KẾ HOẠCH",
            "TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian",
            "1 | Tuyên truyền | Phòng Tư pháp |  | Năm 2024");
    assertThat(text.lines().get(6).cells())
        .containsExactly("1", "Tuyên truyền", "Phòng Tư pháp", "", "Năm 2024");
  }

  @Test
  void shouldUndoMarkdownBulletsAndEmphasis() {
    assertThat(SourceText.clean("* *Đơn vị thực hiện:* Phòng Tư pháp chủ trì."))
        .isEqualTo("- Đơn vị thực hiện: Phòng Tư pháp chủ trì.");
    assertThat(SourceText.clean("phân tầng chất lượng (*ngành nghề trọng điểm, nghề mới...*)."))
        .isEqualTo("phân tầng chất lượng (ngành nghề trọng điểm, nghề mới...).");
    assertThat(SourceText.clean("## **II. MỤC TIÊU**")).isEqualTo("II. MỤC TIÊU");
  }

  @Test
  void shouldCloseStraySpacesInSymbolsButNotBetweenWords() {
    assertThat(SourceText.clean("Quyết định số 1719/QĐ- TTg"))
        .isEqualTo("Quyết định số 1719/QĐ-TTg");
    assertThat(SourceText.clean("Số: 12 /KH - UBND")).isEqualTo("Số: 12/KH-UBND");
    assertThat(SourceText.clean("Kế hoạch số 135 - KH/HU")).isEqualTo("Kế hoạch số 135-KH/HU");
    assertThat(SourceText.clean("Phòng Lao động - Thương binh và Xã hội"))
        .isEqualTo("Phòng Lao động - Thương binh và Xã hội");
    assertThat(SourceText.clean("giai đoạn 2021 - 2030")).isEqualTo("giai đoạn 2021 - 2030");
  }

  @Test
  void shouldDropPageNumbers() {
    assertThat(SourceText.of("Đoạn một.\n\n- 3 -\n\nTrang 4\n12\nĐoạn hai.").lines())
        .extracting(Line::text)
        .containsExactly("Đoạn một.", "Đoạn hai.");
  }
}
