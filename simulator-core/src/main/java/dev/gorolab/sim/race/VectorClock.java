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

  /**
   * The element-wise maximum; returns {@code this} itself when {@code other} adds nothing, and
   * {@code other} itself when this adds nothing to it. Allocates only the nodes whose contents
   * change: two clocks of different heights meet along the smaller one's path, without growing it.
   */
  VectorClock join(VectorClock other) {
    if (other == this || other.root == null) {
      return this;
    }
    if (root == null) {
      return other;
    }
    int lv = Math.max(levels, other.levels);
    Object joined = join(root, levels, other.root, other.levels);
    if (joined == root && lv == levels) {
      return this;
    }
    return joined == other.root && lv == other.levels ? other : new VectorClock(joined, lv);
  }

  /**
   * Joins node {@code a} at level {@code la} with node {@code b} at level {@code lb}, giving a
   * node at the higher of the two: the lower one is child 0 of child 0 ... of the higher one.
   * Where the two are equal, {@code a}'s nodes are kept, so that clocks passed along a chain of
   * goroutines keep sharing their nodes and later joins stop at the first shared node.
   */
  private static Object join(Object a, int la, Object b, int lb) {
    if (b == null || (a == b && la == lb)) {
      return a;
    }
    if (a == null) {
      return lift(b, lb, la);
    }
    if (la > lb) {
      Object[] x = (Object[]) a;
      Object child = join(x[0], la - 1, b, lb);
      if (child == x[0]) {
        return a;
      }
      Object[] out = x.clone();
      out[0] = child;
      return out;
    }
    if (lb > la) {
      Object[] y = (Object[]) b;
      Object child = join(a, la, y[0], lb - 1);
      if (child == y[0]) {
        return b;
      }
      Object[] out = y.clone();
      out[0] = child;
      return out;
    }
    return la == 0 ? joinLeaves((int[]) a, (int[]) b) : joinInner((Object[]) a, (Object[]) b, la);
  }

  /** Node {@code n} of level {@code from} as child 0 of ... of a node of level {@code to}. */
  private static Object lift(Object n, int from, int to) {
    Object r = n;
    for (int l = from; l < to; l++) {
      Object[] up = new Object[WIDTH];
      up[0] = r;
      r = up;
    }
    return r;
  }

  private static Object joinLeaves(int[] x, int[] y) {
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
      return x;
    }
    if (!xGreater) {
      return y;
    }
    int[] out = new int[WIDTH];
    for (int i = 0; i < WIDTH; i++) {
      out[i] = Math.max(x[i], y[i]);
    }
    return out;
  }

  /**
   * Joins two inner nodes of the same level; a new node is made only once some child differs
   * from both operands' children (until then the result is one operand or the other).
   */
  private static Object joinInner(Object[] x, Object[] y, int level) {
    int notX = -1; // first child where the join differs from x's
    int notY = -1; // first child where the join differs from y's
    Object[] out = null;
    for (int i = 0; i < WIDTH; i++) {
      Object j = x[i] == y[i] ? x[i] : join(x[i], level - 1, y[i], level - 1);
      if (out != null) {
        out[i] = j;
        continue;
      }
      if (notX < 0 && j != x[i]) {
        notX = i;
      }
      if (notY < 0 && j != y[i]) {
        notY = i;
      }
      if (notX >= 0 && notY >= 0) {
        // before i, each child was x's (before notX) or else y's (before notY)
        out = new Object[WIDTH];
        for (int k = 0; k < i; k++) {
          out[k] = k < notX ? x[k] : y[k];
        }
        out[i] = j;
      }
    }
    return out != null ? out : notX < 0 ? x : y;
  }

  /**
   * This clock joined with the epochs {@code id << 32 | time} in {@code epochs[0..n)}, which are
   * sorted (ascending); each node on their paths is copied once, however many of them it holds.
   */
  VectorClock withAll(long[] epochs, int n) {
    if (n == 0) {
      return this;
    }
    int maxId = (int) (epochs[n - 1] >>> 32);
    int lv = levels;
    Object r = root;
    while (maxId >= capacity(lv)) {
      Object[] up = new Object[WIDTH];
      up[0] = r;
      r = r == null ? null : up;
      lv++;
    }
    return new VectorClock(setAll(r, lv, epochs, 0, n), lv);
  }

  private static Object setAll(Object node, int level, long[] epochs, int from, int to) {
    if (level == 0) {
      int[] leaf = node == null ? new int[WIDTH] : ((int[]) node).clone();
      for (int k = from; k < to; k++) {
        int id = (int) (epochs[k] >>> 32);
        leaf[id & MASK] = Math.max(leaf[id & MASK], (int) epochs[k]);
      }
      return leaf;
    }
    Object[] inner = node == null ? new Object[WIDTH] : ((Object[]) node).clone();
    int shift = level * BITS;
    for (int k = from; k < to; ) {
      int i = ((int) (epochs[k] >>> 32) >>> shift) & MASK;
      int end = k + 1;
      while (end < to && (((int) (epochs[end] >>> 32) >>> shift) & MASK) == i) {
        end++;
      }
      inner[i] = setAll(inner[i], level - 1, epochs, k, end);
      k = end;
    }
    return inner;
  }

  private static long capacity(int levels) {
    return 1L << (BITS * (levels + 1));
  }
}
