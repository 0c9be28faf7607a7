package dev.gorolab.sim.interp;

/**
 * An assignment that reads shared memory and stores to shared memory, such as {@code i++} or
 * {@code i = i + 1} on a package variable, run as two steps when exploring interleavings: first
 * the values are read (a load), then stored (a store). The Go memory model makes no promise that
 * such a statement is atomic, and on parallel Ps it is not; the lost update of an unsynchronised
 * counter lives between the two.
 */
final class SplitUpdate {
  private SplitUpdate() {}

  /** Whether {@code in} is split: an assignment with a shared target whose values read shared memory. */
  static boolean applies(Instr in) {
    if (!(in instanceof Instr.Assign a) || in.isLocal()) {
      return false;
    }
    boolean sharedTarget = false;
    for (Target t : a.targets) {
      sharedTarget |= !Locality.local(t);
    }
    boolean sharedRead = false;
    for (Ev v : a.values) {
      sharedRead |= !Locality.local(v);
    }
    return sharedTarget && sharedRead;
  }

  /** One of the two steps: the load (the pc stays) or the store (the pc moves on). */
  static long step(G g, Frame f, Instr.Assign a) {
    if (g.pendingStore == null) {
      Object[] values = new Object[a.values.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = a.values[i].eval(f);
      }
      g.pendingStore = values;
      return a.cost;
    }
    Object[] values = g.pendingStore;
    g.pendingStore = null;
    for (int i = 0; i < values.length; i++) {
      a.targets[i].set(f, values[i]);
    }
    f.pc++;
    return 1;
  }
}
