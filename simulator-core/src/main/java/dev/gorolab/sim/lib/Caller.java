package dev.gorolab.sim.lib;

import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoroutineBody;

/** What an emulated library function may do in the goroutine that calls it. Engine thread only. */
public interface Caller {

  /** The runtime operations of the calling goroutine. */
  GoOps ops();

  /**
   * A fresh body of a goroutine calling {@code fn}, a Go func value taking no arguments: what
   * {@code go fn()} would start (for {@code time.AfterFunc}).
   */
  GoroutineBody goroutine(Object fn);

  /**
   * Calls the Go func value {@code fn} with {@code args} on the calling goroutine and returns its
   * results, as library code that takes a function does ({@code sort.Slice}'s less). The call runs
   * to its return within the library call; a function that would park there is an error GoroLab
   * reports (the library functions that take callbacks expect pure ones).
   */
  Object[] call(Object fn, Object... args);

  /** The name of the variable the call's result is assigned to, to name what it makes; else null. */
  String label();
}
