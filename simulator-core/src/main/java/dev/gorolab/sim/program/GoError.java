package dev.gorolab.sim.program;

/**
 * A value of Go's {@code error} interface made by the emulated library ({@code errors.New},
 * {@code fmt.Errorf}, {@code strconv}'s errors, {@code context.Canceled}): {@code fmt} prints it
 * through {@link #error()}, as Go's fmt calls {@code Error()}. Equality is identity, as for the
 * pointers Go's library errors are ({@code err == ErrX} compares pointers).
 */
public interface GoError {
  /** What the value's {@code Error()} method returns. */
  String error();

  /** The dynamic type as {@code %T} prints it, e.g. {@code *errors.errorString}. */
  String goType();

  /** What {@code errors.Unwrap} returns: the wrapped error, or null. */
  default Object unwrap() {
    return null;
  }
}
