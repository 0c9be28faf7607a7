package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadProblem;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioBackend;
import dev.gorolab.ui.backend.ScenarioLoadException;
import dev.gorolab.ui.i18n.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open scenario and its run: opening files, recent files, re-running with other settings in
 * the background, and load errors for the dialog. Owns the {@link PlayerViewModel}. FX thread only.
 */
public final class MainViewModel {
  public static final int MIN_PROCS = 1;
  public static final int MAX_PROCS = 16;
  static final String PREF_LAST_FOLDER = "lastFolder";
  static final String PREF_RECENT = "recent.";
  static final int RECENT_MAX = 8;

  /**
   * A scenario file the loader rejected (with the text of the offending line when there is one),
   * or a run that could not be recorded ({@code runFailure}).
   */
  /**
   * A run that follows a list of choices instead of the seed (an outcome of the explorer, as
   * {@code gorolab run --mode M --schedule LIST} replays it).
   */
  public record Schedule(dev.gorolab.sim.explore.ExploreMode mode, int[] choices) {
    /** The list as the command line writes it ({@code 0,2,1}; {@code default} when empty). */
    public String text() {
      String t = dev.gorolab.sim.explore.Schedules.format(choices);
      return t.isEmpty() ? "default" : t;
    }
  }

  public record LoadError(String message, List<LoadProblem> problems, String offendingLine, boolean runFailure) {}

  private final ScenarioBackend backend;
  private final Executor executor;
  private final Executor exploreExecutor;
  private final Executor ui;
  private final Preferences prefs;
  private final I18n i18n;
  private final PlayerViewModel player;
  private final ReadOnlyObjectWrapper<LoadedScenario> scenario = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty gomaxprocs = new SimpleIntegerProperty(1);
  private final LongProperty seed = new SimpleLongProperty(1);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final javafx.beans.property.ReadOnlyDoubleWrapper progress = new javafx.beans.property.ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyObjectWrapper<LoadError> loadError = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
  private final ReadOnlyObjectWrapper<Schedule> schedule = new ReadOnlyObjectWrapper<>();
  private AtomicBoolean cancelFlag = new AtomicBoolean();
  private long runGeneration;

  /**
   * Creates the model.
   *
   * @param executor where runs are recorded (a background thread; tests pass a same-thread one)
   * @param ui where results are delivered ({@code Platform::runLater} in the app)
   */
  public MainViewModel(ScenarioBackend backend, Executor executor, Executor ui, Preferences prefs, I18n i18n) {
    this(backend, executor, executor, ui, prefs, i18n);
  }

  /**
   * Creates the model with a second background executor for the explorer, the race detector and
   * be-the-scheduler's choice points, so a long search never holds up recording the run on screen.
   */
  public MainViewModel(ScenarioBackend backend, Executor executor, Executor exploreExecutor, Executor ui,
      Preferences prefs, I18n i18n) {
    this.backend = backend;
    this.executor = executor;
    this.exploreExecutor = exploreExecutor;
    this.ui = ui;
    this.prefs = prefs;
    this.i18n = i18n;
    this.player = new PlayerViewModel(i18n);
    for (int i = 0; i < RECENT_MAX; i++) {
      String p = prefs.get(PREF_RECENT + i, null);
      if (p != null) {
        recent.add(Path.of(p));
      }
    }
    gomaxprocs.addListener((obs, old, now) -> {
      int clamped = Math.max(MIN_PROCS, Math.min(MAX_PROCS, now.intValue()));
      if (clamped != now.intValue()) {
        gomaxprocs.set(clamped);
      }
    });
  }

  public PlayerViewModel player() {
    return player;
  }

  /** The bundled scenarios, default first, for the gallery. */
  public List<LoadedScenario> gallery() {
    return backend.bundled();
  }

  /** Opens the bundled default scenario. */
  public void openDefault() {
    open(backend.defaultScenario());
  }

  /** Opens the bundled scenario with this id; false when there is none. */
  public boolean openBundled(String id) {
    for (LoadedScenario s : backend.bundled()) {
      if (s.id().equals(id)) {
        open(s);
        return true;
      }
    }
    return false;
  }

