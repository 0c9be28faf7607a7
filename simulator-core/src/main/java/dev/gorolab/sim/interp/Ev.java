package dev.gorolab.sim.interp;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A compiled expression: evaluates without blocking (receives and user calls were hoisted out). */
abstract class Ev {
  abstract Object eval(Frame f);

  /** Whether this is a constant (an untyped constant converts to the other operand's type). */
  boolean isConst() {
    return false;
  }

  static final class Const extends Ev {
    final Object value;

    Const(Object value) {
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      return value;
    }

    @Override
    boolean isConst() {
      return true;
    }
  }

  static final class Local extends Ev {
    final VarInfo v;

    Local(VarInfo v) {
      this.v = v;
    }

    @Override
    Object eval(Frame f) {
      return f.get(v);
    }
  }

  static final class Upval extends Ev {
    final int index;

    Upval(int index) {
      this.index = index;
    }

    @Override
    Object eval(Frame f) {
      Cell c = f.upvals[index];
      if (f.g.machine.watch != null) {
        Watching.cell(f, c, false);
      }
      return c.v;
    }
  }

  static final class Global extends Ev {
    final int index;

    /**
     * {@code globals} is the compiling machine's array; the code reads the running machine's
     * ({@code f.g.machine}), which is the same one except in a copy of the model that a trace
     * re-executes from: compiled code is shared between copies and must not hold their state.
     */
    Global(Object[] globals, int index) {
      this.index = index;
    }

    @Override
    Object eval(Frame f) {
      if (f.g.machine.watch != null) {
        Watching.global(f, index, false);
      }
      return f.g.machine.globals[index];
    }
  }

  /** A function literal: captures the cells it refers to when evaluated. */
  static final class FuncLit extends Ev {
    final FnCode fn;

    FuncLit(FnCode fn) {
      this.fn = fn;
    }

    @Override
    Object eval(Frame f) {
      Cell[] cells = new Cell[fn.upvals.size()];
      for (int i = 0; i < cells.length; i++) {
        UpvalRef r = fn.upvals.get(i);
        cells[i] = r.fromParentLocal() ? (Cell) f.slots[r.var().slot] : f.upvals[r.parentUpval()];
      }
      return new Closure(fn, cells);
    }
  }

  static final class AndAnd extends Ev {
    final Ev l;
    final Ev r;
    final boolean and;

    AndAnd(Ev l, Ev r, boolean and) {
      this.l = l;
      this.r = r;
      this.and = and;
    }

    @Override
    Object eval(Frame f) {
      boolean a = (Boolean) l.eval(f);
      if (and ? !a : a) {
        return a;
      }
      return r.eval(f);
    }
  }

  static final class Unary extends Ev {
    final String op;
    final Ev x;

    Unary(String op, Ev x) {
      this.op = op;
      this.x = x;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      switch (op) {
        case "!":
          return !(Boolean) v;
        case "-":
          if (v instanceof Double d) {
            return -d;
          }
          if (v instanceof GoDuration d) {
            return new GoDuration(-d.nanos());
          }
          return -(Long) v;
        case "^":
          if (v instanceof GoDuration d) {
            return new GoDuration(~d.nanos());
          }
          return ~(Long) v;
        default:
          return v;
      }
    }
  }

  static final class Binary extends Ev {
    final String op;
    final Ev l;
    final Ev r;
    private final int code;
    private final boolean lConst;
    private final boolean rConst;

    Binary(String op, Ev l, Ev r) {
      this.op = op;
      this.l = l;
      this.r = r;
      this.code = opcode(op);
      this.lConst = l.isConst();
      this.rConst = r.isConst();
    }

    private static final String[] OPS = {"==", "!=", "<", "<=", ">", ">=", "+", "-", "*"};

