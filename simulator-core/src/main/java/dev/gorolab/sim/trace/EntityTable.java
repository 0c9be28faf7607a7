package dev.gorolab.sim.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Entity states in first-seen order, replaced by id: the mutable half of rebuilding a snapshot
 * from a checkpoint and the deltas after it. Ids are small non-negative ints (Go's ids).
 */
final class EntityTable<T> {
  private final ToIntFunction<T> idOf;
  private final ArrayList<T> states;
  private int[] positionById = new int[16];

  EntityTable(ToIntFunction<T> idOf, List<T> initial) {
    this.idOf = idOf;
    this.states = new ArrayList<>(initial.size() + 16);
    Arrays.fill(positionById, -1);
    for (T state : initial) {
      put(state);
    }
  }

  void put(T state) {
    int id = idOf.applyAsInt(state);
    if (id >= positionById.length) {
      int old = positionById.length;
      positionById = Arrays.copyOf(positionById, Math.max(id + 1, old * 2));
      Arrays.fill(positionById, old, positionById.length, -1);
    }
    int position = positionById[id];
    if (position < 0) {
      positionById[id] = states.size();
      states.add(state);
    } else {
      states.set(position, state);
    }
  }

  void putAll(List<T> changed) {
    for (T state : changed) {
      put(state);
    }
  }

  int size() {
    return states.size();
  }

  /** An immutable copy; the records themselves are shared, which is safe because they are immutable. */
  List<T> freeze() {
    return Collections.unmodifiableList(new ArrayList<>(states));
  }
}
