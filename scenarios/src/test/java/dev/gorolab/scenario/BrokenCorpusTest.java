package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken scenarios: one file per kind of mistake in {@code broken/}, each with the
 * exact messages the loader must give in a sidecar {@code .expected} file.
 *
 * <p>Run with {@code -Dcorpus.record=true} to write the {@code .expected} files of new cases into
 * {@code src/test/resources/broken}; read every recorded message before committing it.
 */
class BrokenCorpusTest {

  static Path corpus() throws URISyntaxException {
    return Path.of(BrokenCorpusTest.class.getResource("/broken").toURI());
  }

  static Stream<String> brokenFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void corpus_holdsAtLeastFortyKindsOfMistake() throws Exception {
    assertTrue(brokenFiles().count() >= 40, "only " + brokenFiles().count() + " broken files");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFile_isRejectedWithItsExactMessages(String name) throws Exception {
    Path file = corpus().resolve(name);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    String expectedName = name.substring(0, name.length() - ".json".length()) + ".expected";
    if (Boolean.getBoolean("corpus.record")) {
      Path source = Path.of("src/test/resources/broken").resolve(expectedName);
      if (!Files.exists(source)) {
        Files.writeString(source, e.getMessage() + "\n", StandardCharsets.UTF_8);
      }
    }
    Path expectedFile = corpus().resolve(expectedName);
    assertTrue(Files.exists(expectedFile), "missing " + expectedName + "; actual:\n" + e.getMessage());
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).strip();
    assertEquals(expected, e.getMessage());
  }

  @Test
  void fileTooLarge_isRejectedBeforeReading(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"title\": \"" + "x".repeat(ScenarioLoader.MAX_FILE_BYTES) + "\"}");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big));
    assertEquals(
        "big.json:1:1: $: file of 1,048,589 bytes is larger than the limit of 1,048,576 bytes",
        e.getMessage());
  }

  @Test
  void notUtf8_isRejectedWithAPlainMessage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(latin1));
    assertEquals("latin1.json:1:1: $: file is not valid UTF-8 text", e.getMessage());
  }

  @Test
  void missingFile_isRejectedWithAPlainMessage(@org.junit.jupiter.api.io.TempDir Path dir) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("gone.json")));
    assertEquals(List.of("gone.json"), e.errors().stream().map(ScenarioError::file).toList());
    assertTrue(e.getMessage().startsWith("gone.json:1:1: $: cannot read the file: no such file "), e.getMessage());
  }
}
