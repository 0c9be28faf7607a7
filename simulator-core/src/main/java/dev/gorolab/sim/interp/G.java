package dev.gorolab.sim.interp;

import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoRuntimePanic;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.Resumption;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoStrings;
import java.util.List;

/**
 * A goroutine running compiled code: an explicit stack of frames, so that a step can stop after
 * any statement (or park) and continue on the next call without Java recursion.
 */
final class G implements GoroutineBody {
  final Machine machine;
  final String function;
  GoOps ops;
  Frame top;
  /** The instruction the goroutine parked in, completed by the next step. */
  Instr awaiting;
  long workLeftNanos;
  private boolean done;
  /** The value of a panic whose deferred calls are running, else null (Go runs them before dying). */
  private String panicking;
  /** What recover() returns for the panic being unwound. */
  private Object panicValue;
  /** Bytes of Go stack the frames on this goroutine's stack would take, see {@link #frameBytes}. */
  private long stackBytes;

  /**
   * Go's stack limit: {@code maxstacksize} is 1,000,000,000 bytes on 64-bit, and a stack grows by
   * doubling (stack.go newstack), so a goroutine dies when its stack, already 512 MiB, would have to
   * double to 1 GiB: measured with go1.19 on amd64, {@code func f(n int) int { return f(n+1) + 1 }}
   * reaches 7.4 million calls, 72 bytes each.
   */
  static final long STACK_USED_MAX_BYTES = 512L << 20;

  /** What a frame takes on Go's stack: 8 bytes a variable, plus return address, frame pointer, spills. */
  static long frameBytes(FnCode fn) {
    return 8L * fn.nslots + 64;
  }

  /** Go's words when a goroutine's stack passes {@link #STACK_USED_MAX_BYTES} (R12 throw). */
  static final String STACK_OVERFLOW_PREFIX = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
  /** Whether runtime.Goexit is unwinding the stack: deferred calls run, then the goroutine dies. */
  private boolean goexiting;
  /** Whether the last step touched only this goroutine's own variables ({@link Locality}). */
  private boolean lastLocal;
  /** An update split in two steps ({@link SplitUpdate}): the values read, not yet stored. */
  Object[] pendingStore;

  /** A goroutine that starts by calling {@code fn(args)}, the arguments evaluated in {@code caller}. */
  G(Machine machine, Closure fn, Ev[] args, Frame caller) {
    this.machine = machine;
    this.function = fn.fn.goName;
    push(fn, args, caller, null);
  }

  /** The main goroutine: package initialisation, then main. */
  G(Machine machine, FnCode main) {
    this.machine = machine;
    this.function = main.goName;
    top = new Frame(main, null, null, this);
    top.pc = 0;
  }

  /**
   * Pushes a call of {@code c}, its arguments evaluated in {@code caller} straight into the new
   * frame (no array in between); results go to {@code results} in the caller.
   */
  Frame push(Closure c, Ev[] args, Frame caller, Target[] results) {
    grow(c.fn);
    Frame f = new Frame(c.fn, c.upvals, top, this);
    int first = 0;
    if (c.bound != null) {
      f.declare(c.fn.params.get(0), c.bound[0]);
      first = 1;
    }
    for (int i = 0; i < args.length; i++) {
      VarInfo p = c.fn.params.get(first + i);
      f.declare(p, Values.conform(args[i].eval(caller), p.type));
    }
    f.pc = c.fn.entryPc;
    f.resultTargets = results;
    top = f;
    return f;
  }

  /** Pushes a call of {@code c} with {@code args}; results go to {@code results} in the caller. */
  Frame push(Closure c, Object[] args, Target[] results) {
    grow(c.fn);
    Frame f = new Frame(c.fn, c.upvals, top, this);
    int first = 0;
    if (c.bound != null) {
      f.declare(c.fn.params.get(0), c.bound[0]);
      first = 1;
    }
    for (int i = 0; i < args.length; i++) {
      VarInfo p = c.fn.params.get(first + i);
      f.declare(p, Values.conform(args[i], p.type));
    }
    f.pc = c.fn.entryPc;
    f.resultTargets = results;
    top = f;
    return f;
  }

