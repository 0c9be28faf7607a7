package dev.gorolab.model;

import java.util.List;

/**
 * The code a goroutine runs, supplied by whoever drives the model (the interpreter, or a test).
 *
 * <p>The model calls {@link #step} whenever the goroutine holds an M and a P and is due to run.
 * One call performs one atomic action of the program (a statement, or one chunk of CPU work)
 * and makes at most one blocking call on {@link GoOps}. If that call parks the goroutine, the
 * body must return at once; the next {@code step} after the goroutine is readied starts by
 * calling {@link GoOps#resumption()} to collect the result of the blocking operation.
 */
public interface GoroutineBody {

  /**
   * Runs the next action through {@code ops}, which acts for this goroutine only during the call.
   *
   * @return the virtual nanoseconds the action consumed, at least 1; CPU-bound work is split into
   *     steps of at most {@link RuntimeConfig#maxStepNanos()} so that preemption can land
   */
  long step(GoOps ops);

  /** Go's qualified name of the function this goroutine started in, e.g. {@code main.worker}. */
  String function();

  /** The source line of the statement the goroutine executes next, or 0 if unknown. */
  int line();

  /**
   * The goroutine's local variables as the audience should see them, innermost frame first. The
   * list must be unmodifiable and never change afterwards: a trace keeps it as it is, for every
   * step until the variables change (return the same list while they have not).
   */
  List<Variable> locals();

  /**
   * Whether the last {@link #step} touched only this goroutine's own variables (no shared memory,
   * no call on {@link GoOps}): such a step commutes with every other goroutine's, so an explorer
   * need not try other goroutines before it. {@code false} when unsure.
   */
  default boolean lastStepLocal() {
    return false;
  }
}
