package dev.gorolab.scenario.internal;

import dev.gorolab.scenario.internal.JsonNode.Position;
import dev.gorolab.scenario.internal.JsonTreeReader.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, the first {@link #MAX_KEPT} kept and the rest only counted.
 *
 * <p>A file can hold a hundred thousand copies of one mistake; nobody reads past the first
 * screenful, and keeping them all (each with its path) would cost memory in proportion.
 */
public final class Problems {
  /** Problems kept per file; the loader shows at most this many and says how many more there were. */
  public static final int MAX_KEPT = 100;

  private final List<Problem> kept = new ArrayList<>();
  private int omitted;

  /** Records a problem at {@code path}; the path is built only if the problem is kept. */
  public void add(Position at, JsonPath path, String message) {
    if (kept.size() < MAX_KEPT) {
      kept.add(new Problem(at, path.toString(), message));
    } else {
      omitted++;
    }
  }

  /** Records {@code problem}. */
  public void add(Problem problem) {
    if (kept.size() < MAX_KEPT) {
      kept.add(problem);
    } else {
      omitted++;
    }
  }

  /** Whether further problems are only counted; a caller may then skip building their messages. */
  public boolean full() {
    return kept.size() >= MAX_KEPT;
  }

  /** Counts a problem that is not kept. */
  public void omit() {
    omitted++;
  }

  /** Every problem found, kept or not. */
  public int count() {
    return kept.size() + omitted;
  }

  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** The problems kept, in the order found. */
  public List<Problem> kept() {
    return List.copyOf(kept);
  }

  /** How many problems were found past the ones kept. */
  public int omitted() {
    return omitted;
  }
}
