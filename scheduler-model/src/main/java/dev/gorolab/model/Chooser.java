package dev.gorolab.model;

/**
 * The one place where the model makes a choice Go makes at random (select poll order, steal
 * victim order). The default draws from a seeded PRNG; a lecturer-driven or exhaustive explorer
 * chooser can be plugged in instead, so every choice point must go through here.
 *
 * <p>Two more kinds of choice exist only for explorers, which say so through {@link #offers}: the
 * timing of parallel Ps ({@link ChoicePoint#PROCESSOR_ORDER}), which the model otherwise takes
 * from its cost model, and the memory model's view that any runnable goroutine may take the next
 * statement ({@link ChoicePoint#NEXT_GOROUTINE}). Option 0 is always what the model does by
 * itself, so a chooser that answers 0 changes nothing.
 */
public interface Chooser {

  /** Returns a number in {@code [0, bound)} for the choice point {@code kind}; {@code bound >= 2}. */
  int choose(ChoicePoint kind, int bound);

  /**
   * As {@link #choose(ChoicePoint, int)} for a choice between goroutines: {@code goroutines[0..count)}
   * are their ids, the model's own pick first. Be-the-scheduler shows them as the candidates.
   */
  default int chooseGoroutine(ChoicePoint kind, int[] goroutines, int count) {
    return choose(kind, count);
  }

  /**
   * Whether the model asks this chooser at choice points of {@code kind}. Go's random choices are
   * always asked; the explorers' kinds only when the chooser wants them, so a seeded run stays as
   * it was.
   */
  default boolean offers(ChoicePoint kind) {
    return kind.random;
  }

  /** Where a choice is made, so an explorer can show and enumerate it. */
  enum ChoicePoint {
    /** R8.2: one step of the insertion shuffle of select's poll order. */
    SELECT_POLL_ORDER(true),
    /** R3.5: the random start of a steal round's victim order. */
    STEAL_START(true),
    /** R3.5: the stride (an index into the coprimes of GOMAXPROCS) of a steal round. */
    STEAL_STRIDE(true),
    /**
     * runtime/map.go mapiterinit (go1.19): a range over a map starts at a fastrand bucket and
     * offset, so each range may visit the entries in another order.
     */
    MAP_ITERATION(true),
    /**
     * A duration real hardware varies when Ps run in parallel (how long a woken M takes to start
     * searching, how long a statement takes on a core): one of {@code bound} equally likely
     * quantiles of its distribution, see {@link ParallelTiming}. Drawn only with GOMAXPROCS > 1
     * and only while no explorer decides the order of Ps itself.
     */
    TIMING(true),
    /**
     * Which of the Ps running goroutines performs its next step first. Real Ps run in parallel at
     * speeds no program can rely on; the model orders them by its cost model unless asked.
     */
    PROCESSOR_ORDER(false),
    /**
     * Which runnable goroutine takes the next statement on a P: the memory model's view, in which
     * any interleaving of the goroutines' statements may happen (what a data race needs).
     */
    NEXT_GOROUTINE(false);

    /** Whether Go itself draws this choice at random (a seeded run draws it). */
    public final boolean random;

    ChoicePoint(boolean random) {
      this.random = random;
    }
  }
}
