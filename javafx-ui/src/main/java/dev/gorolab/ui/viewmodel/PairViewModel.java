package dev.gorolab.ui.viewmodel;

import dev.gorolab.sim.explore.Divergence;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioBackend;
import dev.gorolab.ui.i18n.I18n;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Side by side: two runs of one program (GOMAXPROCS=1 against 2, seed A against seed B), each
 * with its own player, moved by one cursor over virtual time. The cursor walks the two runs'
 * events merged in time order (A first on a tie), so each step moves one run by one event and
 * the other stays at its last event at or before that instant. Where the goroutines' stories
 * first part is {@link Divergence}, as {@code gorolab diff} prints it. FX thread only; the runs
 * are recorded on the explore executor.
 */
public final class PairViewModel {
  /** The settings of one side, as {@code gorolab diff --a} writes them: {@code gomaxprocs=N,seed=S}. */
  public record Side(Integer gomaxprocs, Long seed) {
    /** Parses {@code gomaxprocs=2}, {@code seed=7} or both; throws IllegalArgumentException saying what is wrong. */
    public static Side parse(String text) {
      Integer procs = null;
      Long seed = null;
      for (String part : text.split(",")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        int eq = p.indexOf('=');
        String key = eq < 0 ? p : p.substring(0, eq).strip();
        String value = eq < 0 ? "" : p.substring(eq + 1).strip();
        try {
          switch (key) {
            case "gomaxprocs" -> {
              procs = Integer.parseInt(value);
              if (procs < MainViewModel.MIN_PROCS || procs > MainViewModel.MAX_PROCS) {
                throw new IllegalArgumentException("gomaxprocs must be " + MainViewModel.MIN_PROCS + ".." + MainViewModel.MAX_PROCS
                    + ", got " + procs);
              }
            }
            case "seed" -> seed = Long.parseLong(value);
            default -> throw new IllegalArgumentException("expected gomaxprocs=N or seed=S, got \"" + p + "\"");
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(key + " expects a whole number, got \"" + value + "\"");
        }
      }
      return new Side(procs, seed);
    }

    RunSettings settings(int defaultProcs, long defaultSeed) {
      return new RunSettings(gomaxprocs != null ? gomaxprocs : defaultProcs, seed != null ? seed : defaultSeed,
          RunSettings.DEFAULT_MAX_STEPS);
    }
  }

  private final ScenarioBackend backend;
  private final Executor executor;
  private final Executor ui;
  private final I18n i18n;
  private final PlayerViewModel a;
  private final PlayerViewModel b;
  private final StringProperty sideA = new SimpleStringProperty("gomaxprocs=1");
  private final StringProperty sideB = new SimpleStringProperty("gomaxprocs=2");
  private final ReadOnlyStringWrapper titleA = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper titleB = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper divergenceText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Divergence> divergence = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper cursorCount = new ReadOnlyIntegerWrapper(1);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper cursorText = new ReadOnlyStringWrapper("");
  private final javafx.beans.property.IntegerProperty syncGoroutine = new javafx.beans.property.SimpleIntegerProperty(-1);
  private final javafx.collections.ObservableList<Integer> goroutines = javafx.collections.FXCollections.observableArrayList();
  /** Cursor position k shows step {@code stepsA[k]} of A and {@code stepsB[k]} of B (-1: before the first). */
  private int[] stepsA = {-1};
  private int[] stepsB = {-1};
  private RunSettings settingsA;
  private RunSettings settingsB;
  private long generation;
  private boolean moving;

  public PairViewModel(ScenarioBackend backend, Executor executor, Executor ui, I18n i18n) {
    this.backend = backend;
    this.executor = executor;
    this.ui = ui;
    this.i18n = i18n;
    this.a = new PlayerViewModel(i18n);
    this.b = new PlayerViewModel(i18n);
    // A click on either timeline moves that run; the cursor follows it and brings the other along.
    a.stepProperty().addListener((obs, old, now) -> followed(true, now.intValue()));
    b.stepProperty().addListener((obs, old, now) -> followed(false, now.intValue()));
    i18n.localeProperty().addListener((obs, old, now) -> describe());
    syncGoroutine.addListener((obs, old, now) -> {
      Trace ta = a.traceProperty().get();
      Trace tb = b.traceProperty().get();
      if (ta != null && tb != null) {
        merge(ta, tb);
        seek(0);
      }
    });
  }

