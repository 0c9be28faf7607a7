package dev.gorolab.sim.explore;

/**
 * The explorer's visited states: for each state hash, the fewest deviations from the default
 * schedule with which it was reached. Open addressing on longs, without boxing.
 */
final class LongSet {
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  /**
   * Records that state {@code x} was reached with {@code deviations}; returns false when it was
   * reached before with as few or fewer (everything from it has been explored with at least as
   * much room), true when this visit is new or better.
   */
  boolean add(long x, int deviations) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(x, mask);
    while (used[i]) {
      if (keys[i] == x) {
        if (values[i] <= deviations) {
          return false;
        }
        values[i] = deviations;
        return true;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = x;
    values[i] = deviations;
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private static int slot(long x, int mask) {
    long z = x * 0x9E3779B97F4A7C15L;
    return (int) (z >>> 40) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j]) {
        int i = slot(oldKeys[j], mask);
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
