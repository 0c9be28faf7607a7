package dev.gorolab.sim.lib.atomic;

import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;

/**
 * A typed atomic of go1.19's sync/atomic (atomic.Int32, Int64, Uint32, Uint64, Bool): one word
 * that every method reads or writes in a single indivisible step, which is what makes it safe
 * where a plain {@code x++} (load, add, store) loses updates. Mutable.
 */
public final class AtomicCell {
  private final GoType type;
  private long v;

  public AtomicCell(GoType type) {
    this.type = type;
  }

  public GoType type() {
    return type;
  }

  /** The value as the interpreter holds values of the element type (Long, or Boolean for Bool). */
  public Object load() {
    return type == Basic.ATOMIC_BOOL ? (Object) (v != 0) : (Object) v;
  }

  public void store(long x) {
    v = wrap(x);
  }

  long raw() {
    return v;
  }

  /** The element type's wrap-around: 32-bit kinds keep 32 bits. */
  long wrap(long x) {
    if (type == Basic.ATOMIC_INT32) {
      return (int) x;
    }
    if (type == Basic.ATOMIC_UINT32) {
      return x & 0xffff_ffffL;
    }
    return x;
  }

  /** Go's %v of the struct: {@code {{} v}} (a noCopy/align field, then the value). */
  @Override
  public String toString() {
    String value = type == Basic.ATOMIC_BOOL ? (v != 0 ? "1" : "0")
        : type == Basic.ATOMIC_UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    return "{{} " + value + "}";
  }
}
