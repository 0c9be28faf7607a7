package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trace rebuilds, at every step, exactly the state the engine had when it emitted that
 * step's event: checkpoints plus deltas lose nothing. Also checks the model's invariants after
 * every scheduling action of every bundled scenario.
 */
class TraceStateTest {
  private static final int MAX_COMPARED_STEPS = 3_000;
  /** Beyond this many goroutines a snapshot is large: compare a sample of steps, not each one. */
  private static final int LARGE_STATE_GOROUTINES = 2_000;
  private static final int LARGE_STATE_STRIDE = 997;

  static Stream<String> ids() {
    return Runs.bundledIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void stateAt_everyStep_equalsTheEnginesSnapshot(String id) {
    Scenario scenario = Runs.bundled(id);
    for (int procs : new int[] {1, 3}) {
      RuntimeConfig config = RuntimeConfig.defaults(procs, scenario.seed());
      List<RuntimeSnapshot> expected = new ArrayList<>();
      List<Integer> steps = new ArrayList<>();
      int[] step = {-1};
      int[] created = {0};
      GoRuntime[] holder = new GoRuntime[1];
      holder[0] =
          new GoRuntime(
              config,
              new SeededChooser(config.seed()),
              (Event e) -> {
                step[0]++;
                if (e instanceof Event.GoroutineCreated) {
                  created[0]++;
                }
                if (expected.size() < MAX_COMPARED_STEPS
                    && (created[0] < LARGE_STATE_GOROUTINES
                        || step[0] % LARGE_STATE_STRIDE == 0)) {
                  expected.add(holder[0].snapshot());
                  steps.add(step[0]);
                }
              });
      holder[0].start(Interpreter.compile(scenario.program(), config.maxStepNanos()).newMainBody());
      while (!holder[0].ended()) {
        holder[0].advance();
        if (!holder[0].ended()) {
          holder[0].checkInvariants();
        }
      }
      Trace trace = Runs.record(scenario, procs, scenario.seed());
      for (int i = 0; i < expected.size(); i++) {
        int at = steps.get(i);
        assertEquals(expected.get(i), trace.stateAt(at), id + " GOMAXPROCS=" + procs + " step " + at);
      }
    }
  }
}
