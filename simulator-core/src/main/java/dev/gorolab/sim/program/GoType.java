package dev.gorolab.sim.program;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Go type of the scenario language. {@code toString()} spells it as Go does, e.g.
 * {@code chan string}, {@code []int}, {@code func(int) int}.
 */
public sealed interface GoType {

  /** Predeclared, library and untyped-constant types. */
  enum Basic implements GoType {
    INT("int"),
    INT8("int8"),
    INT16("int16"),
    INT32("int32"),
    INT64("int64"),
    UINT("uint"),
    UINT8("uint8"),
    UINT16("uint16"),
    UINT32("uint32"),
    UINT64("uint64"),
    UINTPTR("uintptr"),
    FLOAT32("float32"),
    FLOAT64("float64"),
    STRING("string"),
    BOOL("bool"),
    DURATION("time.Duration"),
    TIME("time.Time"),
    WAIT_GROUP("sync.WaitGroup"),
    MUTEX("sync.Mutex"),
    /** The type of {@code nil}. */
    UNTYPED_NIL("untyped nil"),
    UNTYPED_INT("untyped int"),
    UNTYPED_RUNE("untyped rune"),
    UNTYPED_FLOAT("untyped float"),
    UNTYPED_STRING("untyped string"),
    UNTYPED_BOOL("untyped bool"),
    // The emulated library's types (dev.gorolab.sim.lib), used through pointers as Go does.
    TIMER("time.Timer"),
    TICKER("time.Ticker"),
    RW_MUTEX("sync.RWMutex"),
    ONCE("sync.Once"),
    COND("sync.Cond"),
    ATOMIC_INT32("atomic.Int32"),
    ATOMIC_INT64("atomic.Int64"),
    ATOMIC_UINT32("atomic.Uint32"),
    ATOMIC_UINT64("atomic.Uint64"),
    ATOMIC_BOOL("atomic.Bool"),
    STRINGS_BUILDER("strings.Builder"),
    /** {@code context.Context}, an interface in Go; here the library's contexts only. */
    CONTEXT("context.Context"),
    RAND("rand.Rand"),
    /** {@code rand.Source}, an interface in Go; here rand.NewSource's sources only. */
    RAND_SOURCE("rand.Source"),
    SYNC_MAP("sync.Map"),
    ATOMIC_VALUE("atomic.Value");

    private final String goName;

    Basic(String goName) {
      this.goName = goName;
    }

