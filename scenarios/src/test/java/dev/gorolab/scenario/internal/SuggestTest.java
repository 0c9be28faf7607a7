package dev.gorolab.scenario.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> KEYS = List.of("length", "line", "value", "title", "send");

  @Test
  void swappedLetters_suggestTheKey() {
    assertEquals("length", Suggest.nearest("lenght", KEYS));
    assertEquals("send", Suggest.nearest("sned", KEYS));
  }

  @Test
  void caseDifferences_suggestTheKey() {
    assertEquals("title", Suggest.nearest("Title", KEYS));
  }

  @Test
  void unrelatedWords_suggestNothing() {
    assertNull(Suggest.nearest("author", KEYS));
    assertNull(Suggest.nearest("x", KEYS));
  }
}
