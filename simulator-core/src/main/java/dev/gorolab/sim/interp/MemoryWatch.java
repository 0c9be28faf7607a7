package dev.gorolab.sim.interp;

/**
 * Sees the interpreter's accesses to memory that goroutines can share (package variables and
 * captured variables) and the synchronisation the runtime's events do not show, for a race
 * detector. Called on the engine thread, inside the accessing goroutine's step.
 */
public interface MemoryWatch {

  /**
   * A read ({@code write} false) or write of the variable {@code location} (a package variable's
   * index as an {@link Integer} boxed once per variable, or a captured variable's cell) named
   * {@code name}, by {@code goroutine} at {@code stack}.
   */
  void access(int goroutine, Object location, String name, boolean write, Stack stack);

  /** {@code goroutine}'s {@code wg.Wait()} returned without blocking: it still acquires the WaitGroup. */
  void waitGroupWaited(int goroutine, String waitGroup);

  /** Where an access happened: function and line, innermost first. */
  record Stack(String function, int line, Stack caller) {}
}
