package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulated standard library behaves as Go 1.19's: every program under
 * {@code src/test/resources/stdlib/<name>/main.go}, read by the Go front end and run at
 * GOMAXPROCS=1 with seed 1, prints what real Go printed (fixtures recorded by
 * {@code tools/record-go-fixtures.sh --corpus test/src/test/resources/stdlib}), ends with the same
 * exit code, and reports panics, fatal errors and deadlocks with the same header lines.
 * Walks the folder: a new program with its fixture is tested without being listed anywhere.
 */
class StdlibFidelityTest {

  private static final Path DIR = Path.of("src/test/resources/stdlib");

  static Stream<String> programs() throws IOException {
    try (Stream<Path> dirs = Files.list(DIR)) {
      return dirs.filter(d -> Files.exists(d.resolve("main.stdout")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void program_printsWhatGo119Prints(String name) throws IOException {
    Path dir = DIR.resolve(name);
    GoFile.Result go = GoFile.read("main.go", Files.readString(dir.resolve("main.go")));
    assertTrue(go.ok(), () -> name + ": " + go.errors());
    RunOutcome outcome = Simulation.record(go.program(), new RunSettings(1, 1, RunSettings.DEFAULT_MAX_STEPS),
        RecordingListener.NONE).outcome();
    assertEquals(Files.readString(dir.resolve("main.stdout")), outcome.stdout(), "stdout of " + name);
    assertEquals(Integer.parseInt(Files.readString(dir.resolve("main.exit")).trim()), outcome.exitCode(),
        "exit code of " + name);
    assertEquals(FidelityTest.reportLines(Files.readString(dir.resolve("main.stderr"))),
        FidelityTest.reportLines(outcome.stderr()), "stderr of " + name);
  }
}
