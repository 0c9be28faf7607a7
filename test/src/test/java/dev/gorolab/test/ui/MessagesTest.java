package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

  @Test
  void chineseBundle_hasExactlyTheEnglishKeys() throws Exception {
    assertEquals(keys("/dev/gorolab/ui/messages.properties"), keys("/dev/gorolab/ui/messages_zh_CN.properties"));
  }
}
