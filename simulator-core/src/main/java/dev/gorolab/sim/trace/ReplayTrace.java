package dev.gorolab.sim.trace;

import dev.gorolab.model.Chooser;
import dev.gorolab.model.Event;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.EventSink;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.interp.Interpreter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A recorded run kept as what decides it plus what the timeline needs: the events, packed
 * ({@link EventLog}), the chooser's answers, and copies of the whole model (runtime, interpreter,
 * goroutine stacks) every few thousand events. The simulation is deterministic, so the state at
 * any step is recomputed: copy the nearest model snapshot at or before the step and run it
 * forward until the step's event is emitted, as a time-travel debugger does. No state is kept per
 * event.
 *
 * <p>Immutable from the outside and safe to read from any thread: each read works on its own copy
 * of a snapshot.
 */
final class ReplayTrace implements Trace {

  /** The model between two advances, and where it stands. Copied whole for a snapshot. */
  static final class World {
    GoRuntime runtime;
    Interpreter interpreter;
    Sink sink;
    AnswerLog chooser;
    dev.gorolab.model.GoroutineBody main;
    boolean started;
    long advances;
  }

  /**
   * One advance of the model under the run's limits, as the recording and every re-execution
   * take it; false when a limit stopped the run instead.
   */
  static boolean advance(World w, long maxSteps, long maxWork) {
    if (w.sink.count >= maxSteps) {
      w.runtime.stop(Event.EndReason.STEP_LIMIT, Simulation.stepLimitNote(maxSteps));
      return false;
    }
    if (w.advances >= maxWork) {
      w.runtime.stop(Event.EndReason.WORK_LIMIT, Simulation.workLimitNote(maxWork, maxSteps));
      return false;
    }
    w.runtime.advance();
    w.advances++;
    return true;
  }

  /**
   * Where the model's events go. While recording they go to the recorder; in a re-execution the
   * sink stops the run when the wanted step's event is emitted, reading the state right then (as
   * the engine's own snapshot at that event).
   */
  static final class Sink implements EventSink {
    int count;
    EventSink recorder;
    World world;
    int stopAt = -1;
    RuntimeSnapshot state;
    List<Variable> globals;

    @Override
    public void accept(Event e) {
      int step = count++;
      if (recorder != null) {
        recorder.accept(e);
      } else if (step == stopAt) {
        stopHere();
      }
    }

    /**
     * Reads the state right at the event, as the engine's snapshot at that event; the advance
     * then finishes, so the model stays whole and the next step can continue from it.
     */
    private void stopHere() {
      state = world.runtime.snapshot();
      globals = world.interpreter == null ? List.of() : world.interpreter.globals();
    }

    @Override
    public void goroutineStarted(long time, int g, int p, int m, Source source, boolean newSlice, int schedtick) {
      int step = count++;
      if (recorder != null) {
        recorder.goroutineStarted(time, g, p, m, source, newSlice, schedtick);
      } else if (step == stopAt) {
        stopHere();
      }
    }

    @Override
    public void goroutineReadied(long time, int g, int waker, int p, Place place, int displaced, String because) {
      int step = count++;
      if (recorder != null) {
        recorder.goroutineReadied(time, g, waker, p, place, displaced, because);
      } else if (step == stopAt) {
        stopHere();
      }
    }

    @Override
    public void goroutineBlocked(long time, int g, int p, String waitReason, int ch, String object) {
      int step = count++;
      if (recorder != null) {
        recorder.goroutineBlocked(time, g, p, waitReason, ch, object);
      } else if (step == stopAt) {
        stopHere();
      }
    }

    @Override
    public void valueSent(long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) {
      int step = count++;
      if (recorder != null) {
        recorder.valueSent(time, g, ch, value, mode, receiver, slot);
      } else if (step == stopAt) {
        stopHere();
      }
    }

    @Override
    public void valueReceived(
        long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot) {
      int step = count++;
      if (recorder != null) {
        recorder.valueReceived(time, g, ch, value, ok, mode, sender, slot);
      } else if (step == stopAt) {
        stopHere();
      }
    }
  }

