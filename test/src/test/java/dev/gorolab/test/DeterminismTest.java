package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.trace.Trace;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Same scenario, settings and seed: the same trace, byte for byte; the seed only moves choices. */
class DeterminismTest {

  static Stream<String> ids() {
    return Runs.bundledIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void recordingTwice_givesIdenticalTraces(String id) {
    Scenario scenario = Runs.bundled(id);
    for (int procs : Runs.isLarge(id) ? new int[] {1} : new int[] {1, 4}) {
      Trace first = Runs.record(scenario, procs, 7);
      Trace second = Runs.record(scenario, procs, 7);
      assertEquals(comparable(id, first), comparable(id, second), id + " with GOMAXPROCS=" + procs);
      assertEquals(first.stateAt(first.size() - 1), second.stateAt(second.size() - 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void changingTheSeed_changesNothingWithoutChoicePoints(String id) {
    Scenario scenario = Runs.bundled(id);
    Trace base = Runs.record(scenario, 1, 1);
    if (Runs.hasChoicePoints(base)) {
      return; // covered by changingTheSeed_changesSelectChoices
    }
    String expected = comparable(id, base);
    for (long seed = 2; seed <= (Runs.isLarge(id) ? 2 : 4); seed++) {
      assertEquals(expected, comparable(id, Runs.record(scenario, 1, seed)), id + " seed " + seed);
    }
  }

  /** The trace as text, whose diff shows the first differing event; a large one's hash. */
  private static String comparable(String id, Trace trace) {
    return Runs.isLarge(id) ? Runs.sha256(trace) : Runs.text(trace);
  }

  @Test
  void changingTheSeed_changesSelectChoices() {
    Set<String> variants = new LinkedHashSet<>();
    int withChoices = 0;
    for (String id : Runs.bundledIds()) {
      if (Runs.isLarge(id)) {
        continue; // a scenario with select choices is small; a large one has been recorded enough above
      }
      Scenario scenario = Runs.bundled(id);
      Trace base = Runs.record(scenario, 1, 1);
      if (!Runs.hasChoicePoints(base)) {
        continue;
      }
      withChoices++;
      variants.clear();
      for (long seed = 1; seed <= 12; seed++) {
        variants.add(Runs.sha256(Runs.record(scenario, 1, seed)));
      }
      assertTrue(variants.size() > 1, id + " has choice points but every seed gave the same trace");
    }
    assertTrue(withChoices > 0, "the library should contain a scenario with select choices");
  }
}
