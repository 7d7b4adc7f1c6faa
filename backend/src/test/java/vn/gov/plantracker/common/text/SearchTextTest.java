package vn.gov.plantracker.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void shouldFoldVietnameseToPlainLowercase() {
    assertThat(SearchText.fold("Phòng Lao động - Thương binh và Xã hội"))
        .isEqualTo("phong lao dong - thuong binh va xa hoi");
    assertThat(SearchText.fold("ĐẮK XÚ")).isEqualTo("dak xu");
  }

  @Test
  void shouldFoldDecomposedTextLikeComposedText() {
    String composed = "Giáo dục nghề nghiệp";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold(composed));
  }

  @Test
  void shouldCollapseSpacesAndIgnoreMissingParts() {
    assertThat(SearchText.of("3.a.8", null, "  Tăng   cường ")).isEqualTo("3.a.8 tang cuong");
    assertThat(SearchText.fold(null)).isEmpty();
  }

  @Test
  void shouldSortNamesInVietnameseOrder() {
    List<String> sorted =
        Stream.of("Đắk Xú", "Đắk Ang", "Sa Loong", "Bờ Y", "Dân tộc", "Ấp", "An")
            .sorted(VietnameseOrder.names())
            .toList();
    assertThat(sorted)
        .containsExactly("An", "Ấp", "Bờ Y", "Dân tộc", "Đắk Ang", "Đắk Xú", "Sa Loong");
  }
}