  /**
   * The chooser a recording runs with: it asks the real one and keeps the answers; a
   * re-execution gives back the kept answers in order, so a run the class chose by hand replays
   * exactly.
   */
  static final class AnswerLog implements Chooser {
    final Chooser source;
    final Answers answers;
    boolean replaying;
    int next;

    AnswerLog(Chooser source, Answers answers) {
      this.source = source;
      this.answers = answers;
    }

    @Override
    public int choose(ChoicePoint kind, int bound) {
      if (replaying) {
        return answers.values.get(next++);
      }
      int a = source.choose(kind, bound);
      answers.values.add(a);
      next++;
      return a;
    }

    @Override
    public int chooseGoroutine(ChoicePoint kind, int[] goroutines, int count) {
      if (replaying) {
        return answers.values.get(next++);
      }
      int a = source.chooseGoroutine(kind, goroutines, count);
      answers.values.add(a);
      next++;
      return a;
    }

    @Override
    public boolean offers(ChoicePoint kind) {
      return source.offers(kind);
    }
  }

  /** The chooser's answers, in order: shared by the recording and every re-execution. */
  static final class Answers {
    final Chunked.Ints values = new Chunked.Ints();
  }

  /** A copy of the model taken between two advances, {@code step} events into the run. */
  record Snapshot(int step, World world) {}

  private final RunSettings settings;
  private final EventLog events;
  private final RuntimeSnapshot initialState;
  private final int[] snapshotSteps;
  private final List<Snapshot> snapshots;
  /** Set when the model held something a copy cannot take: every read re-executes from the start. */
  private final java.util.function.Supplier<World> fromStart;
  private final long maxSteps;
  private final String stdout;
  private final int[] outputSteps;
  private final int[] outputEnds;
  private final RunOutcome outcome;
  private final Narrator narrator;
  private final java.util.function.Predicate<Object> shared;

  ReplayTrace(
      RunSettings settings,
      EventLog events,
      RuntimeSnapshot initialState,
      List<Snapshot> snapshots,
      java.util.function.Supplier<World> fromStart,
      long maxSteps,
      String stdout,
      int[] outputSteps,
      int[] outputEnds,
      RunOutcome outcome,
      Narrator narrator,
      java.util.function.Predicate<Object> shared) {
    this.settings = settings;
    this.events = events;
    this.initialState = initialState;
    this.snapshots = List.copyOf(snapshots);
    this.snapshotSteps = new int[snapshots.size()];
    for (int k = 0; k < snapshotSteps.length; k++) {
      snapshotSteps[k] = snapshots.get(k).step();
    }
    this.fromStart = fromStart;
    this.maxSteps = maxSteps;
    this.stdout = stdout;
    this.outputSteps = outputSteps;
    this.outputEnds = outputEnds;
    this.outcome = outcome;
    this.narrator = narrator;
    this.shared = shared;
  }

  @Override
  public RunSettings settings() {
    return settings;
  }

  @Override
  public int size() {
    return events.size();
  }

  @Override
  public Event event(int i) {
    checkIndex(i);
    return events.get(i);
  }

  @Override
  public long time(int i) {
    checkIndex(i);
    return events.time(i);
  }

  @Override
  public RuntimeSnapshot initialState() {
    return initialState;
  }

  @Override
  public RuntimeSnapshot stateAt(int i) {
    if (i < 0) {
      return initialState;
    }
    return reach(i).state();
  }

  @Override
  public List<Variable> globalsAt(int i) {
    if (i < 0) {
      return List.of();
    }
    return reach(i).globals();
  }

  /** What a read found at its step. */
  private record Reached(RuntimeSnapshot state, List<Variable> globals) {}

  /**
   * The model as the last read left it (between two advances): playing forward step by step
   * continues from it instead of copying a snapshot and re-executing up to the step again.
   */
  private World cursor;

