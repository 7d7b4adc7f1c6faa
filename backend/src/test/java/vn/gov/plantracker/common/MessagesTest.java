package vn.gov.plantracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.error.MessageKey;
import vn.gov.plantracker.common.error.Messages;

class MessagesTest {

  @Test
  void shouldHaveEveryMessageInBothLanguages() throws IOException {
    Properties english = load("messages.properties");
    Properties vietnamese = load("messages_vi.properties");
    assertThat(vietnamese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(english).containsKeys(code.name() + ".title", code.name() + ".detail");
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void shouldFillArgumentsAndNestedKeys() {
    assertThat(
            Messages.text(
                Messages.VIETNAMESE, "NOT_FOUND.detail", new MessageKey("entity.unit"), "1234"))
        .isEqualTo("Không tìm thấy đơn vị có mã 1234.");
    assertThat(Messages.text(Locale.ENGLISH, "rule.task.codeTaken", "3.a.8"))
        .isEqualTo("Another task of this plan already has the code 3.a.8.");
  }
}
