package vn.gov.plantracker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TaskCodesTest {

  @Test
  void shouldOrderCodesAsTheDocumentDoes() {
    assertThat(Stream.of("3.a.10", "3.b", "3.a.2", "1.a", "3.a", "10", "2").sorted(TaskCodes.ORDER))
        .containsExactly("1.a", "2", "3.a", "3.a.2", "3.a.10", "3.b", "10");
  }
}
