package dev.gorolab.sim.lib;

import dev.gorolab.sim.program.GoFormat;

/**
 * A Go func value made by library code rather than compiled from the program, e.g. the
 * {@code cancel} that {@code context.WithCancel} returns. Calling it (also by {@code defer}) runs
 * {@link #call} in the calling goroutine.
 */
public interface NativeFunc extends GoFormat.FuncValue {
  /** Calls the function; returns its results (an empty array for none). */
  Object[] call(Caller caller, Object[] args);
}
