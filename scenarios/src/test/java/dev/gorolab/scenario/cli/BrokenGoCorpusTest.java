package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken Go files ({@code broken/go/<case>.go}): {@code gorolab check} prints exactly
 * what go1.19's {@code go build} (or, for the {@code vet-*} cases, {@code go vet}) printed, as
 * recorded in {@code <case>.expected} by {@code tools/record-broken-go.sh}.
 *
 * <p>Cases where GoroLab's words still differ are listed in {@code broken/go/mismatches.txt}
 * ({@code case | why}); for them the test checks that they still differ, so a fix must remove the
 * entry and the list only shrinks.
 */
class BrokenGoCorpusTest {

  static Path corpus() {
    try {
      return Path.of(BrokenGoCorpusTest.class.getResource("/broken/go").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".go"))
          .map(n -> n.substring(0, n.length() - ".go".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** {@code mismatches.txt}: one {@code case | why} a line, {@code #} starts a comment. */
  static Map<String, String> mismatches() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : read(corpus().resolve("mismatches.txt")).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" \\| ", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("mismatches.txt: expected \"case | why\", found: " + line);
      }
      out.put(parts[0], parts[1]);
    }
    return out;
  }

  @Test
  void corpus_holdsAtLeastFortyBrokenFiles() throws IOException {
    assertTrue(cases().count() >= 40, "only " + cases().count() + " broken Go files");
  }

  @Test
  void mismatches_nameOnlyCorpusCases() throws IOException {
    for (String listed : mismatches().keySet()) {
      assertTrue(cases().anyMatch(listed::equals), "mismatches.txt lists " + listed + ", which is not in broken/go");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_printsWhatGoPrints(String name) {
    String expected = read(corpus().resolve(name + ".expected"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(
        new String[] {"check", corpus().resolve(name + ".go").toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String actual = out.toString(StandardCharsets.UTF_8);
    String why = mismatches().get(name);
    if (why != null) {
      assertNotEquals(expected, actual, name + " now prints what Go prints: remove it from broken/go/mismatches.txt");
      return;
    }
    assertEquals(expected, actual, name + ": gorolab check against go1.19 (stderr: " + err.toString(StandardCharsets.UTF_8) + ")");
    assertEquals(1, exit, name + ": exit code of check");
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