  /** Reads {@code file} and runs it with its own settings; a broken file leaves the open scenario as it is. */
  public boolean open(Path file) {
    LoadedScenario s = read(file);
    if (s == null) {
      return false;
    }
    prefs.put(PREF_LAST_FOLDER, file.toAbsolutePath().getParent().toString());
    remember(file.toAbsolutePath());
    open(s);
    return true;
  }

  /** Shows {@code s} and runs it with its own GOMAXPROCS and seed. */
  public void open(LoadedScenario s) {
    gomaxprocs.set(Math.max(MIN_PROCS, Math.min(MAX_PROCS, s.gomaxprocs())));
    seed.set(s.seed());
    player.select(-1);
    player.follow(-1);
    schedule.set(null);
    run(s, PlayerViewModel.MAIN_START);
  }

  /** Re-reads the open file (F5), keeping the settings and the step where it still exists. */
  public void reload() {
    LoadedScenario current = scenario.get();
    if (current == null) {
      return;
    }
    if (current.file() == null) {
      run(current, player.stepProperty().get());
      return;
    }
    LoadedScenario s = read(current.file());
    if (s != null) {
      run(s, player.stepProperty().get());
      notice.set(i18n.get("notice.reloaded", current.file().getFileName()));
    }
  }

  /**
   * Runs the open scenario again with the GOMAXPROCS and seed now set, at the same program point:
   * the last step of the new run at or before the virtual time shown now (the start stays the start).
   */
  public void rerun() {
    LoadedScenario current = scenario.get();
    if (current != null) {
      // A schedule belongs to the settings it was made with: new settings, the seeded run again.
      schedule.set(null);
      Trace shown = player.traceProperty().get();
      int step = player.stepProperty().get();
      if (step < 0) {
        run(current, -1);
      } else if (step <= player.startUpEndProperty().get()) {
        run(current, PlayerViewModel.MAIN_START);
      } else {
        run(current, -1, shown.time(step));
      }
    }
  }

