package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.trace.RunOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario prints exactly what real Go 1.19 printed for its Go source with
 * GOMAXPROCS=1 (fixtures recorded by tools/record-go-fixtures.sh), ends with the same exit code,
 * and reports panics and deadlocks with the same header lines.
 */
class FidelityTest {
  /** Lines of Go's stderr that GoroLab reproduces; frames and addresses are left out. */
  private static final Pattern REPORT_LINE =
      Pattern.compile("^(panic: .*|fatal error: .*|goroutine \\d+ \\[[^\\]]*\\]:)$");

  static Stream<String> scenariosWithFixtures() {
    return Runs.bundledIds().stream().filter(id -> fixture(id, "stdout") != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenariosWithFixtures")
  void scenario_printsWhatRealGoPrints(String id) {
    Scenario scenario = Runs.bundled(id);
    RunOutcome outcome = Runs.record(scenario, 1, scenario.seed()).outcome();
    assertEquals(fixture(id, "stdout"), outcome.stdout(), "stdout of " + id);
    assertEquals(Integer.parseInt(fixture(id, "exit").trim()), outcome.exitCode(), "exit code of " + id);
    assertEquals(reportLines(fixture(id, "stderr")), reportLines(outcome.stderr()), "stderr of " + id);
  }

  static List<String> reportLines(String stderr) {
    List<String> lines = new ArrayList<>();
    if (stderr == null) {
      return lines;
    }
    for (String line : stderr.split("\n")) {
      if (REPORT_LINE.matcher(line).matches()) {
        lines.add(line);
      }
    }
    return lines;
  }

  static String fixture(String id, String kind) {
    try (InputStream in = FidelityTest.class.getResourceAsStream("/fixtures/" + id + "." + kind)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
