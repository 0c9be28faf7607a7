package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.Trace;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
  /** With this many goroutines, invariants are checked after every 97th action (still hundreds of checks). */
  private static final int LARGE_INVARIANT_STRIDE = 97;
  /** A scenario the index marks large is checked at about this many steps. */
  private static final int LARGE_RUN_SAMPLES = 200;

  static Stream<String> ids() {
    return Runs.bundledIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void stateAt_everyStep_equalsTheEnginesSnapshot(String id) {
    compareEveryStep(id, Runs.bundled(id), Runs.isLarge(id), new int[] {1, 3});
  }

  /** A program that changes GOMAXPROCS: Ps leave and come back in the trace's log. */
  @Test
  void stateAt_everyStep_equalsTheEnginesSnapshot_acrossGomaxprocsChanges() throws Exception {
    Scenario scenario = ScenarioLoader.load(
        Path.of(TraceStateTest.class.getResource("/scenarios/gomaxprocs-resize.json").toURI()));
    Trace trace = Runs.record(scenario, scenario.gomaxprocs(), scenario.seed());
    assertEquals(2, trace.stepsOf(Event.ProcessorsResized.class).size(), "the program resizes twice");
    compareEveryStep("gomaxprocs-resize", scenario, false, new int[] {scenario.gomaxprocs()});
  }

  private static void compareEveryStep(String id, Scenario scenario, boolean large, int[] gomaxprocs) {
    for (int procs : large ? new int[] {1} : gomaxprocs) {
      Trace trace = Runs.record(scenario, procs, scenario.seed());
      // A large run's states are compared at about LARGE_RUN_SAMPLES steps, its invariants as often.
      int largeStride = large ? Math.max(LARGE_STATE_STRIDE, trace.size() / LARGE_RUN_SAMPLES) : LARGE_STATE_STRIDE;
      RuntimeConfig config = RuntimeConfig.defaults(procs, scenario.seed());
      int[] step = {-1};
      int[] created = {0};
      int[] compared = {0};
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
                if (compared[0] < MAX_COMPARED_STEPS
                    && (created[0] < LARGE_STATE_GOROUTINES || step[0] % largeStride == 0)) {
                  compared[0]++;
                  // Compared at once: holding thousands of 100,000-goroutine snapshots would not fit.
                  assertEquals(
                      holder[0].snapshot(),
                      trace.stateAt(step[0]),
                      id + " GOMAXPROCS=" + procs + " step " + step[0]);
                }
              });
      holder[0].start(Interpreter.compile(scenario.program(), config.maxStepNanos()).newMainBody());
      long advances = 0;
      while (!holder[0].ended()) {
        holder[0].advance();
        // checkInvariants walks every goroutine: once there are thousands, check a sample of actions.
        long every = large ? largeStride : created[0] < LARGE_STATE_GOROUTINES ? 1 : LARGE_INVARIANT_STRIDE;
        if (!holder[0].ended() && ++advances % every == 0) {
          holder[0].checkInvariants();
        }
      }
      assertEquals(trace.size(), step[0] + 1, id + " GOMAXPROCS=" + procs + ": events recorded");
    }
  }
}