  /** The last step of {@code t} at or before virtual time {@code nanos} (times never go back), or -1. */
  static int stepAtTime(Trace t, long nanos) {
    int lo = 0;
    int hi = t.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.time(mid) <= nanos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Runs the open scenario with GOMAXPROCS {@code procs} following {@code choices} (option 0
   * after the list) instead of the seed, from the first step: an outcome the explorer found.
   */
  public void openSchedule(int procs, dev.gorolab.sim.explore.ExploreMode mode, int[] choices) {
    LoadedScenario current = scenario.get();
    if (current == null) {
      return;
    }
    gomaxprocs.set(procs);
    schedule.set(new Schedule(mode, choices.clone()));
    notice.set(i18n.get("notice.schedule", schedule.get().text(), mode.word));
    run(current, PlayerViewModel.MAIN_START);
  }

  /**
   * Runs the open scenario with GOMAXPROCS {@code procs} and seed {@code seedValue}, from main's
   * first statement: one seed of an outcome over seeds, to step through why it printed what it did.
   */
  public void openSeed(int procs, long seedValue) {
    LoadedScenario current = scenario.get();
    if (current == null) {
      return;
    }
    gomaxprocs.set(procs);
    seed.set(seedValue);
    schedule.set(null);
    run(current, PlayerViewModel.MAIN_START);
  }

  /**
   * Shows a run recorded elsewhere (being the scheduler records off the FX thread itself) as the
   * run on screen, following {@code followed}, at {@code atStep}; a run still recording is dropped.
   */
  public void showRecorded(Schedule followed, Trace trace, TimelineModel timeline, int atStep) {
    cancelFlag.set(true);
    runGeneration++;
    schedule.set(followed);
    busy.set(false);
    player.load(trace, timeline, atStep);
  }

  /**
   * Takes the seed the lecturer typed and runs again with it; a text that is not a whole number
   * (an int64, as Go's rand.Seed takes) is refused with a notice saying so, and nothing runs.
   */
  public boolean applySeed(String text) {
    String t = text == null ? "" : text.strip();
    long value;
    try {
      value = Long.parseLong(t);
    } catch (NumberFormatException e) {
      notice.set(i18n.get("notice.badSeed", t));
      return false;
    }
    seed.set(value);
    rerun();
    return true;
  }

  public void cancel() {
    cancelFlag.set(true);
  }

  /** The dialog has shown the error. */
  public void clearLoadError() {
    loadError.set(null);
  }

  /** Shows {@code text} in the snackbar. */
  public void showNotice(String text) {
    notice.set(text);
  }

  public void clearNotice() {
    notice.set("");
  }

  /** Folder to open the file chooser in: the last one used, if it still exists. */
  public Path lastFolder() {
    String s = prefs.get(PREF_LAST_FOLDER, null);
    if (s == null) {
      return null;
    }
    Path p = Path.of(s);
    return Files.isDirectory(p) ? p : null;
  }

  private LoadedScenario read(Path file) {
    try {
      return backend.load(file);
    } catch (ScenarioLoadException e) {
      loadError.set(new LoadError(e.getMessage(), e.problems(), offendingLine(e.problems()), false));
      return null;
    }
  }

  /** The index in {@code line} of a 1-based column counted in UTF-8 bytes. */
  static int charIndexOfByteColumn(String line, int byteColumn) {
    int bytes = 0;
    int i = 0;
    while (i < line.length() && bytes < byteColumn - 1) {
      int c = line.codePointAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += Character.charCount(c);
    }
    return i;
  }

  private static String offendingLine(List<LoadProblem> problems) {
    if (problems.isEmpty() || problems.get(0).line() < 1) {
      return "";
    }
    LoadProblem p = problems.get(0);
    try {
      List<String> lines = Files.readAllLines(Path.of(p.file()), StandardCharsets.UTF_8);
      if (p.line() > lines.size()) {
        return "";
      }
      String prefix = p.line() + " | ";
      String line = lines.get(p.line() - 1);
      String text = prefix + line;
      if (p.column() <= 0) {
        return text;
      }
      // A Go file's columns count UTF-8 bytes (as go build prints them); a scenario's, characters.
      int at = Math.min(line.length(), p.file().endsWith(".go") ? charIndexOfByteColumn(line, p.column()) : p.column() - 1);
      // Tabs stay tabs under the line, so the caret lines up however wide the area shows a tab.
      String pad = line.substring(0, at).replaceAll("[^\t]", " ");
      return text + "\n" + " ".repeat(prefix.length()) + pad + "^";
    } catch (IOException | RuntimeException e) {
      // The message alone still says where; the excerpt is a courtesy.
      return "";
    }
  }

  private void remember(Path file) {
    recent.remove(file);
    recent.add(0, file);
    while (recent.size() > RECENT_MAX) {
      recent.remove(recent.size() - 1);
    }
    for (int i = 0; i < RECENT_MAX; i++) {
      if (i < recent.size()) {
        prefs.put(PREF_RECENT + i, recent.get(i).toString());
      } else {
        prefs.remove(PREF_RECENT + i);
      }
    }
  }

  private void run(LoadedScenario s, int keepStep) {
    run(s, keepStep, -1);
  }

  /** Records {@code s}; shows step {@code keepStep}, or with {@code keepTimeNanos} >= 0 the step at that time. */
  private void run(LoadedScenario s, int keepStep, long keepTimeNanos) {
    cancelFlag.set(true);
    AtomicBoolean cancelled = new AtomicBoolean();
    cancelFlag = cancelled;
    long generation = ++runGeneration;
    RunSettings settings = new RunSettings(gomaxprocs.get(), seed.get(), RunSettings.DEFAULT_MAX_STEPS);
    Schedule followed = schedule.get();
    // A run is deterministic: the same program and settings record the same events, so the count
    // of the last such recording is the total this one will reach (EventCounts).
    String countKey = EventCounts.key(s, settings, followed == null ? "" : followed.mode() + " " + followed.text());
    long known = EventCounts.get(prefs, countKey);
    busy.set(true);
    progress.set(-1);
    progressText.set(i18n.get("progress.start"));
    player.pause();
    // The timeline is built from the events as they are recorded: no second pass over 10M events.
    TimelineModel.Builder lanes = new TimelineModel.Builder();
    RecordingListener listener = new RecordingListener() {
      @Override
      public void event(dev.gorolab.model.Event e) {
        lanes.accept(e);
      }

      @Override
      public void progress(long steps, long virtualNanos) {
        onFx(() -> {
          if (generation == runGeneration) {
            showRecordingProgress(steps, known);
          }
        });
      }

      @Override
      public boolean cancelled() {
        return cancelled.get();
      }
    };
    executor.execute(() -> {
      try {
        Trace trace = followed == null ? backend.record(s, settings, listener)
            : backend.recordSchedule(s, settings, followed.mode(), followed.choices(), listener);
        int n = trace.size();
        onFx(() -> {
          if (generation == runGeneration) {
            EventCounts.put(prefs, countKey, n);
          }
        });
        // A backend that does not pass the events on (tests' scripted traces) gets the second pass.
        TimelineModel timeline = lanes.events() == n ? lanes.build(trace) : TimelineModel.of(trace, new RecordingListener() {
          @Override
          public void progress(long events, long virtualNanos) {
            onFx(() -> {
              if (generation == runGeneration) {
                progress.set(n == 0 ? 1 : (double) events / n);
                progressText.set(i18n.get("progress.timeline", events, n));
              }
            });
          }

          @Override
          public boolean cancelled() {
            return cancelled.get();
          }
        });
        // The kinds the runtime view asks for at every step, and the load, scanned here, off the FX thread.
        for (Class<? extends Event> type : List.of(Event.RWMutexChanged.class, Event.CondNotified.class,
            Event.Deadlocked.class, Event.Panicked.class)) {
          trace.stepsOf(type);
        }
        onFx(() -> {
          if (generation != runGeneration) {
            return;
          }
          scenario.set(s);
          player.load(trace, timeline, keepTimeNanos >= 0 ? stepAtTime(trace, keepTimeNanos) : keepStep);
          busy.set(false);
        });
      } catch (RecordingCancelledException e) {
        onFx(() -> {
          if (generation == runGeneration) {
            busy.set(false);
            notice.set(i18n.get("notice.cancelled"));
          }
        });
      } catch (RuntimeException e) {
        onFx(() -> {
          if (generation == runGeneration) {
            busy.set(false);
            loadError.set(new LoadError(i18n.get("error.run", String.valueOf(e.getMessage())), List.of(), "", true));
          }
        });
      }
    });
  }

  /**
   * The bar while recording: events recorded against the total of the last recording with the
   * same program and settings when there was one; else no total (an indeterminate bar) and the
   * count alone. A run that goes past the total it was expected to have (a program changed in a
   * way the key does not see) has no total from then on.
   */
  private void showRecordingProgress(long steps, long known) {
    if (known > 0 && steps <= known) {
      progress.set((double) steps / known);
      progressText.set(i18n.get("progress.stepsOf", steps, known));
    } else {
      progress.set(-1);
      progressText.set(i18n.get("progress.steps", steps));
    }
  }

  private void onFx(Runnable r) {
    ui.execute(r);
  }

  // ---- properties ------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<LoadedScenario> scenarioProperty() {
    return scenario.getReadOnlyProperty();
  }

