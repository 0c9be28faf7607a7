package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
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
  private final RunSettings settings;
  private final List<Event> events;
  /**
   * The deltas' entries but goroutines, flattened; step i's are {@code changes[changeEnds[i-1] ..
   * changeEnds[i])}.
   */
  private final Object[] changes;
  private final int[] changeEnds;
  /** The deltas' goroutine changes; step i's end at {@code goroutineChangeEnds[i]}. */
  private final GoroutineChanges goroutineChanges;
  private final int[] goroutineChangeEnds;
  private final RuntimeSnapshot initial;
  private final int[] checkpointSteps;
  private final List<RuntimeSnapshot> checkpoints;
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
      Object[] changes,
      int[] changeEnds,
      GoroutineChanges goroutineChanges,
      int[] goroutineChangeEnds,
      RuntimeSnapshot initial,
      int[] checkpointSteps,
      List<RuntimeSnapshot> checkpoints,
      String stdout,
      int[] outputSteps,
      int[] outputEnds,
      RunOutcome outcome,
      Narrator narrator,
      int[] globalsSteps,
      List<List<Variable>> globalsValues) {
    this.settings = settings;
    this.events = Collections.unmodifiableList(events);
    this.changes = changes;
    this.changeEnds = changeEnds;
    this.goroutineChanges = goroutineChanges;
    this.goroutineChangeEnds = goroutineChangeEnds;
    this.initial = initial;
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
    return initial;
  }

  @Override
  public RuntimeSnapshot stateAt(int i) {
    if (i < 0) {
      return initial;
    }
    checkIndex(i);
    int k = Arrays.binarySearch(checkpointSteps, i);
    if (k >= 0) {
      return checkpoints.get(k);
    }
    int before = -k - 2; // the last checkpoint below i
    RuntimeSnapshot base = before < 0 ? initial : checkpoints.get(before);
    int from = before < 0 ? 0 : checkpointSteps[before] + 1;
    StateBuilder builder = new StateBuilder(base);
    int end = changeEnds[i];
    for (int c = from == 0 ? 0 : changeEnds[from - 1]; c < end; c++) {
      builder.applyChange(changes[c]);
    }
    goroutineChanges.applyTo(
        builder.goroutines(), from == 0 ? 0 : goroutineChangeEnds[from - 1], goroutineChangeEnds[i]);
    return builder.build(events.get(i).time());
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