    /** Whether this is one of Go's integer types (time.Duration included: an int64). */
    public boolean isInteger() {
      return ordinal() <= UINTPTR.ordinal() || this == DURATION || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    /** Whether this is an unsigned integer type. */
    public boolean isUnsigned() {
      return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    /** Size in bits of an integer or float type (int, uint and uintptr are 64 bits, as on amd64). */
    public int bits() {
      return switch (this) {
        case INT8, UINT8 -> 8;
        case INT16, UINT16 -> 16;
        case INT32, UINT32, FLOAT32 -> 32;
        default -> 64;
      };
    }

    /** Whether this is the type of an untyped constant. */
    public boolean isUntyped() {
      return goName.startsWith("untyped");
    }

    @Override
    public String toString() {
      return goName;
    }
  }

  /** Direction of a channel type. */
  enum ChanDir {
    BOTH("chan "),
    SEND_ONLY("chan<- "),
    RECV_ONLY("<-chan ");

    final String prefix;

    ChanDir(String prefix) {
      this.prefix = prefix;
    }
  }

  /** {@code chan T}, {@code chan<- T} or {@code <-chan T}. */
  record Chan(GoType elem, ChanDir dir) implements GoType {
    public Chan(GoType elem) {
      this(elem, ChanDir.BOTH);
    }

    @Override
    public String toString() {
      // Go writes chan (<-chan int) to keep "chan<- chan int" unambiguous; rare enough to skip.
      return dir.prefix + elem;
    }
  }

  /** {@code *T}. */
  record Pointer(GoType elem) implements GoType {
    @Override
    public String toString() {
      return "*" + elem;
    }
  }

  /** {@code []T}. */
  record Slice(GoType elem) implements GoType {
    @Override
    public String toString() {
      return "[]" + elem;
    }
  }

  /** {@code func(params) results}. */
  record Func(List<GoType> params, List<GoType> results, boolean variadic) implements GoType {
    public Func {
      params = List.copyOf(params);
      results = List.copyOf(results);
    }

    public Func(List<GoType> params, List<GoType> results) {
      this(params, results, false);
    }

    @Override
    public String toString() {
      List<String> ps = new java.util.ArrayList<>(params.stream().map(GoType::toString).toList());
      if (variadic && !ps.isEmpty()) {
        ps.set(ps.size() - 1, "..." + ((Slice) params.get(params.size() - 1)).elem());
      }
      String p = String.join(", ", ps);
      String r;
      if (results.isEmpty()) {
        r = "";
      } else if (results.size() == 1) {
        r = " " + results.get(0);
      } else {
        r = " (" + results.stream().map(GoType::toString).collect(Collectors.joining(", ")) + ")";
      }
      return "func(" + p + ")" + r;
    }
  }

  /** The types of a multi-valued call or comma-ok expression; never the type of a variable. */
  record Tuple(List<GoType> types) implements GoType {
    public Tuple {
      types = List.copyOf(types);
    }

    @Override
    public String toString() {
      return "(" + types.stream().map(GoType::toString).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** {@code [len]T}. */
  record Array(long len, GoType elem) implements GoType {
    @Override
    public String toString() {
      return "[" + len + "]" + elem;
    }
  }

  /** {@code map[K]V}. */
  record Map(GoType key, GoType elem) implements GoType {
    @Override
    public String toString() {
      return "map[" + key + "]" + elem;
    }
  }

  /** One field of a struct type; an embedded field is named after its type. */
  record Field(String name, GoType type, boolean embedded) {
    @Override
    public String toString() {
      return embedded ? type.toString() : name + " " + type;
    }
  }

  /** {@code struct{...}}. */
  record Struct(List<Field> fields) implements GoType {
    public Struct {
      fields = List.copyOf(fields);
    }

    /** The index of the field named {@code name} declared directly in this struct, or -1. */
    public int fieldIndex(String name) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).name().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public String toString() {
      return "struct{" + fields.stream().map(Field::toString).collect(Collectors.joining("; ")) + "}";
    }
  }

  /** A method of an interface, or of a named type ({@code pointerReceiver} for {@code func (t *T)}). */
  record Method(String name, Func type, boolean pointerReceiver) {
    @Override
    public String toString() {
      return name + type.toString().substring("func".length());
    }
  }

  /** {@code interface{...}}: {@code interface{}} and {@code any} have no methods. */
  record Interface(List<Method> methods) implements GoType {
    public Interface {
      methods = List.copyOf(methods);
    }

    /** The method named {@code name}, or null. */
    public Method method(String name) {
      for (Method m : methods) {
        if (m.name().equals(name)) {
          return m;
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return "interface{" + methods.stream().map(Method::toString).collect(Collectors.joining("; ")) + "}";
    }
  }

  /**
   * A defined type, {@code type Name underlying}, with its methods. Identity is the object: two
   * declarations of the same name are different types. The underlying type is set once after
   * construction, so that a type may refer to itself ({@code type Node struct{ next *Node }}).
   */
  final class Named implements GoType {
    private final String name;
    private final String pkg;
    private GoType underlying;
    private final List<Method> methods = new java.util.ArrayList<>();

    /**
     * @param name the type's name, e.g. {@code Point}
     * @param pkg the package that declares it: {@code main} for the program's types, "" for
     *     {@code error}
     */
    public Named(String name, String pkg) {
      this.name = name;
      this.pkg = pkg;
    }

    public String name() {
      return name;
    }

    public String pkg() {
      return pkg;
    }

    /** The underlying type; never a Named. */
    public GoType underlying() {
      if (underlying == null) {
        throw new IllegalStateException("type " + name + " has no underlying type yet");
      }
      return underlying;
    }

    /** Sets the underlying type, once, while the program is being built. */
    public void setUnderlying(GoType t) {
      if (underlying != null) {
        throw new IllegalStateException("underlying type of " + name + " set twice");
      }
      underlying = t instanceof Named n ? n.underlying() : t;
    }

    public boolean hasUnderlying() {
      return underlying != null;
    }

    /** The methods declared on this type (and on its pointer), in declaration order. */
    public List<Method> methods() {
      return java.util.Collections.unmodifiableList(methods);
    }

    /** Adds a method while the program is being built. */
    public void addMethod(Method m) {
      methods.add(m);
    }

    /** The method named {@code name}, or null. */
    public Method method(String methodName) {
      for (Method m : methods) {
        if (m.name().equals(methodName)) {
          return m;
        }
      }
      return null;
    }

    /** The name as {@code %T} prints it: {@code main.Point}. */
    public String qualifiedName() {
      return pkg.isEmpty() ? name : pkg + "." + name;
    }

    @Override
    public String toString() {
      // gc names the program's types bare (Point) and the library's qualified (sort.Interface)
      return pkg.isEmpty() || pkg.equals("main") ? name : qualifiedName();
    }
  }

  /** The predeclared {@code error} interface. */
  Named ERROR = errorType();

  /** The empty interface, {@code interface{}} or {@code any}. */
  Interface EMPTY_INTERFACE = new Interface(List.of());

  /** {@code sort.Interface}: Len, Less and Swap (go1.19 sort/sort.go). */
  Named SORT_INTERFACE = sortInterface();

  private static Named sortInterface() {
    Named n = new Named("Interface", "sort");
    Func ij = new Func(List.of(Basic.INT, Basic.INT), List.of());
    n.setUnderlying(new Interface(List.of(
        new Method("Len", new Func(List.of(), List.of(Basic.INT)), false),
        new Method("Less", new Func(List.of(Basic.INT, Basic.INT), List.of(Basic.BOOL)), false),
        new Method("Swap", ij, false))));
    return n;
  }

  private static Named errorType() {
    Named e = new Named("error", "");
    e.setUnderlying(new Interface(List.of(new Method("Error", new Func(List.of(), List.of(Basic.STRING)), false))));
    return e;
  }

  /** The underlying type of {@code t}: itself unless it is a Named. */
  static GoType under(GoType t) {
    return t instanceof Named n ? n.underlying() : t;
  }
}