  /**
   * Calls {@code c} on this goroutine's stack and runs it to its return within the current step,
   * for library code that calls back into Go ({@code sort.Slice}'s less); returns its results.
   * The time the callee's statements take is charged to this step. A panic in the callee unwinds
   * from there as usual (the Java exception leaves through the library call). A callee that parks
   * (a channel operation, a lock) cannot finish inside a library call here: GoroLab stops with a
   * note rather than run it wrongly.
   */
  Object[] callNested(Closure c, Object[] args) {
    Frame base = top;
    Frame savedBase = nestedBase;
    nestedBase = base;
    try {
      Frame callee = push(c, args, null);
      long spentNanos = 0;
      long steps = 0;
      while (top != base) {
        Frame f = top;
        long cost;
        try {
          if (f.returning) {
            cost = continueReturn(f);
          } else {
            cost = f.fn.code[f.pc].exec(this, f);
          }
        } catch (GoPanic p) {
          // the callee's deferred calls run (and may recover) before the panic leaves it
          panicValue = p.hasValue ? p.value : GoPanic.runtimeErrorValue(p.getMessage());
          cost = startPanic(p.getMessage());
        } catch (GoRuntimePanic p) {
          panicValue = GoPanic.runtimeErrorValue(p.getMessage());
          cost = startPanic(p.getMessage());
        }
        if (awaiting != null || done) {
          throw new NestedCallStop("gorolab: stopped: " + c.fn.goName + ", called by the library, blocks or exits;"
              + " GoroLab does not model that yet.\n");
        }
        spentNanos += Math.max(0, cost);
        if (++steps > NESTED_STEPS_MAX) {
          throw new NestedCallStop("gorolab: stopped: " + c.fn.goName + ", called by the library, ran more than "
              + NESTED_STEPS_MAX + " statements in one call (GoroLab's limit, not Go's).\n");
        }
      }
      nestedNanos += spentNanos;
      return resultsOf(callee);
    } catch (NestedPanic p) {
      // the panic unwound the whole callee: it leaves through the library call into the caller
      String message = panicking;
      Object value = panicValue;
      panicking = null;
      panicValue = null;
      throw new GoPanic(message, value);
    } finally {
      nestedBase = savedBase;
    }
  }

  /** The frame below the innermost library callback ({@link #callNested}), or null. */
  private Frame nestedBase;