  /**
   * Images of the snapshots read most recently ({@link ModelCopier.Image}): making one walks the
   * snapshot once, copying from one is several times faster than walking it. A few are kept, so
   * scrubbing around a place copies fast and a long trace read everywhere does not keep an image
   * of every snapshot.
   */
  private final java.util.LinkedHashMap<Integer, ModelCopier.Image> images =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Integer, ModelCopier.Image> eldest) {
          return size() > IMAGES_KEPT;
        }
      };

  private static final int IMAGES_KEPT = 8;

  private ModelCopier.Image imageOf(int snapshot) {
    ModelCopier.Image image = images.get(snapshot);
    if (image == null) {
      image = ModelCopier.image(snapshots.get(snapshot).world(), shared);
      images.put(snapshot, image);
    }
    return image;
  }

  /** Re-executes from the nearest snapshot (or the cursor) until step {@code i}'s event is emitted. */
  private synchronized Reached reach(int i) {
    checkIndex(i);
    int k = Arrays.binarySearch(snapshotSteps, i);
    int at = k >= 0 ? k : -k - 2; // the last snapshot at or before i
    int base = at >= 0 ? snapshotSteps[at] : 0;
    World w;
    if (cursor != null && cursor.sink.count <= i && cursor.sink.count >= base && !cursor.runtime.ended()) {
      w = cursor;
    } else if (at >= 0) {
      w = (World) imageOf(at).copy();
    } else {
      w = fromStart.get();
    }
    cursor = null;
    w.sink.recorder = null;
    w.sink.world = w;
    w.chooser.replaying = true;
    w.sink.stopAt = i;
    w.sink.state = null;
    long maxWork = Simulation.workLimit(maxSteps);
    if (!w.started) {
      w.started = true;
      w.runtime.start(w.main);
    }
    while (w.sink.state == null && !w.runtime.ended() && advance(w, maxSteps, maxWork)) {
      // until the sink has read step i
    }
    if (w.sink.state == null) {
      throw new IllegalStateException("re-executing the run did not reach step " + i + " of " + size()
          + " (the model is not deterministic)");
    }
    cursor = w;
    return new Reached(w.sink.state, w.sink.globals);
  }

  @Override
  public String stdoutUpTo(int i) {
    if (i < 0 || outputSteps.length == 0) {
      return "";
    }
    int k = Arrays.binarySearch(outputSteps, i);
    int last = k >= 0 ? k : -k - 2;
    return last < 0 ? "" : stdout.substring(0, outputEnds[last]);
  }

  @Override
  public String narration(int i, Locale locale) {
    checkIndex(i);
    return narrator.explain(events.get(i), locale);
  }

  @Override
  public RunOutcome outcome() {
    return outcome;
  }

  /**
   * {@link #stepsOf}'s answers: each scans the whole run, and the app asks for a few kinds at
   * every step it shows (a 10M-event run dragged on the slider scanned 10M events a frame).
   */
  private final java.util.LinkedHashMap<Class<?>, List<Integer>> stepsByType = new java.util.LinkedHashMap<>();

  @Override
  public List<Integer> stepsOf(Class<? extends Event> type) {
    synchronized (stepsByType) {
      List<Integer> known = stepsByType.get(type);
      if (known != null) {
        return known;
      }
    }
    // Scanned outside the lock, so one kind's first scan does not hold up another's answer.
    List<Integer> steps = scanStepsOf(type);
    synchronized (stepsByType) {
      return stepsByType.computeIfAbsent(type, k -> steps);
    }
  }

  private List<Integer> scanStepsOf(Class<? extends Event> type) {
    List<Integer> steps = new ArrayList<>();
    if (type.isRecord()) {
      int kind = EventLog.kindOf(type);
      for (int i = 0; i < events.size(); i++) {
        if (events.kind(i) == kind) {
          steps.add(i);
        }
      }
    } else {
      for (int i = 0; i < events.size(); i++) {
        if (type.isInstance(events.get(i))) {
          steps.add(i);
        }
      }
    }
    return Collections.unmodifiableList(steps);
  }

  /** Snapshots kept (for --stats). */
  int snapshotCount() {
    return snapshots.size();
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= events.size()) {
      throw new IndexOutOfBoundsException("step " + i + " of a trace with " + events.size() + " steps");
    }
  }
}
