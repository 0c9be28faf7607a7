package dev.gorolab.sim.explore;

import dev.gorolab.model.Chooser;
import java.util.Arrays;

/**
 * A chooser that follows a list of choices, one per choice point in the order the run meets
 * them, and takes option 0 (what the model does by itself) once the list is used up. It records
 * every choice point it met, so an explorer can branch at any of them. Same program, settings,
 * mode and list: the same run.
 */
public final class ScheduleChooser implements Chooser {
  private final ExploreMode mode;
  private final int[] forced;
  private int count;
  private int[] bounds = new int[16];
  private int[] chosen = new int[16];
  private ChoicePoint[] kinds = new ChoicePoint[16];
  private int[][] candidates = new int[16][];

  public ScheduleChooser(ExploreMode mode, int[] forced) {
    this.mode = mode;
    this.forced = forced.clone();
  }

  @Override
  public boolean offers(ChoicePoint kind) {
    return mode.offers(kind);
  }

  @Override
  public int choose(ChoicePoint kind, int bound) {
    return record(kind, bound, null);
  }

  @Override
  public int chooseGoroutine(ChoicePoint kind, int[] goroutines, int count) {
    return record(kind, count, Arrays.copyOf(goroutines, count));
  }

  private int record(ChoicePoint kind, int bound, int[] goroutines) {
    int c = count < forced.length ? forced[count] : 0;
    if (c < 0 || c >= bound) {
      throw new ScheduleMismatchException(count, c, bound);
    }
    if (count == bounds.length) {
      bounds = Arrays.copyOf(bounds, count * 2);
      chosen = Arrays.copyOf(chosen, count * 2);
      kinds = Arrays.copyOf(kinds, count * 2);
      candidates = Arrays.copyOf(candidates, count * 2);
    }
    bounds[count] = bound;
    chosen[count] = c;
    kinds[count] = kind;
    candidates[count] = goroutines;
    count++;
    return c;
  }

  /** How many choice points the run has met so far. */
  public int count() {
    return count;
  }

  /** The choices made so far, one per choice point met. */
  public int[] choices() {
    return Arrays.copyOf(chosen, count);
  }

  /** How many options choice point {@code i} had. */
  public int bound(int i) {
    return bounds[i];
  }

  public ChoicePoint kind(int i) {
    return kinds[i];
  }

  /** The goroutines choice point {@code i} chose between (model's pick first), or null for other kinds. */
  public int[] candidates(int i) {
    return candidates[i];
  }

  /** A schedule that asks for an option a choice point does not have: it belongs to another program or settings. */
  public static final class ScheduleMismatchException extends RuntimeException {
    public ScheduleMismatchException(int index, int choice, int bound) {
      super("choice " + (index + 1) + " of the schedule is " + choice + ", but that choice point has only "
          + bound + " options (0.." + (bound - 1) + "): the schedule was made for another program or settings");
    }
  }
}
