package dev.gorolab.sim.lib.time;

import dev.gorolab.model.RuntimeTimer;
import dev.gorolab.sim.program.ChanValue;

/**
 * A {@code *time.Timer} or {@code *time.Ticker}: the runtime timer it owns ({@code r}) and its
 * channel {@code C} (null for an AfterFunc timer). Immutable: the timer's state is in the runtime.
 */
public record TimerValue(RuntimeTimer timer, ChanValue c) {

  /** Go's %v of a pointer to the struct, with the runtime timer's fields left out. */
  @Override
  public String toString() {
    return "&{" + (c == null ? "<nil>" : c.toString()) + "}";
  }
}
