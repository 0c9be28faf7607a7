package dev.gorolab.sim.trace;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.Variable;
import java.util.List;
import java.util.Locale;

/**
 * A recorded run: every event the model emitted, in order, with random access to the complete
 * runtime state after any of them. Immutable and safe to read from any thread.
 *
 * <p>Step {@code i} (0-based) is event {@code i}; "the state at step i" is the state right after
 * that event. {@link #initialState()} is the state before the first event.
 */
public interface Trace {

  /** The settings that produced this run; running them again gives an identical trace. */
  RunSettings settings();

  /** Number of steps (events). */
  int size();

  /** The event of step {@code i}. */
  Event event(int i);

  /** Virtual time of step {@code i}, in nanoseconds. */
  default long time(int i) {
    return event(i).time();
  }

  /** The state before the first step. */
  RuntimeSnapshot initialState();

  /** The complete state right after step {@code i}; O(snapshot interval). */
  RuntimeSnapshot stateAt(int i);

  /** The package-level variables (name, Go type, value) right after step {@code i}, in declaration order. */
  List<Variable> globalsAt(int i);

  /** What the program wrote to stdout up to and including step {@code i} ({@code -1}: nothing). */
  String stdoutUpTo(int i);

  /** The step's sentence for the audience in {@code locale} (English or Simplified Chinese). */
  String narration(int i, Locale locale);

  /** How the program ended: exit code, reason, stdout and stderr in Go's words. */
  RunOutcome outcome();

  /** Indexes of the steps whose event is of {@code type}, ascending, unmodifiable; safe from any thread. */
  List<Integer> stepsOf(Class<? extends Event> type);
}
