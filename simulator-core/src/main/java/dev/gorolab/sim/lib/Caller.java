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

  /**
   * The method {@code name} of the dynamic value {@code receiver} (an interface's value) as a func
   * value bound to it, for {@link #call}; null when the value's method set has no such method
   * (sort.Sort's Len, Less and Swap; errors.As's As).
   */
  Object method(Object receiver, String name);

  /** Whether the interface value {@code v} holds a value assignable to {@code t} (a type assertion's test). */
  boolean holds(Object v, dev.gorolab.sim.program.GoType t);

  /** The interface value {@code v} as a variable of type {@code t} holds it (after {@link #holds}). */
  Object asType(Object v, dev.gorolab.sim.program.GoType t);

  /** fmt's access to the program's Error and String methods, for library code that formats (Errorf). */
  dev.gorolab.sim.program.GoFormat.Methods fmtMethods();

  /**
   * State the library keeps for the whole run under {@code key} (math/rand's global source),
   * made by {@code make} on first use: one per run, so that every run starts the same.
   */
  Object runLocal(Object key, java.util.function.Supplier<Object> make);

  /** The name of the variable the call's result is assigned to, to name what it makes; else null. */
  String label();
}
