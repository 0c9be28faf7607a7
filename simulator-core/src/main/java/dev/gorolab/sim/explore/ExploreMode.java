package dev.gorolab.sim.explore;

import dev.gorolab.model.Chooser.ChoicePoint;

/** Which choices an explorer (or the class, being the scheduler) makes. */
public enum ExploreMode {
  /**
   * Go's rules: only what Go leaves to chance — select's poll order, steal victims, and with
   * GOMAXPROCS above 1 the timing of the parallel Ps (which running goroutine steps first).
   */
  GO("go"),
  /**
   * Any interleaving: any runnable goroutine may take the next statement, the memory model's
   * view; a shared read-modify-write such as {@code i++} is a load and a store.
   */
  ANY("any");

  /** The word on the command line and in schedule files. */
  public final String word;

  ExploreMode(String word) {
    this.word = word;
  }

  /** Whether the model should ask at choice points of {@code kind} in this mode. */
  public boolean offers(ChoicePoint kind) {
    return kind != ChoicePoint.NEXT_GOROUTINE || this == ANY;
  }

  /** Whether shared read-modify-writes are two steps: in mode any, and on parallel Ps. */
  public boolean splitsUpdates(int gomaxprocs) {
    return this == ANY || gomaxprocs > 1;
  }

  /** The mode for {@code word}, or null. */
  public static ExploreMode of(String word) {
    for (ExploreMode m : values()) {
      if (m.word.equals(word)) {
        return m;
      }
    }
    return null;
  }
}
