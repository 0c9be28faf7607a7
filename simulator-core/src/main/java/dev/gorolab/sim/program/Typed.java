package dev.gorolab.sim.program;

/**
 * A value inside an interface (or handed to {@code fmt}) whose Java class does not say its Go type:
 * an {@code int64}, {@code uint8} or {@code float32} is held as a Long or Double like {@code int}
 * and {@code float64}, and a value of a defined type such as {@code type Celsius float64} as its
 * underlying value. Values of {@code int}, {@code float64}, {@code string} and {@code bool} are
 * never wrapped: the common case stays unboxed.
 *
 * @param type the dynamic type
 * @param value the value as the interpreter holds values of that type
 */
public record Typed(GoType type, Object value) {

  /** Whether values of {@code t} need a Typed wrapper to keep their type in an interface. */
  public static boolean needed(GoType t) {
    if (t instanceof GoType.Basic b) {
      return switch (b) {
        case INT, FLOAT64, STRING, BOOL, DURATION, TIME, WAIT_GROUP, MUTEX, UNTYPED_NIL, UNTYPED_INT,
            UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_BOOL -> false;
        default -> true;
      };
    }
    return t instanceof GoType.Named n && n.pkg().equals("main") && !(n.underlying() instanceof GoType.Struct);
  }
}