  /** Records {@code scenario} under both sides' settings (the scenario's own for what a side does not name). */
  public void run(LoadedScenario scenario) {
    Side sa;
    Side sb;
    try {
      sa = Side.parse(sideA.get());
      sb = Side.parse(sideB.get());
    } catch (IllegalArgumentException e) {
      status.set(i18n.get("pair.badSettings", e.getMessage()));
      return;
    }
    RunSettings ra = sa.settings(scenario.gomaxprocs(), scenario.seed());
    RunSettings rb = sb.settings(scenario.gomaxprocs(), scenario.seed());
    long gen = ++generation;
    busy.set(true);
    status.set(i18n.get("pair.recording"));
    executor.execute(() -> {
      try {
        Trace ta = backend.record(scenario, ra, RecordingListener.NONE);
        Trace tb = backend.record(scenario, rb, RecordingListener.NONE);
        TimelineModel la = TimelineModel.of(ta);
        TimelineModel lb = TimelineModel.of(tb);
        Divergence d = Divergence.find(ta, tb);
        ui.execute(() -> {
          if (gen == generation) {
            show(ra, ta, la, rb, tb, lb, d);
          }
        });
      } catch (RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        ui.execute(() -> {
          if (gen == generation) {
            busy.set(false);
            status.set(i18n.get("error.run", message));
          }
        });
      }
    });
  }

  /** Shows two recorded runs (tests and exports pass them in directly). */
  public void show(RunSettings ra, Trace ta, TimelineModel la, RunSettings rb, Trace tb, TimelineModel lb, Divergence d) {
    settingsA = ra;
    settingsB = rb;
    moving = true;
    a.load(ta, la, -1);
    b.load(tb, lb, -1);
    moving = false;
    List<Integer> created = new java.util.ArrayList<>();
    for (int i = 0; i < ta.size(); i++) {
      if (ta.event(i) instanceof dev.gorolab.model.Event.GoroutineCreated c && !c.system()) {
        created.add(c.g());
      }
    }
    goroutines.setAll(created);
    if (!created.contains(syncGoroutine.get())) {
      syncGoroutine.set(-1);
    }
    merge(ta, tb);
    divergence.set(d);
    busy.set(false);
    status.set("");
    cursor.set(0);
    describe();
  }

  /**
   * The cursor's positions: by default the two runs' steps merged by virtual time, A first on a
   * tie; with a goroutine chosen ({@link #syncGoroutineProperty}), position k shows each run at
   * the k-th event of that goroutine (created, ran, blocked, sent, …), so the same moment of its
   * story is side by side however differently the runs were scheduled.
   */
  private void merge(Trace ta, Trace tb) {
    if (syncGoroutine.get() >= 0) {
      int g = syncGoroutine.get();
      int[] ea = eventsOf(ta, g);
      int[] eb = eventsOf(tb, g);
      int n = Math.max(ea.length, eb.length) + 1;
      stepsA = new int[n];
      stepsB = new int[n];
      stepsA[0] = -1;
      stepsB[0] = -1;
      for (int k = 1; k < n; k++) {
        stepsA[k] = ea.length == 0 ? -1 : ea[Math.min(k, ea.length) - 1];
        stepsB[k] = eb.length == 0 ? -1 : eb[Math.min(k, eb.length) - 1];
      }
      cursorCount.set(n);
      return;
    }
    int n = ta.size() + tb.size() + 1;
    stepsA = new int[n];
    stepsB = new int[n];
    int i = -1;
    int j = -1;
    stepsA[0] = -1;
    stepsB[0] = -1;
    for (int k = 1; k < n; k++) {
      if (j == tb.size() - 1 || (i < ta.size() - 1 && ta.time(i + 1) <= tb.time(j + 1))) {
        i++;
      } else {
        j++;
      }
      stepsA[k] = i;
      stepsB[k] = j;
    }
    cursorCount.set(n);
  }

  // ---- the one step control ------------------------------------------------------------------

  public void seek(int k) {
    int clamped = Math.max(0, Math.min(k, cursorCount.get() - 1));
    cursor.set(clamped);
    moving = true;
    a.seek(stepsA[clamped]);
    b.seek(stepsB[clamped]);
    moving = false;
    describe();
  }

  public void stepForward() {
    seek(cursor.get() + 1);
  }

  public void stepBack() {
    seek(cursor.get() - 1);
  }

