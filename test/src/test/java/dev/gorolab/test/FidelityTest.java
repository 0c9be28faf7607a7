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

  static Stream<String> scenariosWithVariants() {
    return Runs.bundledIds().stream().filter(id -> fixture(id, "nondeterministic") != null);
  }

  /**
   * Where real Go's output varied between runs at GOMAXPROCS=1 (a loaded machine can make sysmon
   * preempt at odd points, or the program prints wall time), the simulator must give the most
   * frequent variant; lines that differ in every run (elapsed times) are not compared.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scenariosWithVariants")
  void scenario_printsTheMostFrequentVariantOfRealGo(String id) {
    List<Variant> variants = Variant.parse(fixture(id, "nondeterministic"));
    Scenario scenario = Runs.bundled(id);
    String actual = Runs.record(scenario, 1, scenario.seed()).outcome().stdout();
    Variant top = variants.get(0);
    if (top.runs() > 1) {
      assertEquals(top.stdout(), actual, "stdout of " + id + " (most frequent variant)");
      return;
    }
    String[] expected = top.stdout().split("\n", -1);
    String[] got = actual.split("\n", -1);
    assertEquals(expected.length, got.length, "line count of " + id);
    for (int i = 0; i < expected.length; i++) {
      boolean varies = false;
      for (Variant v : variants) {
        String[] lines = v.stdout().split("\n", -1);
        varies |= i >= lines.length || !lines[i].equals(expected[i]);
      }
      if (!varies) {
        assertEquals(expected[i], got[i], id + " line " + (i + 1));
      }
    }
  }

  /** One distinct output of real Go in a {@code .nondeterministic} fixture, most frequent first. */
  record Variant(int runs, int exit, String stdout, String stderr) {
    static List<Variant> parse(String text) {
      List<Variant> out = new ArrayList<>();
      String[] parts = text.split("\n=== variant ");
      for (int i = 1; i < parts.length; i++) {
        String part = parts[i];
        int runs = Integer.parseInt(part.replaceFirst("(?s)^\\S+: (\\d+) of .*", "$1"));
        int exit = Integer.parseInt(part.replaceFirst("(?s)^[^\n]*, exit (\\d+) ===\n.*", "$1"));
        int from = part.indexOf("--- stdout ---\n") + "--- stdout ---\n".length();
        int to = part.indexOf("--- stderr ---");
        String stderr = part.substring(to + "--- stderr ---\n".length());
        out.add(new Variant(runs, exit, part.substring(from, to), stderr));
      }
      out.sort((a, b) -> Integer.compare(b.runs(), a.runs()));
      return out;
    }
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
