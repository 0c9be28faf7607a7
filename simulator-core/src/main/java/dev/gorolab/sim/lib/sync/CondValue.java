package dev.gorolab.sim.lib.sync;

import dev.gorolab.model.Cond;
import dev.gorolab.model.Mutex;

/** A {@code *sync.Cond} from {@code sync.NewCond(&mu)}: its notify list and its Locker {@code L}. */
public record CondValue(Cond cond, Mutex l) {
  @Override
  public String toString() {
    return "&{" + cond.name() + "}";
  }
}
