package dev.gorolab.sim.lib;

import dev.gorolab.sim.program.GoType;

/**
 * A member of an emulated package, a method of one of its types, or a field: its type for the
 * checker and its implementation for the interpreter (for a field, the implementation reads it
 * from {@code args[0]}).
 */
public record Member(GoType type, LibFunc impl, BlockingFunc blocking) {

  public Member(GoType type, LibFunc impl) {
    this(type, impl, null);
  }
}