  /** A panic that has unwound every frame of a library callback, down to {@link #nestedBase}. */
  private static final class NestedPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NestedPanic() {
      super(null, null, false, false);
    }
  }

  /** The results a returned frame delivers: its named results, or zero values after a recover. */
  private static Object[] resultsOf(Frame f) {
    Object[] results = f.results;
    if (f.fn.namedResults != null) {
      results = new Object[f.fn.namedResults.size()];
      for (int i = 0; i < results.length; i++) {
        results[i] = f.get(f.fn.namedResults.get(i));
      }
    } else if (results == null) {
      results = new Object[f.fn.type.results().size()];
      for (int i = 0; i < results.length; i++) {
        results[i] = Values.zero(f.fn.type.results().get(i));
      }
    }
    return results;
  }

  /** Ends a run whose library callback cannot be run to its return (see {@link #callNested}). */
  static final class NestedCallStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NestedCallStop(String note) {
      super(note, null, false, false);
    }
  }

  /** Statements one library callback may run before GoroLab stops the run (a runaway less function). */
  static final long NESTED_STEPS_MAX = 50_000_000;
  /** Time spent in library callbacks during the current step, added to the step's cost. */
  long nestedNanos;

  /** Takes a frame of {@code fn} on the stack; past Go's limit the program dies (GoFatal). */
  private void grow(FnCode fn) {
    stackBytes += frameBytes(fn);
    if (stackBytes > STACK_USED_MAX_BYTES) {
      throw new GoFatal("stack overflow", STACK_OVERFLOW_PREFIX);
    }
  }

  @Override
  public long step(GoOps ops) {
    this.ops = ops;
    if (done) {
      throw new IllegalStateException("step of a goroutine that has exited: " + function);
    }
    lastLocal = false;
    try {
      if (awaiting != null) {
        Instr a = awaiting;
        awaiting = null;
        Resumption r = ops.resumption();
        return Math.max(1, a.resume(this, top, r));
      }
      boolean local = true;
      while (true) {
        Frame f = top;
        if (f.returning) {
          return continueReturn(f);
        }
        Instr in = f.fn.code[f.pc];
        if (machine.splitUpdates && SplitUpdate.applies(in)) {
          return SplitUpdate.step(this, f, (Instr.Assign) in);
        }
        local = local && (in.isLocal() || in instanceof Instr.Return r && Locality.returnIsLocal(r, f));
        long cost = in.exec(this, f);
        if (nestedNanos > 0) {
          cost += nestedNanos; // the statements of library callbacks run in this step
          nestedNanos = 0;
        }
        if (cost > 0 || done || awaiting != null) {
          lastLocal = local && !done && awaiting == null;
          return Math.max(1, cost);
        }
      }
    } catch (GoPanic p) {
      panicValue = p.hasValue ? p.value : GoPanic.runtimeErrorValue(p.getMessage());
      return startPanic(p.getMessage());
    } catch (GoFatal f) {
      // Go's throw: no deferred call runs, the program dies at once.
      done = true;
      ops.fatal(f.getMessage(), f.prefix);
      return 1;
    } catch (NestedCallStop s) {
      done = true;
      ops.stopAtLimit(dev.gorolab.model.Event.EndReason.WORK_LIMIT, s.getMessage());
      return 1;
    } catch (MemoryBudgetExceeded m) {
      done = true;
      ops.stopAtLimit(dev.gorolab.model.Event.EndReason.MEMORY_LIMIT, m.getMessage());
      return 1;
    } catch (GoRuntimePanic p) {
      // close of a closed channel, send on a closed one, a negative WaitGroup counter: ordinary
      // panics in Go, so this goroutine's deferred calls run first (R7.2, R7.5, R14.2)
      panicValue = GoPanic.runtimeErrorValue(p.getMessage());
      return startPanic(p.getMessage());
    }
  }

  @Override
  public boolean lastStepLocal() {
    return lastLocal;
  }

  /** The value of the panic being unwound, or null. */
  String panicking() {
    return panicking;
  }

  /** Whether runtime.Goexit is unwinding this goroutine. */
  boolean goexiting() {
    return goexiting;
  }

  /** Whether the panic last started was a nil dereference of the runtime's (a SIGSEGV in Go). */
  private boolean signalPanic;

  private static final String NIL_DEREFERENCE = "runtime error: invalid memory address or nil pointer dereference";

  /** Begins unwinding: deferred calls of every frame run, innermost first, then the program dies. */
  private long startPanic(String message) {
    // A deferred call that panics while a panic unwinds: Go keeps both and prints the chain,
    // oldest first (panic.go printpanics): "panic: first\n\tpanic: second".
    panicking = panicking == null ? message : panicking + "\n\tpanic: " + message;
    // a nil dereference is a memory fault in Go (sigpanic): its report adds the signal line
    signalPanic = message.equals(NIL_DEREFERENCE) && panicValue instanceof dev.gorolab.sim.program.GoError e
        && e.goType().equals("runtime.Error");
    awaiting = null;
    workLeftNanos = 0;
    top.returning = true;
    top.unwinding = true;
    top.results = null;
    try {
      return continueReturn(top);
    } catch (GoPanic again) {
      panicValue = again.hasValue ? again.value : GoPanic.runtimeErrorValue(again.getMessage());
      return startPanic(again.getMessage());
    } catch (GoRuntimePanic again) {
      panicValue = GoPanic.runtimeErrorValue(again.getMessage());
      return startPanic(again.getMessage());
    }
  }

  /**
   * {@code recover()} in frame {@code f}: while a panic unwinds and f is a deferred call of the
   * unwinding frame, the panic stops there (panic.go gorecover): that frame returns normally,
   * with its named results as they are. Otherwise nil.
   */
  Object recover(Frame f) {
    if (panicking == null || !f.isDeferredCall || f.caller == null || !f.caller.unwinding) {
      return null;
    }
    Object v = panicValue;
    panicking = null;
    panicValue = null;
    f.caller.unwinding = false;
    return v;
  }

  /**
   * {@code runtime.Goexit()}: like a panic, every frame's deferred calls run, innermost first; then
   * the goroutine dies without a panic, and for main without ending the program (R11.2).
   */
  long startGoexit() {
    goexiting = true;
    awaiting = null;
    workLeftNanos = 0;
    top.returning = true;
    top.unwinding = true;
    top.results = null;
    return continueReturn(top);
  }

  /** Runs the next deferred call of the returning frame {@code f}, or pops it and delivers its results. */
  long continueReturn(Frame f) {
    if (f.defers != null && !f.defers.isEmpty()) {
      Deferred d = f.defers.remove(f.defers.size() - 1);
      if (d.action() != null) {
        long cost = d.action().exec(this, f);
        if (awaiting == d.action()) {
          // the deferred action parked; its resume must not disturb the returning frame
          awaiting = new Resumed(d.action());
        }
        return Math.max(1, cost);
      }
      Frame callee = push(d.fn(), d.args(), null);
      callee.isDeferredCall = true;
      return CostModel.CALL_NS;
    }
    top = f.caller;
    stackBytes -= frameBytes(f.fn);
    if (f.unwinding) {
      if (top != null && top == nestedBase) {
        if (panicking == null) {
          throw new NestedCallStop("gorolab: stopped: " + f.fn.goName + ", called by the library, calls runtime.Goexit;"
              + " GoroLab does not model that yet.\n");
        }
        throw new NestedPanic();
      }
      if (top == null) {
        done = true;
        if (panicking == null && goexiting) {
          ops.goexit();
        } else if (signalPanic) {
          ops.panicFromSignal(panicking);
        } else {
          ops.panic(panicking);
        }
        return CostModel.EXIT_NS;
      }
      // no recover in scenarios: the panic keeps unwinding through the caller
      top.returning = true;
      top.unwinding = true;
      top.results = null;
      return CostModel.CALL_NS;
    }
    if (top == null) {
      done = true;
      ops.exit();
      return CostModel.EXIT_NS;
    }
    if (f.resultTargets != null) {
      // a frame that recovered from a panic returns zero values (or its named results)
      Object[] results = resultsOf(f);
      for (int i = 0; i < f.resultTargets.length; i++) {
        f.resultTargets[i].set(top, results[i]);
      }
    }
    return CostModel.CALL_NS;
  }

  /** Wraps a parked deferred action so that completing it leaves the frame's pc alone. */
  private static final class Resumed extends Instr {
    final Instr inner;

    Resumed(Instr inner) {
      this.inner = inner;
      this.line = inner.line;
    }

    @Override
    long exec(G g, Frame f) {
      throw new IllegalStateException("a resumed action is never executed");
    }

    @Override
    long resume(G g, Frame f, Resumption r) {
      return CostModel.SIMPLE_NS;
    }
  }

  @Override
  public String function() {
    return function;
  }

  @Override
  public int line() {
    if (done || top == null) {
      return 0;
    }
    if (awaiting != null) {
      return awaiting.line;
    }
    Frame f = top;
    if (f.returning) {
      return f.fn.code[Math.min(f.pc, f.fn.code.length - 1)].line;
    }
    return f.fn.shownLines()[f.pc];
  }

  /**
   * The visible variables, innermost frame first. The engine asks after every event, and most
   * events change no variable: when the same variables hold the same immutable values as last
   * time, the previous (unmodifiable) list is returned without rendering anything.
   */
  @Override
  public List<Variable> locals() {
    if (done) {
      return List.of();
    }
    // A walk finds what the last one found while the same frame is on top at the same pc and no
    // variable was written since, by this goroutine (slots) or any (captured variables), unless
    // a value shown can change in place (a slice). Most goroutines an event touches are parked.
    if (top != null && top == walkedTop && top.pc == walkedPc && slotWrites == walkedSlotWrites
        && machine.cellWrites == walkedCellWrites && shownImmutable) {
      return shown;
    }
    walkedTop = top;
    walkedPc = top == null ? -1 : top.pc;
    walkedSlotWrites = slotWrites;
    walkedCellWrites = machine.cellWrites;
    shownImmutable = true;
    int n = 0;
    boolean same = true;
    for (Frame f = top; f != null; f = f.caller) {
      int pc = f == top ? f.pc : f.pc - 1;
      for (VarInfo v : f.fn.shownVars(pc)) {
        Object value = f.slots[v.slot];
        if (value == null && v.type == null) {
          continue;
        }
        if (v.captured) {
          if (!(value instanceof Cell c)) {
            continue;
          }
          value = c.v;
        }
        same = remember(n++, v, value, same);
      }
      for (int i = 0; i < f.fn.upvals.size(); i++) {
        same = remember(n++, f.fn.upvals.get(i).var(), f.upvals[i].v, same);
      }
    }
    if (same && n == shownCount) {
      return shown;
    }
    if (varsMoved || n != shownCount) {
      listVars = java.util.Arrays.copyOf(shownVars, n);
      varsMoved = false;
    }
    if (listValues.length < n) {
      listValues = new Object[shownValues.length];
    }
    for (int i = 0; i < n; i++) {
      VarInfo v = shownVars[i];
      Object value = shownValues[i];
      listValues[i] = v.immutableType || isImmutable(value) ? value : formattedNow(v, value);
    }
    shownCount = n;
    shown = new LocalsList(listVars, listValues, n);
    return shown;
  }

  /** A value that can change in place (a slice), formatted now so that the list keeps this moment. */
  private static LocalsList.Formatted formattedNow(VarInfo v, Object value) {
    Variable shownNow = variable(v.name, v.typeName(), value);
    return new LocalsList.Formatted(shownNow.type(), shownNow.value());
  }

  // The variables and values behind the last list locals() returned. Lists share one copy of the
  // variables while the same ones are in scope: a recorded run keeps a list per assignment.
  // Allocated when the first variable is shown: a goroutine that parks at once needs none.
  private VarInfo[] shownVars = NO_VARS;
  private Object[] shownValues = NO_VALUES;
  private VarInfo[] listVars = NO_VARS;
  private Object[] listValues = NO_VALUES;
  /** Whether a variable in scope changed since listVars was copied. */
  private boolean varsMoved;
  private int shownCount = -1;
  private List<Variable> shown = List.of();
  /** Writes to this goroutine's frame slots so far (see Frame#set). */
  int slotWrites;
  // Where the last walk of locals() stood, and whether every value it showed was immutable.
  private Frame walkedTop;
  private int walkedPc;
  private int walkedSlotWrites;
  private long walkedCellWrites;
  private boolean shownImmutable;

  private static final VarInfo[] NO_VARS = {};
  private static final Object[] NO_VALUES = {};

  /** Records variable {@code i}; returns whether everything up to it is unchanged since the last list. */
  private boolean remember(int i, VarInfo v, Object value, boolean same) {
    if (i == shownVars.length) {
      int capacity = Math.max(4, i * 2);
      shownVars = java.util.Arrays.copyOf(shownVars, capacity);
      shownValues = java.util.Arrays.copyOf(shownValues, capacity);
    }
    boolean immutable = v.immutableType || isImmutable(value);
    if (!immutable) {
      shownImmutable = false;
    }
    Object old = shownValues[i];
    boolean unchanged = i < shownCount && shownVars[i] == v && (old == value ? immutable : immutablyEqual(old, value));
    if (!unchanged) {
      if (shownVars[i] != v) {
        varsMoved = true;
      }
      shownVars[i] = v;
      shownValues[i] = value;
    }
    return same && unchanged;
  }

  /**
   * Equal values of a kind that cannot change in place (a slice can: it is always re-rendered),
   * or the same WaitGroup or Mutex, which Go's %v prints the same whatever their state.
   */
  static boolean immutablyEqual(Object a, Object b) {
    if (a == b) {
      return a == null || isImmutable(a); // the usual case: the slot was not written
    }
    if (a == null || b == null) {
      return false;
    }
    return a.getClass() == b.getClass() && isImmutable(a) && a.equals(b);
  }

  /**
   * Whether {@code v} is null or shows the same until it is replaced: a kind that cannot change
   * in place (a slice can), or a WaitGroup or Mutex, which Go's %v prints the same whatever their
   * state.
   */
  static boolean isImmutable(Object v) {
    return v == null || v instanceof Long || v instanceof String || v instanceof Boolean || v instanceof Double
        || v instanceof ChanValue || v instanceof GoDuration || v instanceof GoTime
        || v instanceof dev.gorolab.sim.program.GoError
        || v instanceof dev.gorolab.model.WaitGroup || v instanceof dev.gorolab.model.Mutex;
  }

  /**
   * A variable for display: strings quoted as {@code %q}, channels by name. Values that cannot
   * change in place are formatted only when shown; a slice is formatted now.
   */
  static Variable variable(String name, String type, Object value) {
    String t = type != null ? type : GoFormat.typeName(value);
    if (isImmutable(value)) {
      return Variable.formatted(name, t, value, DISPLAY);
    }
    return new Variable(name, t, display(value));
  }

  private static final java.util.function.Function<Object, String> DISPLAY = G::display;

  private static String display(Object value) {
    if (value instanceof String s) {
      return GoStrings.quote(s);
    } else if (value instanceof ChanValue c) {
      return c.channel().name();
    } else if (value == null) {
      return "nil";
    }
    return GoFormat.valueString(value);
  }
}
