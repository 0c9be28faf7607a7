package dev.gorolab.sim.lib;

/**
 * The implementation of a library function or method that does not block. A method gets its
 * receiver as {@code args[0]}. It returns the result (null for none), or an {@code Object[]} for
 * several. A Go panic is thrown as {@link LibPanic}.
 */
@FunctionalInterface
public interface LibFunc {
  Object call(Caller caller, Object[] args);
}
