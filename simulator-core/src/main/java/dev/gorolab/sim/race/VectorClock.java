package dev.gorolab.sim.race;

/**
 * An immutable vector clock: goroutine id to logical time, absent meaning 0. A persistent radix
 * tree of 32-way nodes indexed by id, so that copying is free and a join of two clocks that share
 * most of their nodes (a Mutex handed along 100,000 goroutines) copies only the paths that differ.
 */
final class VectorClock {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  static final VectorClock EMPTY = new VectorClock(null, 0);

  /** Inner nodes are Object[WIDTH]; leaves are int[WIDTH]. */
  private final Object root;
  /** Levels of inner nodes above the leaves: ids below 32^(levels+1) fit. */
  private final int levels;

  private VectorClock(Object root, int levels) {
    this.root = root;
    this.levels = levels;
  }

  int get(int id) {
    if (id < 0 || id >= capacity(levels)) {
      return 0;
    }
    Object node = root;
    for (int level = levels; level > 0 && node != null; level--) {
      node = ((Object[]) node)[(id >>> (level * BITS)) & MASK];
    }
    return node == null ? 0 : ((int[]) node)[id & MASK];
  }

  /** This clock with {@code id} set to {@code time}. */
  VectorClock with(int id, int time) {
    int lv = levels;
    Object r = root;
    while (id >= capacity(lv)) {
      Object[] up = new Object[WIDTH];
      up[0] = r;
      r = r == null ? null : up;
      lv++;
    }
    return new VectorClock(set(r, lv, id, time), lv);
  }

  private static Object set(Object node, int level, int id, int time) {
    if (level == 0) {
      int[] leaf = node == null ? new int[WIDTH] : ((int[]) node).clone();
      leaf[id & MASK] = time;
      return leaf;
    }
    Object[] inner = node == null ? new Object[WIDTH] : ((Object[]) node).clone();
    int i = (id >>> (level * BITS)) & MASK;
    inner[i] = set(inner[i], level - 1, id, time);
    return inner;
  }

  /** The element-wise maximum; returns {@code this} itself when {@code other} adds nothing. */
  VectorClock join(VectorClock other) {
    if (other == this || other.root == null) {
      return this;
    }
    if (root == null) {
      return other;
    }
    VectorClock a = this;
    VectorClock b = other;
    while (a.levels < b.levels) {
      a = a.grow();
    }
    while (b.levels < a.levels) {
      b = b.grow();
    }
    Object joined = join(a.root, b.root, a.levels);
    return joined == root && a.levels == levels ? this : new VectorClock(joined, a.levels);
  }

  private VectorClock grow() {
    Object[] up = new Object[WIDTH];
    up[0] = root;
    return new VectorClock(up, levels + 1);
  }

  /**
   * Joins two nodes, returning {@code a} or {@code b} itself when one dominates the other, so
   * that clocks passed along a chain of goroutines keep sharing their nodes and later joins stop
   * at the first shared node.
   */
  private static Object join(Object a, Object b, int level) {
    if (a == b || b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    if (level == 0) {
      int[] x = (int[]) a;
      int[] y = (int[]) b;
      boolean xGreater = false;
      boolean yGreater = false;
      for (int i = 0; i < WIDTH; i++) {
        if (x[i] > y[i]) {
          xGreater = true;
        } else if (y[i] > x[i]) {
          yGreater = true;
        }
      }
      if (!yGreater) {
        return a;
      }
      if (!xGreater) {
        return b;
      }
      int[] out = new int[WIDTH];
      for (int i = 0; i < WIDTH; i++) {
        out[i] = Math.max(x[i], y[i]);
      }
      return out;
    }
    Object[] x = (Object[]) a;
    Object[] y = (Object[]) b;
    Object[] out = new Object[WIDTH];
    boolean allA = true;
    boolean allB = true;
    for (int i = 0; i < WIDTH; i++) {
      Object j = join(x[i], y[i], level - 1);
      out[i] = j;
      allA &= j == x[i];
      allB &= j == y[i];
    }
    return allA ? a : allB ? b : out;
  }

  private static long capacity(int levels) {
    return 1L << (BITS * (levels + 1));
  }
}
