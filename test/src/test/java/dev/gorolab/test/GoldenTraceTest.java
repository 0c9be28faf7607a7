package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundled scenario's trace (its own GOMAXPROCS and seed) hashes to the value recorded in
 * {@code src/test/resources/golden/<id>.sha256}. A change to the model that moves any event shows
 * up here. After an intended change, regenerate with
 * {@code ./mvnw -q verify -pl test -am -Dgorolab.updateGolden=true} and review the diff.
 */
class GoldenTraceTest {

  static Stream<String> ids() {
    return Runs.bundledIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void trace_matchesItsGoldenHash(String id) throws IOException {
    String actual = Runs.sha256(Runs.record(Runs.bundled(id)));
    if (Boolean.getBoolean("gorolab.updateGolden")) {
      Path file = Path.of("src/test/resources/golden", id + ".sha256");
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual + "\n");
      return;
    }
    try (InputStream in = GoldenTraceTest.class.getResourceAsStream("/golden/" + id + ".sha256")) {
      assertNotNull(in, "no golden hash for " + id + "; run with -Dgorolab.updateGolden=true");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim(), actual, id);
    }
  }
}