    private static int opcode(String op) {
      for (int i = 0; i < OPS.length; i++) {
        if (OPS[i].equals(op)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    Object eval(Frame f) {
      Object a = l.eval(f);
      Object b = r.eval(f);
      // the common case of int loops and counters, without the general dispatch
      if (a instanceof Long x && b instanceof Long y) {
        switch (code) {
          case 0:
            return x.longValue() == y.longValue();
          case 1:
            return x.longValue() != y.longValue();
          case 2:
            return x < y;
          case 3:
            return x <= y;
          case 4:
            return x > y;
          case 5:
            return x >= y;
          case 6:
            return x + y;
          case 7:
            return x - y;
          case 8:
            return x * y;
          default:
            break;
        }
      }
      if (a instanceof String x && b instanceof String y && (long) x.length() + y.length() > Lib.STRING_CHECK_BYTES) {
        // a string doubled in a loop: checked before the JVM is asked for the memory
        f.g.machine.allocate((long) x.length() + y.length(), "a string concatenation");
      }
      return apply(op, a, b, lConst, rConst);
    }

    static Object apply(String op, Object a, Object b, boolean aConst, boolean bConst) {
      switch (op) {
        case "==":
          return Values.equal(a, b);
        case "!=":
          return !Values.equal(a, b);
        case "<":
          return Values.compare(a, b) < 0;
        case "<=":
          return Values.compare(a, b) <= 0;
        case ">":
          return Values.compare(a, b) > 0;
        case ">=":
          return Values.compare(a, b) >= 0;
        default:
          break;
      }
      if (a instanceof String x) {
        return x + b;
      }
      boolean duration = a instanceof GoDuration || b instanceof GoDuration;
      // An untyped constant takes the type of the other operand: i * 2.0 stays int, f * 2 is float64.
      boolean floating;
      if (a instanceof Double && b instanceof Double) {
        floating = true;
      } else if (a instanceof Double) {
        floating = !(aConst && !bConst);
      } else if (b instanceof Double) {
        floating = !(bConst && !aConst);
      } else {
        floating = false;
      }
      if (floating && !duration) {
        double x = Values.toDouble(a);
        double y = Values.toDouble(b);
        return switch (op) {
          case "+" -> x + y;
          case "-" -> x - y;
          case "*" -> x * y;
          case "/" -> x / y;
          default -> throw new IllegalStateException(op + " on float64");
        };
      }
      long x = Values.toLong(a);
      long y = Values.toLong(b);
      long v;
      switch (op) {
        case "+" -> v = x + y;
        case "-" -> v = x - y;
        case "*" -> v = x * y;
        case "/" -> {
          if (y == 0) {
            throw GoPanic.runtimeError("integer divide by zero");
          }
          v = x / y;
        }
        case "%" -> {
          if (y == 0) {
            throw GoPanic.runtimeError("integer divide by zero");
          }
          v = x % y;
        }
        case "&" -> v = x & y;
        case "|" -> v = x | y;
        case "^" -> v = x ^ y;
        case "&^" -> v = x & ~y;
        case "<<" -> {
          if (y < 0) {
            throw GoPanic.runtimeError("negative shift amount");
          }
          v = y >= 64 ? 0 : x << y;
        }
        case ">>" -> {
          if (y < 0) {
            throw GoPanic.runtimeError("negative shift amount");
          }
          v = y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
        }
        default -> throw new IllegalStateException("operator " + op);
      }
      if (op.equals("<<") || op.equals(">>")) {
        return a instanceof GoDuration ? new GoDuration(v) : (Object) v;
      }
      return duration ? new GoDuration(v) : (Object) v;
    }
  }

  /**
   * Arithmetic and comparison on a sized integer type (int8 ... uintptr): computed on 64 bits,
   * then wrapped to the type's size as Go's integer overflow does (spec: Integer overflow);
   * unsigned types divide, compare and shift right as unsigned.
   */
  static final class IntOp extends Ev {
    final String op;
    final Ev l;
    final Ev r;
    final GoType.Basic kind;
    final boolean unsigned;

    IntOp(String op, Ev l, Ev r, GoType.Basic kind) {
      this.op = op;
      this.l = l;
      this.r = r;
      this.kind = kind;
      this.unsigned = kind.isUnsigned();
    }

    @Override
    Object eval(Frame f) {
      long x = Values.toLong(l.eval(f));
      long y = Values.toLong(r.eval(f));
      switch (op) {
        case "==":
          return x == y;
        case "!=":
          return x != y;
        case "<":
          return cmp(x, y) < 0;
        case "<=":
          return cmp(x, y) <= 0;
        case ">":
          return cmp(x, y) > 0;
        case ">=":
          return cmp(x, y) >= 0;
        default:
          break;
      }
      long v;
      switch (op) {
        case "+" -> v = x + y;
        case "-" -> v = x - y;
        case "*" -> v = x * y;
        case "/" -> {
          if (y == 0) {
            throw GoPanic.runtimeError("integer divide by zero");
          }
          v = unsigned ? Long.divideUnsigned(x, y) : x / y;
        }
        case "%" -> {
          if (y == 0) {
            throw GoPanic.runtimeError("integer divide by zero");
          }
          v = unsigned ? Long.remainderUnsigned(x, y) : x % y;
        }
        case "&" -> v = x & y;
        case "|" -> v = x | y;
        case "^" -> v = x ^ y;
        case "&^" -> v = x & ~y;
        case "<<" -> {
          if (y < 0) {
            throw GoPanic.runtimeError("negative shift amount");
          }
          v = y >= 64 ? 0 : x << y;
        }
        case ">>" -> {
          if (y < 0) {
            throw GoPanic.runtimeError("negative shift amount");
          }
          v = unsigned ? (y >= 64 ? 0 : x >>> y) : (y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        }
        default -> throw new IllegalStateException("operator " + op);
      }
      return Values.wrap(v, kind);
    }

    private int cmp(long x, long y) {
      return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }
  }

  /** Wraps an integer result to a sized integer type. */
  static final class Wrap extends Ev {
    final Ev x;
    final GoType.Basic kind;

    Wrap(Ev x, GoType.Basic kind) {
      this.x = x;
      this.kind = kind;
    }

    @Override
    Object eval(Frame f) {
      return Values.wrap(Values.toLong(x.eval(f)), kind);
    }
  }

  /** Rounds a float result to float32 precision. */
  static final class Float32 extends Ev {
    final Ev x;

    Float32(Ev x) {
      this.x = x;
    }

    @Override
    Object eval(Frame f) {
      return (double) (float) Values.toDouble(x.eval(f));
    }
  }

  /** A value put into an interface: a type its Java class does not tell is kept with it. */
  static final class Box extends Ev {
    final Ev x;
    final GoType type;

    Box(Ev x, GoType type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      return v instanceof dev.gorolab.sim.program.Typed ? v : new dev.gorolab.sim.program.Typed(type, v);
    }
  }

  static final class Index extends Ev {
    final Ev x;
    final Ev i;

    Index(Ev x, Ev i) {
      this.x = x;
      this.i = i;
    }

    @Override
    Object eval(Frame f) {
      Object s = x.eval(f);
      long idx = Values.toLong(i.eval(f));
      if (s instanceof String str) {
        byte[] bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        check(idx, bytes.length);
        return (long) (bytes[(int) idx] & 0xff);
      }
      if (s instanceof dev.gorolab.sim.program.GoPointer p) {
        s = p.load(); // a pointer to an array indexes the array
      }
      if (s instanceof dev.gorolab.sim.program.GoArray a) {
        check(idx, a.len());
        if (f.g.machine.watch != null) {
          Watching.element(f, a, (int) idx, x, false);
        }
        return a.get((int) idx);
      }
      GoSlice sl = (GoSlice) s;
      int len = sl == null ? 0 : sl.len();
      check(idx, len);
      if (f.g.machine.watch != null) {
        Watching.element(f, sl, (int) idx, x, false);
      }
      return sl.get((int) idx);
    }

    static void check(long idx, int len) {
      if (idx < 0 || idx >= len) {
        throw GoPanic.runtimeError("index out of range [" + idx + "] with length " + len);
      }
    }
  }

  static final class SliceOf extends Ev {
    final Ev x;
    final Ev lo;
    final Ev hi;

    SliceOf(Ev x, Ev lo, Ev hi) {
      this.x = x;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    Object eval(Frame f) {
      Object s = x.eval(f);
      long low = lo == null ? 0 : Values.toLong(lo.eval(f));
      if (s instanceof String str) {
        byte[] bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long high = hi == null ? bytes.length : Values.toLong(hi.eval(f));
        bounds(low, high, bytes.length, "length");
        return new String(bytes, (int) low, (int) (high - low), java.nio.charset.StandardCharsets.UTF_8);
      }
      GoSlice sl = (GoSlice) s;
      int cap = sl == null ? 0 : sl.cap();
      long high = hi == null ? (sl == null ? 0 : sl.len()) : Values.toLong(hi.eval(f));
      bounds(low, high, cap, "capacity");
      if (sl == null) {
        return null;
      }
      return sl.slice((int) low, (int) high);
    }

    private static void bounds(long low, long high, int limit, String what) {
      if (high < 0 || high > limit) {
        throw GoPanic.runtimeError("slice bounds out of range [:" + high + "] with " + what + " " + limit);
      }
      if (low < 0 || low > high) {
        throw GoPanic.runtimeError("slice bounds out of range [" + low + ":" + high + "]");
      }
    }
  }

  static final class SliceLit extends Ev {
    final GoType.Slice type;
    final Ev[] elems;

    SliceLit(GoType.Slice type, Ev[] elems) {
      this.type = type;
      this.elems = elems;
    }

    @Override
    Object eval(Frame f) {
      Object[] values = new Object[elems.length];
      for (int k = 0; k < elems.length; k++) {
        values[k] = Values.conform(elems[k].eval(f), type.elem());
      }
      return GoSlice.of(type, values);
    }
  }

  /** {@code m[k]}, or with {@code ok} the comma-ok flag of {@code v, ok := m[k]}; a nil map reads as empty. */
  static final class MapIndex extends Ev {
    final Ev map;
    final Ev key;
    final GoType.Map type;
    final boolean ok;

    MapIndex(Ev map, Ev key, GoType.Map type, boolean ok) {
      this.map = map;
      this.key = key;
      this.type = type;
      this.ok = ok;
    }

    @Override
    Object eval(Frame f) {
      dev.gorolab.sim.program.GoMap m = (dev.gorolab.sim.program.GoMap) map.eval(f);
      Object k = Values.conform(key.eval(f), type.key());
      if (ok) {
        return m != null && m.has(k);
      }
      Object v = m == null ? null : m.get(k);
      return v != null || (m != null && m.has(k)) ? v : Values.zero(type.elem());
    }
  }

  /** {@code delete(m, k)}: a no-op on a nil map or a missing key. */
  static final class MapDelete extends Ev {
    final Ev map;
    final Ev key;
    final GoType.Map type;

    MapDelete(Ev map, Ev key, GoType.Map type) {
      this.map = map;
      this.key = key;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      dev.gorolab.sim.program.GoMap m = (dev.gorolab.sim.program.GoMap) map.eval(f);
      Object k = Values.conform(key.eval(f), type.key());
      if (m != null) {
        m.delete(k);
      }
      return null;
    }
  }

  /** {@code map[K]V{k: v, ...}}. */
  static final class MapLit extends Ev {
    final GoType.Map type;
    final Ev[] keys;
    final Ev[] values;

    MapLit(GoType.Map type, Ev[] keys, Ev[] values) {
      this.type = type;
      this.keys = keys;
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      dev.gorolab.sim.program.GoMap m = new dev.gorolab.sim.program.GoMap(type);
      for (int k = 0; k < keys.length; k++) {
        m.put(Values.conform(keys[k].eval(f), type.key()), Values.conform(values[k].eval(f), type.elem()));
      }
      return m;
    }
  }

  /** A call of a library function or builtin that does not block. */
  static final class Lib extends Ev {
    final String name;
    final Ev[] args;
    final GoType type;
    final String label;

    /**
     * @param type the type argument of {@code make} or the target of a conversion, else null
     * @param label the name a new channel takes (the variable it is assigned to), else null
     */
    Lib(String name, Ev[] args, GoType type, String label) {
      this.name = name;
      this.args = args;
      this.type = type;
      this.label = label;
    }

    private List<Object> values(Frame f, int from) {
      List<Object> out = new ArrayList<>(args.length);
      for (int k = from; k < args.length; k++) {
        out.add(args[k].eval(f));
      }
      return out;
    }

    @Override
    Object eval(Frame f) {
      GoOps ops = f.g.ops;
      switch (name) {
        case "strconv.Itoa":
          return Long.toString((Long) args[0].eval(f));
        case "fmt.Sprintf":
          return GoFormat.sprintf((String) args[0].eval(f), values(f, 1), f.g.machine.methodSets.forFmt(f.g));
        case "fmt.Sprint":
          return GoFormat.sprint(values(f, 0), f.g.machine.methodSets.forFmt(f.g));
        case "fmt.Sprintln":
          return GoFormat.sprintln(values(f, 0), f.g.machine.methodSets.forFmt(f.g));
        case "time.Now":
          return new GoTime(ops.now());
        case "time.Since":
          return new GoDuration(ops.now() - ((GoTime) args[0].eval(f)).nanos());
        case "runtime.NumGoroutine":
          return (long) ops.numGoroutine();
        case "runtime.NumCPU":
          // go1.19 runtime/debug.go NumCPU: ncpu, fixed at start-up; here the scenario's numcpu
          return (long) f.g.machine.numCPU;
        case "runtime.GOMAXPROCS":
          return (long) ops.gomaxprocs((int) Values.toLong(args[0].eval(f)));
        case "len": {
          Object v = args[0].eval(f);
          if (v instanceof String s) {
            return (long) Values.byteLen(s);
          }
          if (v instanceof GoSlice s) {
            return (long) s.len();
          }
          if (v instanceof dev.gorolab.sim.program.GoMap m) {
            return (long) m.len();
          }
          return v == null ? 0L : (long) ops.len(((ChanValue) v).channel());
        }
        case "cap": {
          Object v = args[0].eval(f);
          if (v instanceof GoSlice s) {
            return (long) s.cap();
          }
          return v == null ? 0L : (long) ops.cap(((ChanValue) v).channel());
        }
        case "append": {
          GoSlice s = (GoSlice) args[0].eval(f);
          GoType.Slice st = (GoType.Slice) type;
          Object[] extra;
          if (spread) {
            GoSlice t = (GoSlice) args[1].eval(f);
            extra = new Object[t == null ? 0 : t.len()];
            for (int k = 0; k < extra.length; k++) {
              extra[k] = Structs.copy(t.get(k), f.g); // append copies struct and array elements
            }
          } else {
            extra = new Object[args.length - 1];
            for (int k = 1; k < args.length; k++) {
              extra[k - 1] = Values.conform(args[k].eval(f), st.elem());
            }
          }
          if (s == null) {
            s = GoSlice.make(st, 0, 0, null);
            if (extra.length == 0) {
              return null;
            }
          }
          int size = elemSize(st.elem());
          long needed = (long) s.len() + extra.length;
          if (needed > s.cap()) {
            // growslice makes a new backing array: checked before the JVM is asked for it
            long newCap = GoSlice.grownCapacity(s.cap(), needed);
            f.g.machine.allocate(newCap * size, "append to a slice of " + s.len());
            if (newCap > Integer.MAX_VALUE - 8) {
              throw new MemoryBudgetExceeded(
                  Machine.memoryNote(newCap * size, "append to a slice of " + s.len(), f.g.machine.memoryBudgetBytes));
            }
          }
          return s.append(extra, size);
        }
        case "make": {
          if (type instanceof GoType.Chan c) {
            long cap = args.length > 1 ? Values.toLong(args[1].eval(f)) : 0;
            int size = elemSize(c.elem());
            // chan.go makechan: a plain error (no "runtime error: "), past maxAlloc or negative
            if (cap < 0 || cap > (Machine.MAX_ALLOC_BYTES - 96) / size) {
              throw new GoPanic("makechan: size out of range");
            }
            String what = "make(" + c + ", " + cap + ")";
            f.g.machine.allocate(cap * size, what);
            if (cap > Integer.MAX_VALUE - 8) {
              // within the budget only when it was raised past what one Java array holds
              throw new MemoryBudgetExceeded(Machine.memoryNote(cap * size, what, f.g.machine.memoryBudgetBytes));
            }
            Channel ch = ops.makeChannel(label == null ? "chan" : label, c.elem().toString(), (int) cap,
                Values.zero(c.elem()));
            return new ChanValue(ch, c);
          }
          if (GoType.under(type) instanceof GoType.Map mt) {
            // runtime/map.go makemap: a hint that is negative or too large is taken as 0, no panic.
            return new dev.gorolab.sim.program.GoMap(mt);
          }
          GoType.Slice st = (GoType.Slice) type;
          long len = Values.toLong(args[1].eval(f));
          long cap = args.length > 2 ? Values.toLong(args[2].eval(f)) : len;
          int size = elemSize(st.elem());
          long maxLen = Machine.MAX_ALLOC_BYTES / size; // slice.go makeslice: mem > maxAlloc
          if (len < 0 || len > maxLen) {
            throw GoPanic.runtimeError("makeslice: len out of range");
          }
          if (cap < len || cap > maxLen) {
            throw GoPanic.runtimeError("makeslice: cap out of range");
          }
          f.g.machine.allocate(cap * size, "make(" + st + ", " + len + (cap != len ? ", " + cap : "") + ")");
          if (cap > Integer.MAX_VALUE - 8) {
            // within the budget only when the budget was raised past what one Java array holds
            throw new MemoryBudgetExceeded(
                Machine.memoryNote(cap * size, "make(" + st + ", " + len + ")", f.g.machine.memoryBudgetBytes));
          }
          GoSlice made = GoSlice.make(st, (int) len, (int) cap, Values.zero(st.elem()));
          if (Structs.isAggregate(st.elem())) {
            // each element is a struct or array of its own
            GoSlice all = made.slice(0, (int) cap);
            for (int k = 0; k < cap; k++) {
              all.set(k, Structs.zero(st.elem(), f.g, "element"));
            }
          }
          return made;
        }
        case "convert":
          return Values.convert(args[0].eval(f), type);
        case "Duration.Seconds":
          return ((GoDuration) args[0].eval(f)).seconds();
        case "Duration.Minutes":
          return ((GoDuration) args[0].eval(f)).nanos() / 6e10;
        case "Duration.Hours":
          return ((GoDuration) args[0].eval(f)).nanos() / 3.6e12;
        case "Duration.Milliseconds":
          return ((GoDuration) args[0].eval(f)).nanos() / 1_000_000L;
        case "Duration.Microseconds":
          return ((GoDuration) args[0].eval(f)).nanos() / 1_000L;
        case "Duration.Nanoseconds":
          return ((GoDuration) args[0].eval(f)).nanos();
        case "Duration.Round":
          return GoDuration.round((GoDuration) args[0].eval(f), (GoDuration) args[1].eval(f));
        case "Duration.Truncate": {
          long d = ((GoDuration) args[0].eval(f)).nanos();
          long m = ((GoDuration) args[1].eval(f)).nanos();
          return m <= 0 ? new GoDuration(d) : new GoDuration(d - d % m);
        }
        case "Duration.String", "Time.String":
          return args[0].eval(f).toString();
        case "Time.Sub":
          return new GoDuration(((GoTime) args[0].eval(f)).nanos() - ((GoTime) args[1].eval(f)).nanos());
        case "&":
          return args[0].eval(f);
        default: {
          dev.gorolab.sim.lib.LibFunc impl = dev.gorolab.sim.lib.Packages.impl(name);
          if (impl == null) {
            throw new IllegalStateException("library call " + name + Arrays.toString(args));
          }
          Object[] vs = new Object[args.length];
          for (int k = 0; k < vs.length; k++) {
            vs[k] = args[k].eval(f);
          }
          return LibCall.call(impl, f.g, label, vs);
        }
      }
    }

    boolean spread;

    /** Strings shorter than this are concatenated unchecked: the check is for strings that double. */
    static final long STRING_CHECK_BYTES = 1 << 16;

    static int elemSize(GoType t) {
      if (t == GoType.Basic.STRING || t instanceof GoType.Slice) {
        return t == GoType.Basic.STRING ? 16 : 24;
      }
      if (t == GoType.Basic.BOOL) {
        return 1;
      }
      return 8;
    }
  }
}
