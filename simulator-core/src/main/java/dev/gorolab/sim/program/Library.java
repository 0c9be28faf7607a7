package dev.gorolab.sim.program;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/** The standard-library subset scenarios may use: its members, their types and methods. */
public final class Library {
  private Library() {}

  /** The import paths a program may use: the packages of the emulated standard library. */
  public static final List<String> PACKAGES = List.of("fmt", "time", "strconv", "runtime", "sync", "os", "sync/atomic",
      "errors", "strings", "math", "sort");

  /**
   * Whether a variable of type {@code t} holds a runtime object made when it is declared (a
   * WaitGroup, Mutex, RWMutex, Once, typed atomic): such variables may have their address taken.
   */
  public static boolean isRuntimeObject(GoType t) {
    return t == Basic.WAIT_GROUP || t == Basic.MUTEX || dev.gorolab.sim.lib.Packages.zero(t) != null;
  }

  /** Whether {@code *t} is a pointer type programs may use: to runtime objects and library structs. */
  public static boolean pointerTarget(GoType t) {
    return isRuntimeObject(t) || t == Basic.TIMER || t == Basic.TICKER || t == Basic.COND;
  }

  private static GoType.Func fn(List<GoType> params, List<GoType> results) {
    return new GoType.Func(params, results);
  }

  /** The type of package member {@code pkg.name} (a function or constant), or null if unknown. */
  public static GoType memberType(String pkg, String name) {
    String q = pkg + "." + name;
    return switch (q) {
      case "fmt.Println", "fmt.Print", "fmt.Printf" -> fn(List.of(), List.of());
      case "fmt.Sprint", "fmt.Sprintln" -> fn(List.of(), List.of(Basic.STRING));
      case "fmt.Sprintf" -> fn(List.of(Basic.STRING), List.of(Basic.STRING));
      case "strconv.Itoa" -> fn(List.of(Basic.INT), List.of(Basic.STRING));
      case "time.Sleep" -> fn(List.of(Basic.DURATION), List.of());
      case "time.Now" -> fn(List.of(), List.of(Basic.TIME));
      case "time.Since" -> fn(List.of(Basic.TIME), List.of(Basic.DURATION));
      case "time.Nanosecond", "time.Microsecond", "time.Millisecond", "time.Second", "time.Minute", "time.Hour" ->
          Basic.DURATION;
      case "runtime.Gosched", "runtime.Goexit" -> fn(List.of(), List.of());
      case "os.Exit" -> fn(List.of(Basic.INT), List.of());
      case "runtime.NumGoroutine", "runtime.NumCPU" -> fn(List.of(), List.of(Basic.INT));
      case "runtime.GOMAXPROCS" -> fn(List.of(Basic.INT), List.of(Basic.INT));
      default -> {
        var m = dev.gorolab.sim.lib.Packages.member(pkg, name);
        yield m == null ? null : m.type();
      }
    };
  }

  /** The type of field {@code name} of library type {@code receiver} (e.g. {@code Timer.C}), or null. */
  public static GoType fieldType(GoType receiver, String name) {
    var m = dev.gorolab.sim.lib.Packages.field(receiver, name);
    return m == null ? null : m.type();
  }

  /**
   * The exact value of library constant {@code pkg.name} ({@code math.MaxInt64}, {@code math.Pi})
   * as the checker holds constants (a BigInteger, or an exact fraction), or null if it is none.
   */
  static Object constantValue(String pkg, String name) {
    var c = dev.gorolab.sim.lib.Packages.constant(pkg, name);
    if (c == null) {
      return null;
    }
    Object v = c.value();
    if (v instanceof java.math.BigDecimal d) {
      return d.scale() <= 0 ? d.toBigIntegerExact()
          : Constants.Rat.of(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
    }
    if (v instanceof java.math.BigInteger[] frac) {
      return Constants.Rat.of(frac[0], frac[1]);
    }
    return v;
  }

  /** The value of a {@code time} duration constant such as {@code time.Second}, or null. */
  public static Long durationConstant(String pkg, String name) {
    if (!pkg.equals("time")) {
      return null;
    }
    return switch (name) {
      case "Nanosecond" -> 1L;
      case "Microsecond" -> 1_000L;
      case "Millisecond" -> 1_000_000L;
      case "Second" -> 1_000_000_000L;
      case "Minute" -> 60_000_000_000L;
      case "Hour" -> 3_600_000_000_000L;
      default -> null;
    };
  }

  /** Whether the named library function takes a variable number of arguments ({@code fmt.Print*}). */
  public static boolean isVariadic(String qualifiedName) {
    return qualifiedName.startsWith("fmt.");
  }

  /** The type of method {@code name} of values of type {@code receiver}, or null. */
  public static GoType methodType(GoType receiver, String name) {
    if (receiver == Basic.WAIT_GROUP) {
      return switch (name) {
        case "Add" -> fn(List.of(Basic.INT), List.of());
        case "Done", "Wait" -> fn(List.of(), List.of());
        default -> null;
      };
    }
    if (receiver == Basic.MUTEX) {
      return switch (name) {
        case "Lock", "Unlock" -> fn(List.of(), List.of());
        default -> null;
      };
    }
    if (receiver == Basic.DURATION) {
      return switch (name) {
        case "Seconds", "Minutes", "Hours" -> fn(List.of(), List.of(Basic.FLOAT64));
        case "Milliseconds", "Microseconds", "Nanoseconds" -> fn(List.of(), List.of(Basic.INT));
        case "String" -> fn(List.of(), List.of(Basic.STRING));
        case "Round", "Truncate" -> fn(List.of(Basic.DURATION), List.of(Basic.DURATION));
        default -> null;
      };
    }
    if (receiver == Basic.TIME) {
      return switch (name) {
        case "Sub" -> fn(List.of(Basic.TIME), List.of(Basic.DURATION));
        case "String" -> fn(List.of(), List.of(Basic.STRING));
        default -> null;
      };
    }
    var m = dev.gorolab.sim.lib.Packages.method(receiver, name);
    return m == null ? null : m.type();
  }
}
