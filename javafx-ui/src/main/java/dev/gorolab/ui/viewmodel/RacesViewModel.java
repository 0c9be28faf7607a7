package dev.gorolab.ui.viewmodel;

import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScheduledRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The data races of the run on screen, as {@code gorolab run --race} finds them: each race is
 * marked on both of its lines in the code pane and on the timeline at the step where it happened,
 * and Go's {@code WARNING: DATA RACE} report appears under the console once the player reaches
 * that step (Go's detector prints it when the second access runs). The detector runs in a second
 * run of the same program, settings and schedule on the explore executor; the run on screen is
 * never touched. FX thread only.
 */
public final class RacesViewModel {
  /**
   * A race at a step of the run.
   *
   * @param step the step after which the racing access ran (the app's 0-based step)
   * @param line the line of the access that raced
   * @param previousLine the line of the earlier access it raced with
   */
  public record RaceMark(int step, int line, int previousLine, int goroutine, int previousGoroutine, String variable, String report) {}

  private final MainViewModel main;
  private final BooleanProperty enabled = new SimpleBooleanProperty(true);
  private final ReadOnlyObjectWrapper<List<RaceMark>> races = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<List<Integer>> lines = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
  private long generation;

  public RacesViewModel(MainViewModel main) {
    this.main = main;
    PlayerViewModel player = main.player();
    player.traceProperty().addListener((obs, old, now) -> watch(now));
    player.stepProperty().addListener((obs, old, now) -> refresh());
    enabled.addListener((obs, old, now) -> watch(player.traceProperty().get()));
  }

  /** Runs the race detector over the run on screen, in the background. */
  private void watch(Trace trace) {
    long gen = ++generation;
    races.set(List.of());
    refresh();
    LoadedScenario s = main.scenarioProperty().get();
    if (!enabled.get() || trace == null || s == null || !(s.program() instanceof Program program)) {
      return;
    }
    MainViewModel.Schedule followed = main.scheduleProperty().get();
    RunSettings settings = new RunSettings(main.gomaxprocsProperty().get(), main.seedProperty().get(), RunSettings.DEFAULT_MAX_STEPS);
    String fileName = s.goSourceName().isEmpty() ? s.id() + ".go" : s.goSourceName();
    int size = trace.size();
    main.exploreExecutor().execute(() -> {
      List<RaceMark> found = new ArrayList<>();
      try {
        for (ScheduledRuns.RaceAt r : ScheduledRuns.races(program, settings, followed == null ? null : followed.mode(),
            followed == null ? null : followed.choices(), fileName)) {
          var race = r.race();
          int step = Math.max(0, Math.min(size - 1, r.afterEvents() - 1));
          found.add(new RaceMark(step, race.line(), race.previousLine(), race.goroutine(), race.previousGoroutine(),
              race.variable(), race.report()));
        }
      } catch (RuntimeException e) {
        // A run the detector cannot follow (a limit, a schedule of other settings) marks nothing;
        // the run on screen already says what went wrong.
        return;
      }
      main.ui().execute(() -> {
        if (gen == generation) {
          races.set(List.copyOf(found));
          refresh();
        }
      });
    });
  }

  private void refresh() {
    int step = main.player().stepProperty().get();
    TreeSet<Integer> marked = new TreeSet<>();
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (RaceMark r : races.get()) {
      if (r.step() <= step) {
        marked.add(r.line());
        marked.add(r.previousLine());
        text.append(r.report());
        shown++;
      }
    }
    Trace t = main.player().traceProperty().get();
    if (shown > 0 && t != null && step >= t.size() - 1) {
      text.append("Found ").append(shown).append(" data race(s)\n"); // Go's line at exit, never translated
    }
    lines.set(List.copyOf(marked));
    report.set(text.toString());
  }

  /** Whether races are watched for (Explore ▸ Watch for data races); on by default. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** Every race of the run on screen, in the order found. */
  public ReadOnlyObjectProperty<List<RaceMark>> racesProperty() {
    return races.getReadOnlyProperty();
  }

  /** The source lines of the races reached so far (both accesses of each), ascending. */
  public ReadOnlyObjectProperty<List<Integer>> linesProperty() {
    return lines.getReadOnlyProperty();
  }

  /** Go's reports of the races reached so far, as {@code go run -race} prints them on stderr. */
  public ReadOnlyStringProperty reportProperty() {
    return report.getReadOnlyProperty();
  }
}
