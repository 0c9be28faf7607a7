package dev.gorolab.sim.lib;

import dev.gorolab.sim.lib.atomic.AtomicPackage;
import dev.gorolab.sim.lib.sync.SyncPackage;
import dev.gorolab.sim.lib.time.TimePackage;
import dev.gorolab.sim.program.GoType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated standard library, one class per Go package (dev.gorolab.sim.lib.time holds
 * {@code time}, ...), found by qualified name: {@code time.After} for a package member,
 * {@code Timer.Stop} for a method of the package's type {@code Timer}, {@code Timer.C} for a field.
 */
public final class Packages {
  private Packages() {}

  private static final Map<String, Member> MEMBERS = new LinkedHashMap<>();
  private static final Map<String, Member> METHODS = new LinkedHashMap<>();
  private static final Map<String, Member> FIELDS = new LinkedHashMap<>();
  private static final Map<GoType, LibFunc> ZEROS = new LinkedHashMap<>();
  private static final Map<String, Constant> CONSTANTS = new LinkedHashMap<>();
  private static final Map<String, Object> VARIABLES = new LinkedHashMap<>();

  /**
   * A package constant: {@code type} is its (often untyped) type, {@code value} exact: a
   * {@code BigInteger}, a {@code BigDecimal}, or a {@code BigInteger[] {num, den}} fraction.
   */
  public record Constant(GoType type, Object value) {}

  static {
    TimePackage.register(new Registry("time"));
    SyncPackage.register(new Registry("sync"));
    AtomicPackage.register(new Registry("atomic"));
    dev.gorolab.sim.lib.errors.ErrorsPackage.register(new Registry("errors"));
    dev.gorolab.sim.lib.errors.ErrorsPackage.registerFmt(new Registry("fmt"));
    dev.gorolab.sim.lib.strings.StringsPackage.register(new Registry("strings"));
    dev.gorolab.sim.lib.strconv.StrconvPackage.register(new Registry("strconv"));
    dev.gorolab.sim.lib.math.MathPackage.register(new Registry("math"));
    dev.gorolab.sim.lib.sort.SortPackage.register(new Registry("sort"));
  }

  /** Where a package class declares what it has. */
  public static final class Registry {
    private final String pkg;

    Registry(String pkg) {
      this.pkg = pkg;
    }

    /** A constant of the package, e.g. {@code math.MaxInt64}; see {@link Constant} for the value. */
    public void constant(String name, GoType type, Object value) {
      CONSTANTS.put(pkg + "." + name, new Constant(type, value));
      MEMBERS.put(pkg + "." + name, new Member(type, null));
    }

    /** A package-level variable such as {@code strconv.ErrSyntax}: one value, made once. */
    public void variable(String name, GoType type, Object value) {
      VARIABLES.put(pkg + "." + name, value);
      MEMBERS.put(pkg + "." + name, new Member(type, (c, a) -> value));
    }

    public void member(String name, GoType type, LibFunc impl) {
      MEMBERS.put(pkg + "." + name, new Member(type, impl));
    }

    /** A method of {@code receiver}, a type of this package. */
    public void method(GoType receiver, String name, GoType.Func type, LibFunc impl) {
      METHODS.put(receiver + "." + name, new Member(type, impl));
    }

    /** A method that may park its goroutine. */
    public void blockingMethod(GoType receiver, String name, GoType.Func type, BlockingFunc impl) {
      METHODS.put(receiver + "." + name, new Member(type, null, impl));
    }

    public void field(GoType receiver, String name, GoType type, LibFunc read) {
      FIELDS.put(receiver + "." + name, new Member(type, read));
    }

    /**
     * How a variable of {@code type} gets its zero value: a runtime object made for it (named
     * after the variable, {@link Caller#label()}), as {@code var mu sync.RWMutex} needs.
     */
    public void zero(GoType type, LibFunc make) {
      ZEROS.put(type, make);
    }
  }

  /** Constant {@code pkg.name}, or null. */
  public static Constant constant(String pkg, String name) {
    return CONSTANTS.get(pkg + "." + name);
  }

  /** Whether {@code pkg.name} is a package variable (read, not called). */
  public static boolean isVariable(String pkg, String name) {
    return VARIABLES.containsKey(pkg + "." + name);
  }

  /** The maker of {@code type}'s zero value when it is a runtime object, else null. */
  public static LibFunc zero(GoType type) {
    return ZEROS.get(type);
  }

  /** The blocking implementation behind {@code key}, or null if it does not block. */
  public static BlockingFunc blocking(String key) {
    Member m = METHODS.get(key);
    return m == null ? null : m.blocking();
  }

  /** Package member {@code pkg.name}, or null. */
  public static Member member(String pkg, String name) {
    return MEMBERS.get(pkg + "." + name);
  }

  /** Method {@code name} of library type {@code receiver} (pointer receivers included), or null. */
  public static Member method(GoType receiver, String name) {
    return METHODS.get(base(receiver) + "." + name);
  }

  /** Field {@code name} of library type {@code receiver}, or null. */
  public static Member field(GoType receiver, String name) {
    return FIELDS.get(base(receiver) + "." + name);
  }

  /** The implementation behind a qualified name as {@link #key} spells it. */
  public static LibFunc impl(String key) {
    Member m = MEMBERS.get(key);
    if (m == null) {
      m = METHODS.get(key);
    }
    if (m == null) {
      m = FIELDS.get(key);
    }
    return m == null ? null : m.impl();
  }

  /** The key of method or field {@code name} of {@code receiver}: {@code time.Timer.Stop}. */
  public static String key(GoType receiver, String name) {
    return base(receiver) + "." + name;
  }

  private static String base(GoType t) {
    return t instanceof GoType.Pointer p ? p.elem().toString() : t.toString();
  }
}
