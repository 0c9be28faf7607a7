package dev.gorolab.test.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * What every hostile input must come to: a scenario loads or is rejected with messages; a program
 * that loads runs to an end or to a limit, the model's invariants holding after every step. Shared
 * by the property tests and the fuzz targets, so that both hold inputs to the same promise.
 */
final class Hostile {
  private Hostile() {}

  /** Events allowed to a run of a hostile input: enough to reach deadlocks, panics and limits. */
  static final long MAX_STEPS = 1_500;

  /** A small memory budget, so that allocations past it are reached by small programs too. */
  static final long MAX_MEMORY_BYTES = 16L << 20;

  /** How a run ended. */
  static final List<Event.EndReason> ENDS = List.of(Event.EndReason.values());

  /**
   * Loads {@code json} as a scenario; returns the scenario, or null when it was rejected with at
   * least one message. Anything else (an unchecked exception, a StackOverflowError) fails.
   */
  static Scenario loadOrReject(String json) {
    try {
      return ScenarioLoader.parse("fuzz.json", json, name -> null);
    } catch (ScenarioException e) {
      assertTrue(!e.errors().isEmpty() && !e.getMessage().isBlank(), "a rejection without a message");
      assertTrue(e.errors().size() <= ScenarioException.MAX_SHOWN, "more messages than the cap");
      return null;
    }
  }

  /** Reads {@code go} as a Go file: a program, or errors in go build's format, never a crash. */
  static Program readGo(String go) {
    GoFile.Result r = GoFile.read("main.go", go);
    if (r.program() == null) {
      assertTrue(!r.errors().isEmpty(), "no program and no error");
      for (var e : r.errors()) {
        // file:line:col: message, or a message of go build's linker, which has no position
        // ("runtime.main_main·f: function main is undeclared in the main package")
        assertTrue(e.toString().startsWith("main.go:") || e.toString().startsWith("runtime."),
            () -> "not in go build's format: " + e);
      }
    }
    return r.program();
  }

  /**
   * Runs {@code program} on the model, checking the model's invariants after every step, to its
   * end or one of GoroLab's limits; returns the end reason. The work limit bounds the steps, so a
   * run takes bounded time whatever the program.
   */
  static Event.EndReason runChecked(Program program, int gomaxprocs, long seed) {
    RuntimeConfig config = Simulation.configFor(new RunSettings(gomaxprocs, seed, MAX_STEPS, MAX_MEMORY_BYTES));
    long[] events = {0};
    GoRuntime runtime = new GoRuntime(config, new SeededChooser(seed), e -> events[0]++);
    runtime.start(Interpreter.compile(program, config.maxStepNanos(), MAX_MEMORY_BYTES).newMainBody());
    long maxWork = Simulation.workLimit(MAX_STEPS);
    long advances = 0;
    while (!runtime.ended()) {
      if (events[0] >= MAX_STEPS) {
        runtime.stop(Event.EndReason.STEP_LIMIT, Simulation.stepLimitNote(MAX_STEPS));
        break;
      }
      if (advances++ >= maxWork) {
        runtime.stop(Event.EndReason.WORK_LIMIT, Simulation.workLimitNote(maxWork, MAX_STEPS));
        break;
      }
      runtime.advance();
      runtime.checkInvariants();
    }
    assertTrue(advances <= maxWork + 1, "ran past the work limit");
    return runtime.endReason();
  }

  /** Records {@code program} twice and checks that both traces are the same, event by event. */
  static void sameTraceTwice(Program program, int gomaxprocs, long seed) {
    RunSettings settings = new RunSettings(gomaxprocs, seed, MAX_STEPS, MAX_MEMORY_BYTES);
    List<String> first = events(Simulation.record(program, settings, dev.gorolab.sim.trace.RecordingListener.NONE));
    List<String> second = events(Simulation.record(program, settings, dev.gorolab.sim.trace.RecordingListener.NONE));
    assertEquals(first, second, "two runs of one program, settings and seed differ");
  }

  private static List<String> events(dev.gorolab.sim.trace.Trace trace) {
    List<String> out = new ArrayList<>(trace.size() + 1);
    for (int i = 0; i < trace.size(); i++) {
      out.add(trace.event(i).toString());
    }
    out.add(trace.outcome().toString());
    return out;
  }
}
