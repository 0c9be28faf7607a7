package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.StatusWords;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and in Simplified Chinese. */
class MessagesTest {
  private static TreeSet<String> keys(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  /** Every G, M and P state the model has can be named on screen, in both languages. */
  @Test
  void everyRuntimeState_hasItsWordsInBothLanguages() {
    for (Locale locale : I18n.SUPPORTED) {
      I18n i18n = new I18n(locale);
      for (PStatus s : PStatus.values()) {
        assertFalse(StatusWords.of(i18n, s).isBlank(), s + " in " + locale);
      }
      for (MStatus s : MStatus.values()) {
        assertFalse(StatusWords.of(i18n, s).isBlank(), s + " in " + locale);
      }
      for (GStatus s : GStatus.values()) {
        assertFalse(StatusWords.of(i18n, s).isBlank(), s + " in " + locale);
      }
    }
  }

  @Test
  void chineseBundle_hasExactlyTheEnglishKeys() throws Exception {
    assertEquals(keys("/dev/gorolab/ui/messages.properties"), keys("/dev/gorolab/ui/messages_zh_CN.properties"));
  }
}
