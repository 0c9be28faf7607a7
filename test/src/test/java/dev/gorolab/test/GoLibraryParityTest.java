package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Go program of the bundled library, read by the Go front end, runs exactly as its scenario
 * JSON: the trace of the program from {@code <id>.go} hashes to the golden hash of the scenario
 * (recorded from the JSON front end), with the scenario's GOMAXPROCS and seed. A scenario the
 * JSON front end rejects must be rejected by the Go front end too. Walks the library folder.
 */
class GoLibraryParityTest {

  private static final Path LIBRARY = Path.of("../scenarios/src/main/resources/dev/gorolab/scenario/library");

  static Stream<String> ids() throws IOException {
    try (Stream<Path> dirs = Files.list(LIBRARY)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(id -> Files.exists(LIBRARY.resolve(id).resolve(id + ".go")))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void goFile_runsAsItsScenario(String id) throws IOException {
    Path dir = LIBRARY.resolve(id);
    String source = Files.readString(dir.resolve(id + ".go"));
    GoFile.Result go = GoFile.read(id + ".go", source);
    Path golden = Path.of("src/test/resources/golden", id + ".sha256");
    if (!Files.exists(golden)) {
      // Not in the gallery: the JSON front end rejects it, and so must the Go front end.
      assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve(id + ".json")));
      assertFalse(go.ok(), id + " loads as Go but not as JSON");
      return;
    }
    assertTrue(go.ok(), () -> id + ".go: " + go.errors());
    Scenario json = loadJson(dir.resolve(id + ".json"));
    String hash = Runs.sha256(Simulation.record(
        go.program(),
        new RunSettings(json.gomaxprocs(), json.seed(), RunSettings.DEFAULT_MAX_STEPS),
        RecordingListener.NONE));
    String expected = Files.readString(golden).trim();
    assertNotNull(expected);
    assertEquals(expected, hash, id + ": the Go file's trace differs from the scenario's golden trace");
  }

  private static Scenario loadJson(Path file) {
    try {
      return ScenarioLoader.load(file);
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
