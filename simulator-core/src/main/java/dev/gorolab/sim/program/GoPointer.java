package dev.gorolab.sim.program;

/**
 * A non-nil pointer value {@code *T}; nil is Java {@code null}. A pointer to a struct or array
 * refers to that value's storage object; a pointer to another variable, field or element refers
 * to its location. Two pointers are {@code ==} when they refer to the same location.
 *
 * <p>Go prints pointers as heap addresses ({@code 0xc000012080}); GoRoLab gives each location an
 * address from a per-run counter when the location is first pointed to, so that the same program
 * prints the same addresses on every run ({@link #address()}).
 */
public interface GoPointer {
  /** The pointer's type. */
  GoType.Pointer type();

  /** {@code *p}: the value pointed to (a struct or array: its storage object itself). */
  Object load();

  /** {@code *p = v}. */
  void store(Object v);

  /** The address printed for this pointer ({@code %p}, {@code %v} of a non-struct pointer). */
  long address();
}
