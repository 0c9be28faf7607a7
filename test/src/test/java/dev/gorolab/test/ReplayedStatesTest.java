package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trace recomputes a step's state by re-executing a copy of the model (docs/benchmarks.md); the
 * Go programs of the language and library fixtures hold every kind of value (structs, pointers,
 * maps, slices, timers, sync objects), so for each, the state and package variables at every
 * step (about 300 steps of a longer run) read from the trace, last step first, equal the
 * engine's own at that event of a fresh run.
 */
class ReplayedStatesTest {

  static Stream<String> programs() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String folder : List.of("lang", "stdlib")) {
      Path dir = Path.of(ReplayedStatesTest.class.getResource("/" + folder).toURI());
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> Files.exists(p.resolve("main.go"))).map(p -> folder + "/" + p.getFileName()).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void everyStepsState_equalsTheStraightRuns(String name) throws Exception {
    Path file = Path.of(ReplayedStatesTest.class.getResource("/" + name + "/main.go").toURI());
    GoFile.Result go = GoFile.read("main.go", Files.readString(file));
    if (!go.ok()) {
      return; // not modelled yet: the fidelity tests say so
    }
    RunSettings settings = new RunSettings(1, 1, 200_000);
    Trace trace = Simulation.record(go.program(), settings, RecordingListener.NONE);
    RuntimeConfig config = Simulation.configFor(settings);
    // Each step's reference is a fresh run read only at that step: how a value is shown may depend
    // on what was shown before (a pointer's address is given when first shown), so a run read at
    // every step is not the reference for a trace read at one.
    int stride = Math.max(1, trace.size() / 300);
    for (int i = trace.size() - 1; i >= 0; i -= stride) {
      int step = i;
      Interpreter interpreter = Interpreter.compile(go.program(), config.maxStepNanos());
      Object[] seen = new Object[2];
      int[] count = {0};
      GoRuntime[] runtime = new GoRuntime[1];
      runtime[0] = new GoRuntime(config, new SeededChooser(config.seed()), (Event e) -> {
        if (count[0]++ == step) {
          seen[0] = runtime[0].snapshot();
          seen[1] = interpreter.globals();
        }
      });
      runtime[0].start(interpreter.newMainBody());
      while (!runtime[0].ended() && seen[0] == null) {
        runtime[0].advance();
      }
      assertEquals(seen[0], trace.stateAt(step), name + " step " + step);
      assertEquals(String.valueOf(seen[1]), trace.globalsAt(step).toString(), name + " globals at step " + step);
    }
  }
}
