package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.i18n.I18n;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays a recorded trace: the current step, play/pause and speed, and everything derived from the
 * step (state, scene, narration, console, code markers, the selected goroutine). Moving backward
 * is reading an earlier snapshot; nothing here changes the trace. FX thread only.
 */
public final class PlayerViewModel {
  public static final double MIN_SPEED = 0.25;
  public static final double MAX_SPEED = 64.0;
  /** Speeds offered in the speed box, slowest first. */
  public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0);

  private final I18n i18n;
  private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(TimelineModel.EMPTY);
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(1.0);
  private final BooleanProperty showSystem = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<RuntimeSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RuntimeScene> scene = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper console = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper goError = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<dev.gorolab.model.Variable>> globals = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<List<CodeMarker>> codeMarkers = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<ObservableList<Integer>> steps =
      new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
  private final IntegerProperty selected = new SimpleIntegerProperty(-1);
  private final ReadOnlyObjectWrapper<GoroutineState> selectedState = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ObservableList<Integer>> selectedHistory =
      new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
  private final ReadOnlyIntegerWrapper startUpEnd = new ReadOnlyIntegerWrapper(-1);
  private final IntegerProperty followed = new SimpleIntegerProperty(-1);
  private int endStep = Integer.MAX_VALUE;
  private String endReport = "";
  /** The last step the player may show (be the scheduler waits there); every load lifts it. */
  private int limit = Integer.MAX_VALUE;

  /** For {@link #load}: show the step where main is about to run its first statement. */
  public static final int MAIN_START = -3;

  /** A goroutine's marker on a source line. */
  public record CodeMarker(int line, Token token) {}

  public PlayerViewModel(I18n i18n) {
    this.i18n = i18n;
    speed.addListener((obs, old, now) -> {
      double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, now.doubleValue()));
      if (clamped != now.doubleValue()) {
        speed.set(clamped);
      }
    });
    i18n.localeProperty().addListener((obs, old, now) -> refresh());
    showSystem.addListener((obs, old, now) -> refresh());
    selected.addListener((obs, old, now) -> {
      selectedHistory.set(historyOf(now.intValue()));
      refresh();
    });
    refresh();
  }

  /** Shows {@code newTrace} at {@code atStep} (clamped), e.g. the old step after a reload. */
  public void load(Trace newTrace, TimelineModel newTimeline, int atStep) {
    pause();
    limit = Integer.MAX_VALUE;
    trace.set(newTrace);
    timeline.set(newTimeline);
    stepCount.set(newTrace.size());
    steps.set(FXCollections.unmodifiableObservableList(FXCollections.observableList(new StepIndexes(newTrace.size()))));
    endStep = Integer.MAX_VALUE;
    endReport = "";
    for (Class<? extends Event> type : List.of(Event.Deadlocked.class, Event.Panicked.class)) {
      for (int i : newTrace.stepsOf(type)) {
        if (i < endStep) {
          endStep = i;
          Event e = newTrace.event(i);
          endReport = e instanceof Event.Deadlocked d ? d.report() : ((Event.Panicked) e).report();
        }
      }
    }
    if (endReport.isEmpty() && !newTrace.outcome().stderr().isEmpty()) {
      endStep = newTrace.size() - 1;
      endReport = newTrace.outcome().stderr();
    }
    startUpEnd.set(StartUp.lastStep(newTrace));
    int at = atStep == MAIN_START ? startUpEnd.get() : atStep;
    step.set(Math.max(-1, Math.min(at, newTrace.size() - 1)));
    selectedHistory.set(historyOf(selected.get()));
    refresh();
  }

  // ---- navigation ------------------------------------------------------------------------------

  public void seek(int i) {
    if (trace.get() == null) {
      return;
    }
    int clamped = Math.max(-1, Math.min(i, lastStep()));
    if (clamped != step.get()) {
      step.set(clamped);
      refresh();
    }
  }

  public void stepForward() {
    seek(step.get() + 1);
  }

  public void stepBack() {
    seek(step.get() - 1);
  }

  public void toStart() {
    seek(-1);
  }

  /** After the runtime's start-up (R1.7): main is about to run its first statement. */
  public void toMainStart() {
    pause();
    seek(startUpEnd.get());
  }

  /**
   * Goes to the next step of {@code kind} (the previous one, {@code back}); false, and no move,
   * when there is none.
   */
  public boolean jump(Jumps.Kind kind, boolean back) {
    Trace t = trace.get();
    if (t == null) {
      return false;
    }
    int target = kind == Jumps.Kind.VISIBLE
        ? Jumps.findVisible(step.get(), t.size(), back, i -> List.of(sceneAt(t, i), i < 0 ? List.of() : t.globalsAt(i)))
        : Jumps.find(t, step.get(), kind, back);
    if (target < -1) {
      return false;
    }
    pause();
    seek(target);
    return true;
  }

  public void toEnd() {
    seek(stepCount.get() - 1);
  }

  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** Starts playing; from the end, starts over so Play always shows something. */
  public void play() {
    if (trace.get() == null || stepCount.get() == 0) {
      return;
    }
    if (atEnd()) {
      seek(-1);
    }
    playing.set(true);
  }

  public void pause() {
    playing.set(false);
  }

  /** One tick of the player's clock: the next step, pausing at the end. Returns whether it moved. */
  public boolean playTick() {
    if (!playing.get()) {
      return false;
    }
    stepForward();
    if (atEnd()) {
      pause();
    }
    return true;
  }

  public boolean atEnd() {
    return step.get() >= lastStep();
  }

  /** The last step the player goes to: the run's last, or the limit. */
  private int lastStep() {
    return (int) Math.min(stepCount.get() - 1L, limit);
  }

  /**
   * Lets the player go no further than {@code last} (Integer.MAX_VALUE: the whole run): being the
   * scheduler, the run waits at a choice point for the class. Playing stops there.
   */
  public void setLimit(int last) {
    limit = last;
    if (step.get() > lastStep()) {
      seek(lastStep());
    }
  }

  /** The limit {@link #setLimit} set, or Integer.MAX_VALUE. */
  public int limit() {
    return limit;
  }

  /**
   * Goes to step {@code text} as the step label counts (1..N; 0 is the start), for the step box;
   * false when it is not a step of this run.
   */
  public boolean jumpTo(String text) {
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    if (trace.get() == null || n < 0 || n > stepCount.get()) {
      return false;
    }
    pause();
    seek(n - 1);
    return true;
  }

  /**
   * Follows goroutine {@code g}: every pane keeps it highlighted and in view, across re-runs and
   * reloads (a goroutine keeps its id when the program runs again); -1 stops following.
   */
  public void follow(int g) {
    followed.set(g);
  }

  /** Selects goroutine {@code g} for the inspector; -1 clears. */
  public void select(int g) {
    selected.set(g);
  }

  // ---- derived state ---------------------------------------------------------------------------

  private void refresh() {
    Trace t = trace.get();
    if (t == null) {
      stepText.set(i18n.get("step.none"));
      timeText.set(i18n.get("time", GoDuration.format(0)));
      narration.set(i18n.get("narration.none"));
      return;
    }
    int i = step.get();
    RuntimeSnapshot s = i < 0 ? t.initialState() : t.stateAt(i);
    // Before the scene: the runtime view reads the globals when the scene changes.
    globals.set(i < 0 ? List.of() : t.globalsAt(i));
    snapshot.set(s);
    boolean ended = i >= endStep;
    scene.set(sceneAt(t, i, s));
    stepText.set(i18n.get("step", i + 1, t.size()));
    timeText.set(i18n.get("time", GoDuration.format(s.time())));
    narration.set(i < 0 ? i18n.get("narration.start")
        : i == startUpEnd.get() ? i18n.get("narration.mainStart", i + 1) : t.narration(i, i18n.locale()));
    console.set(t.stdoutUpTo(i));
    goError.set(ended ? endReport : "");
    List<CodeMarker> markers = new ArrayList<>();
    GoroutineState sel = null;
    for (GoroutineState g : s.goroutines()) {
      if (g.id() == selected.get()) {
        sel = g;
      }
      if (g.status() != GStatus.DEAD && g.line() > 0 && (showSystem.get() || !g.system())) {
        markers.add(new CodeMarker(g.line(), Token.of(g)));
      }
    }
    codeMarkers.set(List.copyOf(markers));
    selectedState.set(sel);
  }

  /** What the runtime view draws at step {@code i} (-1: before the first). */
  private RuntimeScene sceneAt(Trace t, int i) {
    return sceneAt(t, i, i < 0 ? t.initialState() : t.stateAt(i));
  }

  private RuntimeScene sceneAt(Trace t, int i, RuntimeSnapshot s) {
    String banner = i >= endStep && isGoFailure(t) ? endReport : null;
    return RuntimeSceneBuilder.build(s, showSystem.get(), banner, exitNote(t, i),
        SyncExtras.at(t, i, s, i < 0 ? List.of() : t.globalsAt(i)));
  }

  /** At the step where the program exits without a Go failure: the words for the end, else null. */
  private String exitNote(Trace t, int i) {
    if (i < 0 || !(t.event(i) instanceof Event.ProgramEnded end)) {
      return null;
    }
    return switch (end.reason().name()) {
      case "MAIN_RETURNED" -> i18n.get("exit.returned", end.exitCode());
      case "OS_EXIT" -> i18n.get("exit.osExit", end.exitCode());
      default -> null;
    };
  }

  private boolean isGoFailure(Trace t) {
    return switch (t.outcome().reason()) {
      case DEADLOCK, PANIC, FATAL_ERROR -> true;
      default -> false;
    };
  }

  private ObservableList<Integer> historyOf(int g) {
    Trace t = trace.get();
    if (t == null || g < 0) {
      return FXCollections.emptyObservableList();
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (EventFacts.goroutines(t.event(i)).contains(g)) {
        found.add(i);
      }
    }
    return FXCollections.unmodifiableObservableList(FXCollections.observableList(found));
  }

  /** 0..n-1 without storing them: a run can have millions of steps. */
  private static final class StepIndexes extends AbstractList<Integer> {
    private final int n;

    StepIndexes(int n) {
      this.n = n;
    }

    @Override
    public Integer get(int index) {
      if (index < 0 || index >= n) {
        throw new IndexOutOfBoundsException(index);
      }
      return index;
    }

    @Override
    public int size() {
      return n;
    }
  }

  // ---- properties ------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Trace> traceProperty() {
    return trace.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
    return timeline.getReadOnlyProperty();
  }

  /** The current step: -1 before the first event, else 0..stepCount-1. */
  public ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty stepCountProperty() {
    return stepCount.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Playback speed factor, clamped to 0.25..64. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  public BooleanProperty showSystemProperty() {
    return showSystem;
  }

  public ReadOnlyObjectProperty<RuntimeSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RuntimeScene> sceneProperty() {
    return scene.getReadOnlyProperty();
  }

  /** "step n / N". */
  public ReadOnlyStringProperty stepTextProperty() {
    return stepText.getReadOnlyProperty();
  }

  /** "t = 1s": virtual time of the current step. */
  public ReadOnlyStringProperty timeTextProperty() {
    return timeText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty narrationProperty() {
    return narration.getReadOnlyProperty();
  }

  /** Program output up to the current step. */
  public ReadOnlyStringProperty consoleProperty() {
    return console.getReadOnlyProperty();
  }

  /** Go's stderr once the step that produced it is reached, else empty. */
  public ReadOnlyStringProperty goErrorProperty() {
    return goError.getReadOnlyProperty();
  }

  /** Package-level variables at the current step, in declaration order. */
  public ReadOnlyObjectProperty<List<dev.gorolab.model.Variable>> globalsProperty() {
    return globals.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<CodeMarker>> codeMarkersProperty() {
    return codeMarkers.getReadOnlyProperty();
  }

  /** Every step index, for the event list. */
  public ReadOnlyObjectProperty<ObservableList<Integer>> stepsProperty() {
    return steps.getReadOnlyProperty();
  }

  /** The followed (pinned) goroutine, or -1. */
  public ReadOnlyIntegerProperty followedProperty() {
    return IntegerProperty.readOnlyIntegerProperty(followed);
  }

  /** The last step of the runtime's start-up (R1.7), or -1 when the run has none. */
  public ReadOnlyIntegerProperty startUpEndProperty() {
    return startUpEnd.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty selectedProperty() {
    return IntegerProperty.readOnlyIntegerProperty(selected);
  }

  /** The selected goroutine at the current step, or null. */
  public ReadOnlyObjectProperty<GoroutineState> selectedStateProperty() {
    return selectedState.getReadOnlyProperty();
  }

  /** Steps whose event concerns the selected goroutine. */
  public ReadOnlyObjectProperty<ObservableList<Integer>> selectedHistoryProperty() {
    return selectedHistory.getReadOnlyProperty();
  }

  public String narrationOf(int i) {
    Trace t = trace.get();
    // While a new run replaces the old one the event list may still ask for an old step.
    return t == null || i < 0 || i >= t.size() ? "" : t.narration(i, i18n.locale());
  }
}