  public void toStart() {
    seek(0);
  }

  public void toEnd() {
    seek(cursorCount.get() - 1);
  }

  /** Shows step {@code step} of run A (-1: the start) and run B at the same virtual time. */
  public void showStepOfA(int step) {
    seek(firstAt(stepsA, Math.min(step, a.stepCountProperty().get() - 1)));
  }

  /** Shows where the runs part: each run at its first event that differs. */
  public void toDivergence() {
    Divergence d = divergence.get();
    if (d == null) {
      return;
    }
    int sa = Math.min(d.stepA(), a.stepCountProperty().get() - 1);
    int sb = Math.min(d.stepB(), b.stepCountProperty().get() - 1);
    moving = true;
    a.seek(sa);
    b.seek(sb);
    moving = false;
    cursor.set(firstAt(stepsA, sa));
    describe();
  }

  /** One run moved by itself (a click on its timeline): the cursor goes there, the other run follows by time. */
  private void followed(boolean sideIsA, int step) {
    if (moving || stepsA.length <= 1) {
      return;
    }
    seek(firstAt(sideIsA ? stepsA : stepsB, step));
  }

  private static int[] eventsOf(Trace t, int g) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      if (EventFacts.goroutines(t.event(i)).contains(g)) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static int firstAt(int[] steps, int step) {
    for (int k = 0; k < steps.length; k++) {
      if (steps[k] >= step) {
        return k;
      }
    }
    return steps.length - 1;
  }

  private void describe() {
    Trace ta = a.traceProperty().get();
    Trace tb = b.traceProperty().get();
    if (ta == null || tb == null) {
      return;
    }
    titleA.set(i18n.get("pair.side", "A", settingsA.gomaxprocs(), settingsA.seed(), ta.size(), ta.outcome().exitCode()));
    titleB.set(i18n.get("pair.side", "B", settingsB.gomaxprocs(), settingsB.seed(), tb.size(), tb.outcome().exitCode()));
    int k = cursor.get();
    int ia = stepsA[k];
    int ib = stepsB[k];
    long t = Math.max(ia < 0 ? 0 : ta.time(ia), ib < 0 ? 0 : tb.time(ib));
    cursorText.set(syncGoroutine.get() < 0 ? i18n.get("pair.cursor", k, cursorCount.get() - 1, GoDuration.format(t))
        : i18n.get("pair.cursorG", k, cursorCount.get() - 1, syncGoroutine.get()));
    Divergence d = divergence.get();
    if (d == null) {
      divergenceText.set(i18n.get("pair.same"));
    } else {
      divergenceText.set(i18n.get("pair.parts", d.storyIndex(), at(ta, d.stepA()), at(tb, d.stepB())));
    }
  }

  private String at(Trace t, int step) {
    if (step >= t.size()) {
      return i18n.get("pair.ended");
    }
    return i18n.get("pair.at", step + 1, GoDuration.format(t.time(step)), t.narration(step, i18n.locale()));
  }

  // ---- properties ----------------------------------------------------------------------------

  /** The goroutine whose n-th event the cursor aligns, or -1 to move by virtual time. */
  public javafx.beans.property.IntegerProperty syncGoroutineProperty() {
    return syncGoroutine;
  }

  /** The user goroutines run A creates, in order: what the cursor can follow. */
  public javafx.collections.ObservableList<Integer> goroutines() {
    return javafx.collections.FXCollections.unmodifiableObservableList(goroutines);
  }

  public PlayerViewModel a() {
    return a;
  }

  public PlayerViewModel b() {
    return b;
  }

  /** Side A's settings text ({@code gomaxprocs=1}). */
  public StringProperty sideAProperty() {
    return sideA;
  }

  public StringProperty sideBProperty() {
    return sideB;
  }

  public ReadOnlyStringProperty titleAProperty() {
    return titleA.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleBProperty() {
    return titleB.getReadOnlyProperty();
  }

  /** Where the runs part, narrated; or that they do not. */
  public ReadOnlyStringProperty divergenceTextProperty() {
    return divergenceText.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Divergence> divergenceProperty() {
    return divergence.getReadOnlyProperty();
  }

  /** "position k / N · t = …". */
  public ReadOnlyStringProperty cursorTextProperty() {
    return cursorText.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty cursorProperty() {
    return cursor.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty cursorCountProperty() {
    return cursorCount.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
