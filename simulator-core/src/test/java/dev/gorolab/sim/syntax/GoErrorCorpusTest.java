package dev.gorolab.sim.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Go file of {@code src/test/resources/dev/gorolab/sim/syntax/errors/} gets exactly the
 * errors real {@code go build} (Go 1.19) printed for it, recorded in {@code <name>.expected} by
 * {@code tools/record-syntax-errors.sh}: same positions, same words, same order.
 */
class GoErrorCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/dev/gorolab/sim/syntax/errors");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".go"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void brokenFile_getsGoBuildsErrors(String name) throws IOException {
    String source = Files.readString(DIR.resolve(name + ".go"), StandardCharsets.UTF_8);
    String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8).strip();
    GoFile.Result result = GoFile.read(name + ".go", source);
    assertFalse(result.ok(), name + " should not load");
    String actual = result.errors().stream().map(GoError::toString).collect(Collectors.joining("\n"));
    assertEquals(expected, actual);
  }
}
