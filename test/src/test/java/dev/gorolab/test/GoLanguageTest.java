package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The language GoroLab models, one Go program per construct (lang/NAME/main.go): each opens as a
 * Go file and prints exactly what real Go 1.19 printed at GOMAXPROCS=1 (main.stdout, main.exit,
 * main.stderr recorded by tools/record-go-fixtures.sh --corpus test/src/test/resources/lang).
 */
class GoLanguageTest {

  static Stream<String> programs() throws IOException, URISyntaxException {
    Path dir = Path.of(GoLanguageTest.class.getResource("/lang").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.exists(p.resolve("main.go"))).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void program_printsWhatRealGoPrints(String name) throws IOException, URISyntaxException {
    Path dir = Path.of(GoLanguageTest.class.getResource("/lang/" + name).toURI());
    GoFile.Result go = GoFile.read("main.go", Files.readString(dir.resolve("main.go")));
    assertTrue(go.ok(), () -> name + " does not load: " + go.errors());
    RunOutcome outcome = Simulation.record(go.program(), new RunSettings(1, 1, RunSettings.DEFAULT_MAX_STEPS),
        RecordingListener.NONE).outcome();
    assertEquals(read(dir, "main.stdout"), outcome.stdout(), "stdout of " + name);
    assertEquals(Integer.parseInt(read(dir, "main.exit").trim()), outcome.exitCode(), "exit code of " + name);
    assertEquals(FidelityTest.reportLines(read(dir, "main.stderr")), FidelityTest.reportLines(outcome.stderr()),
        "stderr of " + name);
  }

  private static String read(Path dir, String file) throws IOException {
    return new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.UTF_8);
  }
}
