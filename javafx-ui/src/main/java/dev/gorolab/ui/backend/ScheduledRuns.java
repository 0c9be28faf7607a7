package dev.gorolab.ui.backend;

import dev.gorolab.model.Chooser;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.ScheduleChooser;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.race.RaceDetector;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs that follow a schedule (a list of choices, as {@code gorolab explore} prints them and the
 * class makes them when it is the scheduler), and what a run's choice points and data races were.
 *
 * <p>The app never steers a simulation while it runs: every question is answered by running the
 * program again from the start, which the model's determinism makes exact. A run's choice points
 * and races are found by a second, streaming run with the same program, settings and chooser; it
 * emits the same events in the same order as the recorded one, so "after N events" names the
 * same place in both. Engine thread (any thread but the FX thread): runs may take long.
 */
public final class ScheduledRuns {
  private ScheduledRuns() {}

  /**
   * A choice point of a run.
   *
   * @param afterEvents how many events the run had made when it met the choice (the app shows it
   *     at step {@code afterEvents - 1})
   * @param goroutines the goroutines it chose between, the model's own pick first; null for
   *     choices that are not between goroutines (a select's case, a steal victim)
   * @param chosen the option taken
   */
  public record ChoicePointAt(int afterEvents, Chooser.ChoicePoint kind, int bound, int[] goroutines, int chosen) {}

  /** A data race the detector found, and how many events the run had made when it was found. */
  public record RaceAt(int afterEvents, RaceDetector.Race race) {}

  /** Records {@code program} under {@code choices} (option 0 after the list), as {@code gorolab run --mode M --schedule}. */
  public static Trace record(Program program, RunSettings settings, ExploreMode mode, int[] choices, RecordingListener listener) {
    return Simulation.record(program, settings, new ScheduleChooser(mode, choices), mode.splitsUpdates(settings.gomaxprocs()), listener);
  }

  /** Every choice point the run under {@code choices} meets, in order. */
  public static List<ChoicePointAt> choicePoints(Program program, RunSettings settings, ExploreMode mode, int[] choices) {
    ScheduleChooser chooser = new ScheduleChooser(mode, choices);
    List<Integer> at = new ArrayList<>();
    int[] events = {0};
    Chooser counting = new Chooser() {
      @Override
      public boolean offers(ChoicePoint kind) {
        return chooser.offers(kind);
      }

      @Override
      public int choose(ChoicePoint kind, int bound) {
        at.add(events[0]);
        return chooser.choose(kind, bound);
      }

      @Override
      public int chooseGoroutine(ChoicePoint kind, int[] goroutines, int count) {
        at.add(events[0]);
        return chooser.chooseGoroutine(kind, goroutines, count);
      }
    };
    RuntimeConfig config = Simulation.configFor(settings);
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes(),
        mode.splitsUpdates(settings.gomaxprocs()));
    Simulation.run(interpreter.newMainBody(), config, counting, settings.maxSteps(), e -> events[0]++);
    List<ChoicePointAt> out = new ArrayList<>();
    int[] chosen = chooser.choices();
    for (int i = 0; i < chooser.count(); i++) {
      out.add(new ChoicePointAt(at.get(i), chooser.kind(i), chooser.bound(i), chooser.candidates(i), chosen[i]));
    }
    return out;
  }

  /**
   * The data races of a run, watched as {@code gorolab run --race} watches it: the seeded run
   * when {@code mode} is null, else the run under {@code choices}.
   */
  public static List<RaceAt> races(Program program, RunSettings settings, ExploreMode mode, int[] choices, String fileName) {
    RuntimeConfig config = Simulation.configFor(settings);
    boolean split = mode != null && mode.splitsUpdates(settings.gomaxprocs());
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes(), split);
    RaceDetector detector = new RaceDetector(fileName);
    interpreter.watch(detector);
    int[] events = {0};
    List<RaceAt> found = new ArrayList<>();
    Chooser chooser = mode == null ? new SeededChooser(config.seed()) : new ScheduleChooser(mode, choices);
    Simulation.run(interpreter.newMainBody(), config, chooser, settings.maxSteps(), e -> {
      // A race is found at an access, between events: it belongs to the step before it.
      collect(detector, found, events[0]);
      detector.accept(e);
      events[0]++;
    });
    collect(detector, found, events[0]);
    return found;
  }

  private static void collect(RaceDetector detector, List<RaceAt> found, int events) {
    if (detector.raceCount() == found.size()) {
      return; // the usual case, once per event: no copy of the list
    }
    List<RaceDetector.Race> all = detector.races();
    for (int i = found.size(); i < all.size(); i++) {
      found.add(new RaceAt(events, all.get(i)));
    }
  }
}
