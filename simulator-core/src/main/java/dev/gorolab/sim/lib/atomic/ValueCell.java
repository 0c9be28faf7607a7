package dev.gorolab.sim.lib.atomic;

/**
 * An {@code atomic.Value}: the interface value last stored (null before the first Store). Go
 * keeps its type and data words (sync/atomic/value.go); every later value must have the first
 * one's type. Engine thread only.
 */
final class ValueCell {
  Object value;

  /** A stable text for the runtime view. */
  @Override
  public String toString() {
    return "atomic.Value{" + dev.gorolab.sim.program.GoFormat.valueString(value) + "}";
  }
}
