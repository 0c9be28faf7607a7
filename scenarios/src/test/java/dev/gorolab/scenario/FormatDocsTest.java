package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.internal.Messages;
import dev.gorolab.scenario.internal.StatementKeys;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md stays true: its whole examples load, and it covers every statement and message. */
class FormatDocsTest {
  private static String docs;

  @BeforeAll
  static void readDocs() throws Exception {
    docs = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
  }

  @Test
  void wholeExamples_load() throws Exception {
    Matcher blocks = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(docs);
    int loaded = 0;
    while (blocks.find()) {
      String block = blocks.group(1);
      if (block.contains("\"gorolab\"")) {
        // An example that names a source file names one of the bundled cake scenario's.
        ScenarioLoader.parse("example.json", block, FormatDocsTest::cakeFolderFile);
        loaded++;
      }
    }
    assertTrue(loaded >= 1, "no whole example in the docs");
  }

  private static String cakeFolderFile(String name) {
    Path file = Path.of("src/main/resources" + BundledScenarios.LIBRARY + "cake").resolve(name);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyStatement_hasAWorkedExample() {
    for (String kind : StatementKeys.kinds().keySet()) {
      boolean headed = Pattern.compile("(?m)^### .*\\b" + kind + "\\b").matcher(docs).find();
      assertTrue(headed, "no section for " + kind);
      assertTrue(docs.contains("{ \"" + kind + "\":"), "no example of " + kind);
    }
  }

  @Test
  void everyLoaderMessage_isExplained() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Field f : Messages.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue;
      }
      String format = (String) f.get(null);
      // The literal text before the first placeholder must appear in the docs.
      String prefix = format.split("%")[0].strip();
      if (prefix.length() > 3 && !docs.contains(prefix)) {
        missing.add(f.getName() + ": " + prefix);
      }
    }
    assertEquals(List.of(), missing);
  }
}
