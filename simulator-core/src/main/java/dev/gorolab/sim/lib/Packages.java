package dev.gorolab.sim.lib;

import dev.gorolab.sim.lib.atomic.AtomicPackage;
import dev.gorolab.sim.lib.context.ContextPackage;
import dev.gorolab.sim.lib.errors.ErrorsPackage;
import dev.gorolab.sim.lib.math.MathPackage;
import dev.gorolab.sim.lib.rand.RandPackage;
import dev.gorolab.sim.lib.sort.SortPackage;
import dev.gorolab.sim.lib.strconv.StrconvPackage;
import dev.gorolab.sim.lib.strings.StringsPackage;
import dev.gorolab.sim.lib.sync.SyncPackage;
import dev.gorolab.sim.lib.time.TimePackage;
import dev.gorolab.sim.program.GoType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulated standard library, one class per Go package (dev.gorolab.sim.lib.time holds
 * {@code time}, ...), found by qualified name: {@code time.After} for a package member,
 * {@code Timer.Stop} for a method of the package's type {@code Timer}, {@code Timer.C} for a field.
 */
public final class Packages {
  private Packages() {}

  // Written while a package loads, read by any thread: every access holds the class's lock.
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

  /** The packages there are, by the name a program uses (math/rand as {@code rand}). */
  static final List<String> NAMES =
      List.of("time", "sync", "atomic", "errors", "fmt", "strings", "strconv", "math", "sort", "context", "rand");

  /** Packages registered or being registered: a package that looks itself up is not registered twice. */
  private static final Set<String> LOADED = new LinkedHashSet<>();

  /**
   * Registers package {@code pkg} the first time anything of it is looked up. A program uses a
   * few of the packages; registering all of them at once (about 200 names, most with a lambda to
   * link) took 15-20 ms of every start.
   */
  private static synchronized void load(String pkg) {
    if (NAMES.contains(pkg) && LOADED.add(pkg)) {
      Registry r = new Registry(pkg);
      switch (pkg) {
        case "time" -> TimePackage.register(r);
        case "sync" -> SyncPackage.register(r);
        case "atomic" -> AtomicPackage.register(r);
        case "errors" -> ErrorsPackage.register(r);
        case "fmt" -> ErrorsPackage.registerFmt(r);
        case "strings" -> StringsPackage.register(r);
        case "strconv" -> StrconvPackage.register(r);
        case "math" -> MathPackage.register(r);
        case "sort" -> SortPackage.register(r);
        case "context" -> ContextPackage.register(r);
        case "rand" -> RandPackage.register(r);
        default -> throw new IllegalStateException("no registration for package " + pkg);
      }
    }
  }

  /** Registers every package (for the test that each registers only its own names). */
  static synchronized void loadAll() {
    NAMES.forEach(Packages::load);
  }

  /** The packages registered so far (for the test that a lookup registers only its package). */
  static synchronized List<String> loadedPackages() {
    return List.copyOf(LOADED);
  }

  /** Loads the package a qualified name ({@code time.Timer.Stop}) starts with. */
  private static void loadFor(String key) {
    int dot = key.indexOf('.');
    if (dot > 0) {
      load(key.substring(0, dot));
    }
  }

  /** Where a package class declares what it has. */
  public static final class Registry {
    private final String pkg;

    Registry(String pkg) {
      this.pkg = pkg;
    }

    /** {@code key}, which must be in this package: it is looked up by its package alone. */
    private String own(String key) {
      if (!key.startsWith(pkg + ".")) {
        throw new IllegalStateException("package " + pkg + " registers " + key + " of another package");
      }
      return key;
    }

    /** A constant of the package, e.g. {@code math.MaxInt64}; see {@link Constant} for the value. */
    public void constant(String name, GoType type, Object value) {
      CONSTANTS.put(own(pkg + "." + name), new Constant(type, value));
      MEMBERS.put(own(pkg + "." + name), new Member(type, null));
    }

    /** A package-level variable such as {@code strconv.ErrSyntax}: one value, made once. */
    public void variable(String name, GoType type, Object value) {
      VARIABLES.put(own(pkg + "." + name), value);
      MEMBERS.put(own(pkg + "." + name), new Member(type, (c, a) -> value));
    }

    public void member(String name, GoType type, LibFunc impl) {
      MEMBERS.put(own(pkg + "." + name), new Member(type, impl));
    }

    /** A method of {@code receiver}, a type of this package. */
    public void method(GoType receiver, String name, GoType.Func type, LibFunc impl) {
      METHODS.put(own(receiver + "." + name), new Member(type, impl));
    }

    /** A method that may park its goroutine. */
    public void blockingMethod(GoType receiver, String name, GoType.Func type, BlockingFunc impl) {
      METHODS.put(own(receiver + "." + name), new Member(type, null, impl));
    }

    public void field(GoType receiver, String name, GoType type, LibFunc read) {
      FIELDS.put(own(receiver + "." + name), new Member(type, read));
    }

    /**
     * How a variable of {@code type} gets its zero value: a runtime object made for it (named
     * after the variable, {@link Caller#label()}), as {@code var mu sync.RWMutex} needs.
     */
    public void zero(GoType type, LibFunc make) {
      own(base(type) + ".");
      ZEROS.put(type, make);
    }
  }

  /** Constant {@code pkg.name}, or null. */
  public static synchronized Constant constant(String pkg, String name) {
    load(pkg);
    return CONSTANTS.get(pkg + "." + name);
  }

  /** Whether {@code pkg.name} is a package variable (read, not called). */
  public static synchronized boolean isVariable(String pkg, String name) {
    load(pkg);
    return VARIABLES.containsKey(pkg + "." + name);
  }

  /** The maker of {@code type}'s zero value when it is a runtime object, else null. */
  public static synchronized LibFunc zero(GoType type) {
    loadFor(base(type));
    return ZEROS.get(type);
  }

  /** The blocking implementation behind {@code key}, or null if it does not block. */
  public static synchronized BlockingFunc blocking(String key) {
    loadFor(key);
    Member m = METHODS.get(key);
    return m == null ? null : m.blocking();
  }

  /** Package member {@code pkg.name}, or null. */
  public static synchronized Member member(String pkg, String name) {
    load(pkg);
    return MEMBERS.get(pkg + "." + name);
  }

  /** Method {@code name} of library type {@code receiver} (pointer receivers included), or null. */
  public static synchronized Member method(GoType receiver, String name) {
    return METHODS.get(loaded(base(receiver) + "." + name));
  }

  /** Field {@code name} of library type {@code receiver}, or null. */
  public static synchronized Member field(GoType receiver, String name) {
    return FIELDS.get(loaded(base(receiver) + "." + name));
  }

  /** The implementation behind a qualified name as {@link #key} spells it. */
  public static synchronized LibFunc impl(String key) {
    loadFor(key);
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

  /** {@code key}, its package loaded. */
  private static String loaded(String key) {
    loadFor(key);
    return key;
  }

  private static String base(GoType t) {
    return t instanceof GoType.Pointer p ? p.elem().toString() : t.toString();
  }
}
