package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The immutable trace a {@link Simulation} recorded: events, the delta each one caused, and
 * checkpoints (full snapshots) placed so that rebuilding any step touches at most about one
 * state's worth of deltas — O(snapshot interval) per read, linear memory overall.
 */
final class RecordedTrace implements Trace {
  /**
   * The full state at one step: where each entity's latest change sits in the logs, the
   * goroutines as frozen columns, and where the logs stood.
   */
  record Checkpoint(
      long time, EntityLog.Latest latest, List<GoroutineState> goroutines, int intEnd, int refEnd,
      int goroutineEnd) {}

  private final RunSettings settings;
  private final List<Event> events;
  /**
   * Every change but goroutines; step i's end at {@code intEnds[i]} (a change's references follow
   * from its kind, so replaying from a checkpoint needs only where the numbers end).
   */
  private final EntityLog log;
  private final Chunked.Ints intEnds;
  /** The deltas' goroutine changes; step i's end at {@code goroutineChangeEnds[i]}. */
  private final GoroutineChanges goroutineChanges;
  private final Chunked.Ints goroutineChangeEnds;
  private final Checkpoint initial;
  private final RuntimeSnapshot initialState;
  private final int[] checkpointSteps;
  private final List<Checkpoint> checkpoints;
  private final String stdout;
  private final int[] outputSteps;
  private final int[] outputEnds;
  private final RunOutcome outcome;
  private final Narrator narrator;
  private final int[] globalsSteps;
  private final List<List<Variable>> globalsValues;

  RecordedTrace(
      RunSettings settings,
      List<Event> events,
      EntityLog log,
      Chunked.Ints intEnds,
      GoroutineChanges goroutineChanges,
      Chunked.Ints goroutineChangeEnds,
      Checkpoint initial,
      int[] checkpointSteps,
      List<Checkpoint> checkpoints,
      String stdout,
      int[] outputSteps,
      int[] outputEnds,
      RunOutcome outcome,
      Narrator narrator,
      int[] globalsSteps,
      List<List<Variable>> globalsValues) {
    this.settings = settings;
    this.events = Collections.unmodifiableList(events);
    this.log = log;
    this.intEnds = intEnds;
    this.goroutineChanges = goroutineChanges;
    this.goroutineChangeEnds = goroutineChangeEnds;
    this.initial = initial;
    this.initialState = log.build(initial.latest(), initial.time(), initial.goroutines());
    this.checkpointSteps = checkpointSteps;
    this.checkpoints = checkpoints;
    this.stdout = stdout;
    this.outputSteps = outputSteps;
    this.outputEnds = outputEnds;
    this.outcome = outcome;
    this.narrator = narrator;
    this.globalsSteps = globalsSteps;
    this.globalsValues = globalsValues;
  }

  @Override
  public List<Variable> globalsAt(int i) {
    int k = Arrays.binarySearch(globalsSteps, i);
    int last = k >= 0 ? k : -k - 2;
    return last < 0 ? List.of() : globalsValues.get(last);
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
    return events.get(i);
  }

  /** All events, in order (unmodifiable). */
  List<Event> events() {
    return events;
  }

  @Override
  public RuntimeSnapshot initialState() {
    return initialState;
  }

  @Override
  public RuntimeSnapshot stateAt(int i) {
    if (i < 0) {
      return initialState();
    }
    checkIndex(i);
    int k = Arrays.binarySearch(checkpointSteps, i);
    if (k >= 0) {
      Checkpoint c = checkpoints.get(k);
      return log.build(c.latest(), c.time(), c.goroutines());
    }
    int before = -k - 2; // the last checkpoint below i
    Checkpoint base = before < 0 ? initial : checkpoints.get(before);
    EntityLog.Latest latest = base.latest().copy();
    log.apply(latest, base.intEnd(), base.refEnd(), intEnds.get(i));
    GoroutineColumns goroutines = GoroutineColumns.thaw(base.goroutines());
    goroutineChanges.applyTo(goroutines, base.goroutineEnd(), goroutineChangeEnds.get(i));
    return log.build(latest, events.get(i).time(), goroutines.freeze());
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

  @Override
  public List<Integer> stepsOf(Class<? extends Event> type) {
    List<Integer> steps = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        steps.add(i);
      }
    }
    return Collections.unmodifiableList(steps);
  }

  private void checkIndex(int i) {
    if (i >= events.size()) {
      throw new IndexOutOfBoundsException("step " + i + " of a trace with " + events.size() + " steps");
    }
  }
}
