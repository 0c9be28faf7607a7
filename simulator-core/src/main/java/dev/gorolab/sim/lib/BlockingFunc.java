package dev.gorolab.sim.lib;

import dev.gorolab.model.OpResult;

/**
 * The implementation of a library method that may park its goroutine (RWMutex.Lock, Cond.Wait):
 * it makes one blocking call on the runtime and returns its result; when that parked, the
 * runtime completes the operation before the goroutine's next step.
 */
@FunctionalInterface
public interface BlockingFunc {
  OpResult call(Caller caller, Object[] args);
}
