package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Chooser.ChoicePoint;
import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.ScheduleFile;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScheduledRuns;
import dev.gorolab.ui.i18n.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Be the scheduler: the run stops at each choice point (where the one {@code Chooser} is asked)
 * and the class picks. The candidates of the pending choice are offered as numbered options; a
 * pick records the run again from the start with the choices made so far (the model is
 * deterministic, so the run up to the choice is the same, step for step) and the player goes on
 * from there. The run on screen is an ordinary recorded run: stepping back, the timeline and
 * exports work as usual. The choices are a schedule, saved beside the scenario as a
 * {@link ScheduleFile} that {@code gorolab run FILE --schedule NAME.schedule} replays exactly.
 *
 * <p>Two flavours, as {@code gorolab explore --mode}: {@link ExploreMode#GO} offers only what
 * Go leaves to chance (select's poll order R8.2, steal victims R3.5, map order, the timing of
 * parallel Ps); {@link ExploreMode#ANY} lets any runnable goroutine take the next statement. A
 * goal makes it a game: reach a deadlock (R11), or make the last line the program prints differ
 * from the sequential run's (a lost update). FX thread only; runs are recorded on the main view
 * model's executor.
 */
public final class SchedulerViewModel {
  /** What the class tries to make happen. */
  public enum Goal {
    /** No goal: explore. */
    FREE,
    /** R11: every goroutine asleep, "fatal error: all goroutines are asleep - deadlock!". */
    DEADLOCK,
    /** The last line printed differs from the sequential run's (GOMAXPROCS=1, the seed's run). */
    LOST_UPDATE
  }

  /**
   * One option of a choice.
   *
   * @param number what the class presses (1-based)
   * @param goroutine the goroutine it lets go first, or -1 for a choice that is not between goroutines
   * @param runtime whether that goroutine is one of the runtime's own (hidden in the runtime view
   *     unless "runtime goroutines" is ticked)
   */
  public record Option(int number, int goroutine, String label, boolean runtime) {}

  /**
   * The choice the run waits for.
   *
   * @param index which choice point of the run it is (0-based)
   * @param step the step the player stops at: the state just before the choice
   */
  public record Pending(int index, int step, ChoicePoint kind, String question, List<Option> options) {}

  private final MainViewModel main;
  private final I18n i18n;
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ObjectProperty<ExploreMode> mode = new SimpleObjectProperty<>(ExploreMode.ANY);
  private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(Goal.FREE);
  private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper goalMet = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper celebrating = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private int[] choices = new int[0];
  private List<ScheduledRuns.ChoicePointAt> points = List.of();
  private String sequentialLastLine = "";
  private int procs = 1;
  private long seed = 1;
  private long generation;
  private boolean finished;
  /** Whether the runtime view shows runtime goroutines because a pending option is one, not because the class asked. */
  private boolean showingRuntimeForChoice;
  private boolean settingShowSystem;

  public SchedulerViewModel(MainViewModel main, I18n i18n) {
    this.main = main;
    this.i18n = i18n;
    // Another run on screen (a new file, other settings, an outcome): the class is no longer the scheduler.
    main.scheduleProperty().addListener((obs, old, now) -> {
      if (active.get() && (now == null || now.mode() != mode.get() || !Arrays.equals(now.choices(), choices))) {
        leave();
      }
    });
    main.scenarioProperty().addListener((obs, old, now) -> {
      if (active.get()) {
        leave();
      }
    });
    main.player().stepProperty().addListener((obs, old, now) -> updateCelebration());
    // Every option is ringed in the runtime view. A runtime goroutine (one the model would run
    // next, e.g. a timer's) is hidden there unless "runtime goroutines" is ticked: while one is an
    // option it is shown, and hidden again once the choice is made, unless the class ticked the box.
    pending.addListener((obs, old, now) -> showRuntimeGoroutinesFor(now));
    main.player().showSystemProperty().addListener((obs, old, now) -> {
      if (!settingShowSystem) {
        showingRuntimeForChoice = false; // the class decides now
      }
    });
    i18n.localeProperty().addListener((obs, old, now) -> {
      if (active.get()) {
        pending.set(describe(points, main.player().traceProperty().get()));
        updateStatus();
      }
    });
  }

  /** Starts being the scheduler on the open scenario, at the GOMAXPROCS and seed now set, from the first step. */
  public void start(ExploreMode m, Goal g) {
    LoadedScenario s = main.scenarioProperty().get();
    if (s == null || !(s.program() instanceof Program program)) {
      return;
    }
    mode.set(m);
    goal.set(g);
    procs = main.gomaxprocsProperty().get();
    seed = main.seedProperty().get();
    sequentialLastLine = "";
    if (g == Goal.LOST_UPDATE) {
      // The sequential run: one P, the seed's choices, so nothing interrupts a statement.
      RunSettings one = new RunSettings(1, seed, RunSettings.DEFAULT_MAX_STEPS);
      busy.set(true);
      long gen = ++generation;
      main.executor().execute(() -> {
        String line;
        try {
          line = lastLine(main.backend().record(s, one, RecordingListener.NONE).outcome().stdout());
        } catch (RuntimeException e) {
          line = "";
        }
        String found = line;
        main.ui().execute(() -> {
          if (gen == generation) {
            sequentialLastLine = found;
            begin(program);
          }
        });
      });
    } else {
      begin(program);
    }
  }

  private void begin(Program program) {
    active.set(true);
    finished = false;
    choices = new int[0];
    record(program, -1);
  }

  /** Takes option {@code option} (0-based) at the pending choice, and runs on to the next one. */
  public void choose(int option) {
    Pending p = pending.get();
    LoadedScenario s = main.scenarioProperty().get();
    if (!active.get() || busy.get() || p == null || option < 0 || option >= p.options().size()
        || s == null || !(s.program() instanceof Program program)) {
      return;
    }
    int[] next = Arrays.copyOf(choices, p.index() + 1);
    next[p.index()] = option;
    choices = next;
    record(program, p.step());
  }

  /** The class pressed number {@code n} (1-based): that option, if the pending choice has it. */
  public boolean chooseNumber(int n) {
    Pending p = pending.get();
    if (p == null || n < 1 || n > p.options().size() || busy.get()) {
      return false;
    }
    choose(n - 1);
    return true;
  }

  /** Takes back the last choice made: the run waits at that choice again. */
  public void undo() {
    LoadedScenario s = main.scenarioProperty().get();
    if (!active.get() || busy.get() || choices.length == 0 || s == null || !(s.program() instanceof Program program)) {
      return;
    }
    int back = choices.length - 1;
    int step = back < points.size() ? points.get(back).afterEvents() - 1 : -1;
    choices = Arrays.copyOf(choices, back);
    finished = false;
    record(program, step);
  }

  /** Lets the model make every remaining choice (option 0) and shows the whole run. */
  public void finish() {
    if (!active.get() || busy.get()) {
      return;
    }
    finished = true;
    pending.set(null);
    main.player().setLimit(Integer.MAX_VALUE);
    checkGoal();
    updateStatus();
  }

  /** Stops being the scheduler; the run on screen stays as it is. */
  public void leave() {
    generation++;
    active.set(false);
    busy.set(false);
    pending.set(null);
    goalMet.set(false);
    celebrating.set(false);
    status.set("");
    main.player().setLimit(Integer.MAX_VALUE);
  }

  /** Records the run under the choices made so far, then waits at the next choice point. */
  private void record(Program program, int atStep) {
    LoadedScenario s = main.scenarioProperty().get();
    long gen = ++generation;
    busy.set(true);
    int[] made = choices.clone();
    ExploreMode m = mode.get();
    RunSettings settings = new RunSettings(procs, seed, RunSettings.DEFAULT_MAX_STEPS);
    main.executor().execute(() -> {
      try {
        Trace trace = main.backend().recordSchedule(s, settings, m, made, RecordingListener.NONE);
        TimelineModel timeline = TimelineModel.of(trace);
        List<ScheduledRuns.ChoicePointAt> found = ScheduledRuns.choicePoints(program, settings, m, made);
        main.ui().execute(() -> {
          if (gen != generation) {
            return;
          }
          busy.set(false);
          points = found;
          Pending next = finished ? null : describe(found, trace);
          main.showRecorded(new MainViewModel.Schedule(m, made), trace, timeline, next == null ? atStep : next.step());
          pending.set(next);
          main.player().setLimit(next == null ? Integer.MAX_VALUE : next.step());
          checkGoal();
          updateStatus();
        });
      } catch (RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        main.ui().execute(() -> {
          if (gen == generation) {
            busy.set(false);
            status.set(i18n.get("error.run", message));
          }
        });
      }
    });
  }

  /** The first choice point not decided yet, with its options, or null when every one is. */
  private Pending describe(List<ScheduledRuns.ChoicePointAt> found, Trace trace) {
    if (trace == null || finished || choices.length >= found.size()) {
      return null;
    }
    int index = choices.length;
    ScheduledRuns.ChoicePointAt at = found.get(index);
    int step = Math.max(-1, Math.min(trace.size() - 1, at.afterEvents() - 1));
    RuntimeSnapshot state = step < 0 ? trace.initialState() : trace.stateAt(step);
    List<Option> options = new ArrayList<>();
    for (int k = 0; k < at.bound(); k++) {
      if (at.goroutines() != null) {
        int g = at.goroutines()[k];
        String label = "G" + g;
        boolean runtime = false;
        for (RuntimeSnapshot.GoroutineState gs : state.goroutines()) {
          if (gs.id() == g) {
            label = Token.of(gs).label();
            runtime = gs.system();
          }
        }
        options.add(new Option(k + 1, g, k == 0 ? i18n.get("scheduler.option.model", label) : label, runtime));
      } else {
        String label = i18n.get("scheduler.option." + at.kind().name(), k, k + 1, at.bound());
        options.add(new Option(k + 1, -1, k == 0 ? i18n.get("scheduler.option.model", label) : label, false));
      }
    }
    String question = i18n.get("scheduler.question." + at.kind().name(), index + 1);
    return new Pending(index, step, at.kind(), question, List.copyOf(options));
  }

  private void showRuntimeGoroutinesFor(Pending p) {
    boolean needed = p != null && p.options().stream().anyMatch(Option::runtime);
    var show = main.player().showSystemProperty();
    settingShowSystem = true;
    try {
      if (needed && !show.get()) {
        show.set(true);
        showingRuntimeForChoice = true;
      } else if (!needed && showingRuntimeForChoice) {
        show.set(false);
        showingRuntimeForChoice = false;
      }
    } finally {
      settingShowSystem = false;
    }
  }

  /** Whether the runtime view shows runtime goroutines only because the pending choice offers one. */
  public boolean showingRuntimeForChoice() {
    return showingRuntimeForChoice;
  }

  private void checkGoal() {
    Trace t = main.player().traceProperty().get();
    boolean met = false;
    if (t != null && pending.get() == null) {
      met = switch (goal.get()) {
        case FREE -> false;
        case DEADLOCK -> t.outcome().reason() == EndReason.DEADLOCK;
        case LOST_UPDATE -> t.outcome().reason() == EndReason.MAIN_RETURNED && !sequentialLastLine.isEmpty()
            && !lastLine(t.outcome().stdout()).equals(sequentialLastLine);
      };
    }
    goalMet.set(met);
    updateCelebration();
  }

  private void updateCelebration() {
    PlayerViewModel player = main.player();
    celebrating.set(active.get() && goalMet.get() && player.traceProperty().get() != null
        && player.stepProperty().get() >= player.stepCountProperty().get() - 1);
  }

  private void updateStatus() {
    if (!active.get()) {
      status.set("");
      return;
    }
    String made = i18n.get("scheduler.made", choices.length, mode.get().word);
    String aim = switch (goal.get()) {
      case FREE -> "";
      case DEADLOCK -> " · " + i18n.get("scheduler.goal.deadlock.aim");
      case LOST_UPDATE -> " · " + i18n.get("scheduler.goal.lostUpdate.aim", sequentialLastLine);
    };
    String end = "";
    Trace t = main.player().traceProperty().get();
    if (pending.get() == null && t != null) {
      end = " · " + (goalMet.get() ? i18n.get("scheduler.goal.met")
          : goal.get() == Goal.FREE ? i18n.get("scheduler.noMoreChoices") : i18n.get("scheduler.goal.notMet"));
    }
    status.set(made + aim + end);
  }

  /** The last non-empty line of {@code stdout}, or empty. */
  static String lastLine(String stdout) {
    String[] lines = stdout.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  // ---- the schedule file ----------------------------------------------------------------------

  /** The choices made so far as a schedule file (option 0 after them, as the run on screen). */
  public ScheduleFile scheduleFile() {
    return new ScheduleFile(mode.get(), procs, seed, choices);
  }

  /** Where the schedule is saved: beside the scenario's Go file (or scenario file), or null for a bundled one. */
  public Path defaultFile() {
    LoadedScenario s = main.scenarioProperty().get();
    if (s == null || s.file() == null) {
      return null;
    }
    Path folder = s.file().toAbsolutePath().getParent();
    String name = s.goSourceName().isEmpty() ? s.file().getFileName().toString() : s.goSourceName();
    return folder.resolve(ScheduleFile.besideName(name));
  }

  /** Writes the schedule to {@code file}; the command that replays it goes in its comment. */
  public void save(Path file) throws IOException {
    LoadedScenario s = main.scenarioProperty().get();
    String target = s == null ? "FILE" : s.file() != null ? s.file().getFileName().toString() : s.id();
    String comment = "gorolab run " + target + " --schedule " + file.getFileName();
    Files.writeString(file, scheduleFile().format(comment), StandardCharsets.UTF_8);
    main.showNotice(i18n.get("scheduler.saved", file.getFileName()));
  }

  /** Opens a schedule file on the open scenario: the run follows it, as the command line does. */
  public void open(Path file) throws IOException {
    ScheduleFile f = ScheduleFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    leave();
    main.seedProperty().set(f.seed());
    main.openSchedule(f.gomaxprocs(), f.mode(), f.choices());
  }

  // ---- properties ------------------------------------------------------------------------------

  /** The choices made so far, one per choice point met. */
  public int[] choices() {
    return choices.clone();
  }

  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public ObjectProperty<ExploreMode> modeProperty() {
    return mode;
  }

  public ObjectProperty<Goal> goalProperty() {
    return goal;
  }

  /** The choice the run waits for, or null. */
  public ReadOnlyObjectProperty<Pending> pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  /** Whether the finished run reaches the goal. */
  public ReadOnlyBooleanProperty goalMetProperty() {
    return goalMet.getReadOnlyProperty();
  }

  /** The goal is met and the player shows the run's end: time to celebrate. */
  public ReadOnlyBooleanProperty celebratingProperty() {
    return celebrating.getReadOnlyProperty();
  }

  /** True while a run records after a choice. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** How many choices were made, the goal, and whether it is met. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last line the sequential run printed (the lost-update goal's reference), or empty. */
  public String sequentialLastLine() {
    return sequentialLastLine;
  }
}
