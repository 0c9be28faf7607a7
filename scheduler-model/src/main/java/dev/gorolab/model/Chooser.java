package dev.gorolab.model;

/**
 * The one place where the model makes a choice Go makes at random (select poll order, steal
 * victim order). The default draws from a seeded PRNG; a lecturer-driven or exhaustive explorer
 * chooser can be plugged in instead, so every choice point must go through here.
 */
public interface Chooser {

  /** Returns a number in {@code [0, bound)} for the choice point {@code kind}; {@code bound >= 1}. */
  int choose(ChoicePoint kind, int bound);

  /** Where a choice is made, so an explorer can show and enumerate it. */
  enum ChoicePoint {
    /** R8.2: one step of the insertion shuffle of select's poll order. */
    SELECT_POLL_ORDER,
    /** R3.5: the random start of a steal round's victim order. */
    STEAL_START,
    /** R3.5: the stride (an index into the coprimes of GOMAXPROCS) of a steal round. */
    STEAL_STRIDE
  }
}
