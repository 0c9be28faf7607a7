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
    UNTYPED_FLOAT("untyped float"),
    UNTYPED_STRING("untyped string"),
    UNTYPED_BOOL("untyped bool"),
    // The emulated library's types (dev.gorolab.sim.lib), used through pointers as Go does.
    TIMER("time.Timer"),
    TICKER("time.Ticker");

    private final String goName;

    Basic(String goName) {
      this.goName = goName;
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

  /** {@code *T}; only {@code *sync.WaitGroup} and {@code *sync.Mutex}, to pass them to functions. */
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
  record Func(List<GoType> params, List<GoType> results) implements GoType {
    public Func {
      params = List.copyOf(params);
      results = List.copyOf(results);
    }

    @Override
    public String toString() {
      String p = params.stream().map(GoType::toString).collect(Collectors.joining(", "));
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
}