  /** GOMAXPROCS for the next run, clamped to 1..16. */
  public IntegerProperty gomaxprocsProperty() {
    return gomaxprocs;
  }

  /** The schedule the run follows, or null for a seeded run. */
  public ReadOnlyObjectProperty<Schedule> scheduleProperty() {
    return schedule.getReadOnlyProperty();
  }

  /** Runs recorded here are recorded on this executor. */
  public Executor executor() {
    return executor;
  }

  /**
   * The explorer's own background executor (outcomes, races, choice points): a search never
   * waits behind a recording, nor a recording behind a search.
   */
  public Executor exploreExecutor() {
    return exploreExecutor;
  }

  /** Where results go back to the FX thread. */
  public Executor ui() {
    return ui;
  }

  public ScenarioBackend backend() {
    return backend;
  }

  public LongProperty seedProperty() {
    return seed;
  }

  /** True while a run records in the background. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * How far the recording (then building the timeline) is, 0..1; -1 when its total is not known
   * (the first recording of a program with these settings): an indeterminate bar.
   */
  public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the bar measures, in words: "Recording: 4,096 of 10,000,245 events (as last time)". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** The last file the loader rejected, until the dialog clears it. */
  public ReadOnlyObjectProperty<LoadError> loadErrorProperty() {
    return loadError.getReadOnlyProperty();
  }

  /** A short message for a snackbar ("Reloaded cake.json"), empty when none. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Recently opened files, newest first. */
  public ObservableList<Path> recentFiles() {
    return recentView;
  }

  List<Path> recentCopy() {
    return new ArrayList<>(recent);
  }
}
