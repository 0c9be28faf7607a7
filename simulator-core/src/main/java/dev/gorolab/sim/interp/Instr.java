package dev.gorolab.sim.interp;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.model.Mutex;
import dev.gorolab.model.OpResult;
import dev.gorolab.model.RecvResult;
import dev.gorolab.model.Resumption;
import dev.gorolab.model.SelectCase;
import dev.gorolab.model.SelectResult;
import dev.gorolab.model.WaitGroup;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * One instruction of a compiled function; executing it is one step of the goroutine. An
 * instruction advances {@code f.pc} when it completes; one that parks leaves the pc and sets
 * {@code g.awaiting}, and {@link #resume} completes it on the next step.
 */
abstract class Instr {
  int line;
  /** {@link Locality}, worked out on first use: 0 not yet, 1 local, 2 shared. */
  private byte locality;

  /** Whether executing this touches only the goroutine's own variables ({@link Locality}). */
  final boolean isLocal() {
    if (locality == 0) {
      locality = Locality.of(this) ? (byte) 1 : (byte) 2;
    }
    return locality == 1;
  }

  /** Executes; returns the virtual nanoseconds consumed, or 0 for free control flow. */
  abstract long exec(G g, Frame f);

  /** Completes this instruction after the goroutine parked in it and was readied. */
  long resume(G g, Frame f, Resumption r) {
    f.pc++;
    return CostModel.SIMPLE_NS;
  }

  /**
   * The end of a runtime call that may park: a parked goroutine waits in this instruction for
   * {@link #resume}; otherwise it moves on. Returns {@code costNanos}.
   */
  final long parkedOrNext(G g, Frame f, OpResult r, long costNanos) {
    if (r.parked()) {
      g.awaiting = this;
    } else {
      f.pc++;
    }
    return costNanos;
  }

  static Channel chan(Object v) {
    return v == null ? null : ((ChanValue) v).channel();
  }

  static long nanos(Object v) {
    if (v instanceof GoDuration d) {
      return d.nanos();
    }
    return Values.toLong(v);
  }

  static final class Jump extends Instr {
    int target;

    @Override
    long exec(G g, Frame f) {
      boolean backwards = target <= f.pc;
      f.pc = target;
      // a loop's back edge costs, so that "for {}" takes time and can be preempted
      return backwards ? CostModel.SIMPLE_NS : 0;
    }
  }

  static final class Branch extends Instr {
    final Ev cond;
    final boolean jumpIf;
    int target;

    /** Jumps to {@code target} when {@code cond} equals {@code jumpIf}. */
    Branch(Ev cond, boolean jumpIf) {
      this.cond = cond;
      this.jumpIf = jumpIf;
    }

    @Override
    long exec(G g, Frame f) {
      boolean c = (Boolean) cond.eval(f);
      f.pc = c == jumpIf ? target : f.pc + 1;
      return CostModel.SIMPLE_NS;
    }
  }

  static final class Assign extends Instr {
    final Target[] targets;
    final Ev[] values;
    final long cost;

    Assign(Target[] targets, Ev[] values, long cost) {
      this.targets = targets;
      this.values = values;
      this.cost = cost;
    }

    @Override
    long exec(G g, Frame f) {
      if (targets.length == 1) {
        targets[0].set(f, values[0].eval(f));
      } else {
        Object[] vs = new Object[values.length];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = values[i].eval(f);
        }
        for (int i = 0; i < vs.length; i++) {
          targets[i].set(f, vs[i]);
        }
      }
      f.pc++;
      return cost;
    }
  }

  /** {@code a, b := lib(...)}: a library call's several results, stored left to right. */
  static final class AssignResults extends Instr {
    final Target[] targets;
    final Ev call;

    AssignResults(Target[] targets, Ev call) {
      this.targets = targets;
      this.call = call;
    }

    @Override
    long exec(G g, Frame f) {
      Object[] vs = (Object[]) call.eval(f);
      for (int i = 0; i < targets.length; i++) {
        targets[i].set(f, vs[i]);
      }
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  /** {@code var x T}: the zero value; a WaitGroup or Mutex is made in the runtime. */
  static final class Zero extends Instr {
    final Target target;
    final GoType type;
    final String name;

    Zero(Target target, GoType type, String name) {
      this.target = target;
      this.type = type;
      this.name = name;
    }

    @Override
    long exec(G g, Frame f) {
      target.set(f, Structs.zero(type, g, name));
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  static final class Eval extends Instr {
    final Ev expr;
    final long cost;

    Eval(Ev expr, long cost) {
      this.expr = expr;
      this.cost = cost;
    }

    @Override
    long exec(G g, Frame f) {
      expr.eval(f);
      f.pc++;
      return cost;
    }
  }

  static Object[] args(Ev[] args, Frame f) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = args[i].eval(f);
    }
    return out;
  }

  static final class Call extends Instr {
    final Ev fn;
    final Ev[] args;
    final Target[] results;

    Call(Ev fn, Ev[] args, Target[] results) {
      this.fn = fn;
      this.args = args;
      this.results = results;
    }

    @Override
    long exec(G g, Frame f) {
      Object v = fn.eval(f);
      if (v instanceof dev.gorolab.sim.lib.NativeFunc nf) {
        // a func value the library made (context's cancel): it runs here, without a frame
        Object[] rs = LibCall.callNative(nf, g, args(args, f));
        if (results != null) {
          for (int i = 0; i < results.length; i++) {
            results[i].set(f, rs[i]);
          }
        }
        f.pc++;
        return CostModel.CALL_NS;
      }
      Closure c = (Closure) v;
      if (c == null) {
        throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
      }
      g.push(c, args, f, results); // the arguments see the caller still at this call
      f.pc++;
      return CostModel.CALL_NS;
    }
  }

  static final class Go extends Instr {
    final Ev fn;
    final Ev[] args;

    Go(Ev fn, Ev[] args) {
      this.fn = fn;
      this.args = args;
    }

    @Override
    long exec(G g, Frame f) {
      Closure c = (Closure) fn.eval(f);
      if (c == null) {
        throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
      }
      G started = new G(g.machine, c, args, f);
      f.pc++;
      int id = g.ops.go(started, line);
      if (c.upvals.length > 0) {
        int self = g.ops.self();
        for (Cell cell : c.upvals) {
          cell.addSharer(self);
          cell.addSharer(id);
        }
      }
      return CostModel.GO_NS;
    }
  }

  static final class Return extends Instr {
    private static final Object[] NO_RESULTS = {};
    final Ev[] values;

    Return(Ev[] values) {
      this.values = values;
    }

    @Override
    long exec(G g, Frame f) {
      List<GoType> types = f.fn.type.results();
      Object[] rs = values.length == 0 ? NO_RESULTS : new Object[values.length];
      for (int i = 0; i < rs.length; i++) {
        rs[i] = Values.conform(values[i].eval(f), types.get(i));
      }
      if (f.fn.namedResults != null) {
        // return with values assigns the named results; deferred calls may still change them
        for (int i = 0; i < rs.length; i++) {
          f.set(f.fn.namedResults.get(i), rs[i]);
        }
      }
      f.results = rs;
      f.returning = true;
      return g.continueReturn(f);
    }
  }

  static final class Defer extends Instr {
    final Ev fn;
    final Ev[] args;

    Defer(Ev fn, Ev[] args) {
      this.fn = fn;
      this.args = args;
    }

    @Override
    long exec(G g, Frame f) {
      Object v = fn.eval(f);
      if (v instanceof dev.gorolab.sim.lib.NativeFunc nf) {
        // defer cancel(): the library's func value runs when the frame returns
        Object[] values = args(args, f);
        Instr run = new Instr() {
          @Override
          long exec(G g2, Frame f2) {
            LibCall.callNative(nf, g2, values);
            return CostModel.CALL_NS;
          }
        };
        run.line = line;
        addDefer(f, new Deferred(null, null, run));
        f.pc++;
        return CostModel.SIMPLE_NS;
      }
      Closure c = (Closure) v;
      addDefer(f, new Deferred(c, args(args, f), null));
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  static void addDefer(Frame f, Deferred d) {
    if (f.defers == null) {
      f.defers = new ArrayList<>(2);
    }
    f.defers.add(d);
  }

  /** Builds the deferred library action from the values its operands had at the defer statement. */
  interface ActionFactory {
    Instr build(Ev[] constants);
  }

  static final class DeferAction extends Instr {
    final Ev[] operands;
    final ActionFactory factory;

    DeferAction(Ev[] operands, ActionFactory factory) {
      this.operands = operands;
      this.factory = factory;
    }

    @Override
    long exec(G g, Frame f) {
      Ev[] consts = new Ev[operands.length];
      for (int i = 0; i < consts.length; i++) {
        consts[i] = new Ev.Const(operands[i].eval(f));
      }
      Instr action = factory.build(consts);
      action.line = line;
      addDefer(f, new Deferred(null, null, action));
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  /**
   * {@code go lib(args)} ({@code go fmt.Println(x)}): the arguments are evaluated here, as for any
   * go statement, and a new goroutine whose function is the library's runs the call, then exits.
   */
  static final class GoAction extends Instr {
    final Ev[] operands;
    final ActionFactory factory;
    final String goName;

    GoAction(Ev[] operands, ActionFactory factory, String goName) {
      this.operands = operands;
      this.factory = factory;
      this.goName = goName;
    }

    @Override
    long exec(G g, Frame f) {
      Ev[] consts = new Ev[operands.length];
      for (int i = 0; i < consts.length; i++) {
        consts[i] = new Ev.Const(operands[i].eval(f));
      }
      Instr action = factory.build(consts);
      action.line = line;
      Instr ret = new Return(new Ev[0]);
      ret.line = line;
      FnCode fn = new FnCode(goName, new GoType.Func(List.of(), List.of()), null);
      fn.line = line;
      fn.code = new Instr[] {action, ret};
      G started = new G(g.machine, new Closure(fn, null), new Ev[0], f);
      f.pc++;
      g.ops.go(started, line);
      return CostModel.GO_NS;
    }
  }

  static final class Send extends Instr {
    final Ev ch;
    final Ev value;

    Send(Ev ch, Ev value) {
      this.ch = ch;
      this.value = value;
    }

    @Override
    long exec(G g, Frame f) {
      Object c = ch.eval(f);
      Object v = value.eval(f);
      if (c != null) {
        v = Values.conform(v, ((ChanValue) c).type().elem());
      }
      return parkedOrNext(g, f, g.ops.send(chan(c), v), CostModel.CHANNEL_NS);
    }
  }

  /**
   * A receive from {@code ch} (R7.3): done at once, or parked until a sender, a close or a
   * select's wake-up resumes it; either way {@link #complete} takes the value.
   */
  abstract static class Receive extends Instr {
    final Ev ch;

    Receive(Ev ch) {
      this.ch = ch;
    }

    @Override
    long exec(G g, Frame f) {
      RecvResult r = g.ops.receive(chan(ch.eval(f)));
      if (r.parked()) {
        g.awaiting = this;
      } else {
        complete(f, r.value(), r.ok());
      }
      return CostModel.CHANNEL_NS;
    }

    @Override
    long resume(G g, Frame f, Resumption r) {
      complete(f, r.value(), r.ok());
      return CostModel.SIMPLE_NS;
    }

    /** Takes the received value ({@code ok} false: the zero value of a closed channel) and moves on. */
    abstract void complete(Frame f, Object v, boolean ok);
  }

  /** {@code v := <-ch}, {@code v, ok := <-ch}, {@code <-ch}. */
  static final class Recv extends Receive {
    final Target value;
    final Target ok;

    Recv(Ev ch, Target value, Target ok) {
      super(ch);
      this.value = value;
      this.ok = ok;
    }

    @Override
    void complete(Frame f, Object v, boolean okay) {
      value.set(f, v);
      if (ok != null) {
        ok.set(f, okay);
      }
      f.pc++;
    }
  }

  /** One step of {@code for v := range ch}: receive, or leave the loop when the channel is closed. */
  static final class RangeChan extends Receive {
    final Target key;
    int exitPc;

    RangeChan(Ev ch, Target key) {
      super(ch);
      this.key = key;
    }

    @Override
    void complete(Frame f, Object v, boolean ok) {
      if (!ok) {
        f.pc = exitPc;
        return;
      }
      if (key != null) {
        key.set(f, v);
      }
      f.pc++;
    }
  }

  /** One step of {@code for i, v := range s} over a slice evaluated once before the loop. */
  static final class RangeSlice extends Instr {
    final Ev slice;
    final VarInfo index;
    final Target key;
    final Target value;
    int exitPc;

    RangeSlice(Ev slice, VarInfo index, Target key, Target value) {
      this.slice = slice;
      this.index = index;
      this.key = key;
      this.value = value;
    }

    @Override
    long exec(G g, Frame f) {
      Object x = slice.eval(f);
      if (x instanceof dev.gorolab.sim.program.GoPointer p) {
        x = p.load(); // range over a pointer to an array
      }
      long i = (Long) f.get(index);
      if (x instanceof String str) {
        // by rune (spec: For statements with range clause): the key is the rune's byte offset;
        // an invalid UTF-8 byte is the rune U+FFFD of width 1
        byte[] bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (i >= bytes.length) {
          f.pc = exitPc;
          return CostModel.SIMPLE_NS;
        }
        int at = (int) i;
        int b0 = bytes[at] & 0xff;
        int width = b0 < 0x80 ? 1 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 1;
        if (at + width > bytes.length) {
          width = 1;
        }
        String one = new String(bytes, at, width, java.nio.charset.StandardCharsets.UTF_8);
        long rune = width == 1 && b0 >= 0x80 ? 0xFFFD : one.codePointAt(0);
        if (key != null) {
          key.set(f, i);
        }
        if (value != null) {
          value.set(f, rune);
        }
        f.set(index, i + width);
        f.pc++;
        return CostModel.SIMPLE_NS;
      }
      if (x instanceof dev.gorolab.sim.program.GoArray a) {
        if (i >= a.len()) {
          f.pc = exitPc;
          return CostModel.SIMPLE_NS;
        }
        if (key != null) {
          key.set(f, i);
        }
        if (value != null) {
          value.set(f, a.get((int) i));
        }
        f.set(index, i + 1);
        f.pc++;
        return CostModel.SIMPLE_NS;
      }
      dev.gorolab.sim.program.GoSlice s = (dev.gorolab.sim.program.GoSlice) x;
      if (s == null || i >= s.len()) {
        f.pc = exitPc;
        return CostModel.SIMPLE_NS;
      }
      if (key != null) {
        key.set(f, i);
      }
      if (value != null) {
        value.set(f, s.get((int) i));
      }
      f.set(index, i + 1);
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  /**
   * One step of {@code for k, v := range m}. The first step takes the keys present now and starts
   * at an entry the chooser draws (runtime/map.go mapiterinit, go1.19: a fastrand start bucket and
   * offset, so each range may see another order), wrapping around. An entry deleted before it is
   * reached is not produced (spec: For statements with range clause); entries added during the
   * loop are not produced either, one of the outcomes the spec allows.
   */
  static final class RangeMap extends Instr {
    final Ev map;
    final VarInfo keys;
    final VarInfo index;
    final Target key;
    final Target value;
    int exitPc;

    RangeMap(Ev map, VarInfo keys, VarInfo index, Target key, Target value) {
      this.map = map;
      this.keys = keys;
      this.index = index;
      this.key = key;
      this.value = value;
    }

    @Override
    long exec(G g, Frame f) {
      dev.gorolab.sim.program.GoMap m = (dev.gorolab.sim.program.GoMap) map.eval(f);
      long i = (Long) f.get(index);
      if (i < 0) {
        if (m == null || m.len() == 0) {
          f.pc = exitPc;
          return CostModel.SIMPLE_NS;
        }
        Object[] present = m.keys();
        int start = g.ops.mapIterationStart(present.length);
        Object[] order = new Object[present.length];
        for (int k = 0; k < present.length; k++) {
          order[k] = present[(start + k) % present.length];
        }
        f.set(keys, dev.gorolab.sim.program.GoSlice.of(new GoType.Slice(m.type().key()), order));
        i = 0;
      }
      dev.gorolab.sim.program.GoSlice order = (dev.gorolab.sim.program.GoSlice) f.get(keys);
      while (i < order.len() && (m == null || !m.has(order.get((int) i)))) {
        i++;
      }
      if (i >= order.len()) {
        f.pc = exitPc;
        return CostModel.SIMPLE_NS;
      }
      Object k = order.get((int) i);
      if (key != null) {
        key.set(f, k);
      }
      if (value != null) {
        value.set(f, m.get(k));
      }
      f.set(index, i + 1);
      f.pc++;
      return CostModel.SIMPLE_NS;
    }
  }

  /** One case of a select, filled in while compiling its clause. */
  static final class Case {
    Ev ch;
    Ev value;
    Target recvValue;
    Target recvOk;
    int bodyPc;
    boolean isSend;
    /** The receive case built last time, reused while the channel is the same (a select in a loop). */
    private SelectCase lastReceive;

    SelectCase receive(Channel ch) {
      SelectCase last = lastReceive;
      if (last == null || last.channel() != ch) {
        last = SelectCase.receive(ch);
        lastReceive = last;
      }
      return last;
    }
  }

  static final class Select extends Instr {
    final List<Case> cases = new ArrayList<>();
    int defaultPc = -1;

    @Override
    long exec(G g, Frame f) {
      List<SelectCase> sc = new ArrayList<>(cases.size());
      for (Case c : cases) {
        Object ch = c.ch.eval(f);
        if (c.isSend) {
          Object v = c.value.eval(f);
          if (ch != null) {
            v = Values.conform(v, ((ChanValue) ch).type().elem());
          }
          sc.add(SelectCase.send(chan(ch), v));
        } else {
          sc.add(c.receive(chan(ch)));
        }
      }
      SelectResult r = g.ops.select(sc, defaultPc >= 0);
      if (r.parked()) {
        g.awaiting = this;
      } else {
        complete(f, r.chosen(), r.value(), r.ok());
      }
      return CostModel.CHANNEL_NS;
    }

    private void complete(Frame f, int chosen, Object v, boolean ok) {
      if (chosen == SelectResult.DEFAULT_CASE) {
        f.pc = defaultPc;
        return;
      }
      Case c = cases.get(chosen);
      if (!c.isSend) {
        if (c.recvValue != null) {
          c.recvValue.set(f, v);
        }
        if (c.recvOk != null) {
          c.recvOk.set(f, ok);
        }
      }
      f.pc = c.bodyPc;
    }

    @Override
    long resume(G g, Frame f, Resumption r) {
      complete(f, r.chosenCase(), r.value(), r.ok());
      return CostModel.SIMPLE_NS;
    }
  }

  static final class Print extends Instr {
    final Stmt.PrintKind kind;
    final Ev[] args;

    Print(Stmt.PrintKind kind, Ev[] args) {
      this.kind = kind;
      this.args = args;
    }

    @Override
    long exec(G g, Frame f) {
      List<Object> values = new ArrayList<>(args.length);
      for (Ev a : args) {
        values.add(a.eval(f));
      }
      String text = switch (kind) {
        case PRINTLN -> GoFormat.sprintln(values, g.machine.methodSets.forFmt(g));
        case PRINT -> GoFormat.sprint(values, g.machine.methodSets.forFmt(g));
        case PRINTF -> GoFormat.sprintf((String) values.get(0), values.subList(1, values.size()), g.machine.methodSets.forFmt(g));
      };
      g.ops.print(text);
      f.pc++;
      return CostModel.PRINT_NS;
    }
  }

  static final class Sleep extends Instr {
    final Ev duration;

    Sleep(Ev duration) {
      this.duration = duration;
    }

    @Override
    long exec(G g, Frame f) {
      return parkedOrNext(g, f, g.ops.sleep(nanos(duration.eval(f))), CostModel.RUNTIME_CALL_NS);
    }
  }

  /** CPU-bound work, run in chunks of at most maxStepNanos so that preemption lands on time. */
  static final class Work extends Instr {
    final Ev duration;

    Work(Ev duration) {
      this.duration = duration;
    }

    @Override
    long exec(G g, Frame f) {
      if (g.workLeftNanos <= 0) {
        g.workLeftNanos = nanos(duration.eval(f));
        if (g.workLeftNanos <= 0) {
          g.workLeftNanos = 0;
          f.pc++;
          return CostModel.SIMPLE_NS;
        }
      }
      long chunk = Math.min(g.workLeftNanos, g.machine.maxStepNanos);
      g.workLeftNanos -= chunk;
      if (g.workLeftNanos == 0) {
        f.pc++;
      }
      return chunk;
    }
  }

  static final class Syscall extends Instr {
    final Ev duration;

    Syscall(Ev duration) {
      this.duration = duration;
    }

    @Override
    long exec(G g, Frame f) {
      return parkedOrNext(g, f, g.ops.syscall(Math.max(0, nanos(duration.eval(f)))), CostModel.RUNTIME_CALL_NS);
    }
  }

  static final class Gosched extends Instr {
    @Override
    long exec(G g, Frame f) {
      return parkedOrNext(g, f, g.ops.gosched(), CostModel.RUNTIME_CALL_NS);
    }
  }

  static final class Close extends Instr {
    final Ev ch;

    Close(Ev ch) {
      this.ch = ch;
    }

    @Override
    long exec(G g, Frame f) {
      f.pc++;
      g.ops.close(chan(ch.eval(f)));
      return CostModel.CHANNEL_NS;
    }
  }

  static final class Panic extends Instr {
    final Ev value;

    Panic(Ev value) {
      this.value = value;
    }

    @Override
    long exec(G g, Frame f) {
      Object v = value.eval(f);
      // printpanicval after preprintpanics (runtime/panic.go): an error prints as its Error(), a
      // Stringer as its String()
      GoFormat.MethodResult r = v == null ? null : g.machine.methodSets.fmtCall(v, g);
      throw new GoPanic(r != null && r.text() != null ? r.text() : Values.panicValue(v, g.machine.addresses), v);
    }
  }

  /** {@code runtime.Goexit()}: deferred calls run, then the goroutine exits (R11.2). */
  static final class Goexit extends Instr {
    @Override
    long exec(G g, Frame f) {
      return g.startGoexit();
    }
  }

  /** {@code os.Exit(code)}: the program ends at once; deferred calls do not run. */
  static final class OsExit extends Instr {
    final Ev code;

    OsExit(Ev code) {
      this.code = code;
    }

    @Override
    long exec(G g, Frame f) {
      g.ops.osExit((int) Values.toLong(code.eval(f)));
      return CostModel.EXIT_NS;
    }
  }

  static final class WaitGroupAdd extends Instr {
    final Ev wg;
    final Ev delta;

    WaitGroupAdd(Ev wg, Ev delta) {
      this.wg = wg;
      this.delta = delta;
    }

    @Override
    long exec(G g, Frame f) {
      f.pc++;
      g.ops.waitGroupAdd((WaitGroup) wg.eval(f), (int) Values.toLong(delta.eval(f)));
      return CostModel.SYNC_NS;
    }
  }

  static final class WaitGroupWait extends Instr {
    final Ev wg;

    WaitGroupWait(Ev wg) {
      this.wg = wg;
    }

    @Override
    long exec(G g, Frame f) {
      WaitGroup w = (WaitGroup) wg.eval(f);
      OpResult r = g.ops.waitGroupWait(w);
      if (g.machine.watch != null && !r.parked()) {
        g.machine.watch.waitGroupWaited(g.ops.self(), w.name());
      }
      return parkedOrNext(g, f, r, CostModel.SYNC_NS);
    }
  }

  static final class Lock extends Instr {
    final Ev mu;
    final boolean unlock;

    Lock(Ev mu, boolean unlock) {
      this.mu = mu;
      this.unlock = unlock;
    }

    @Override
    long exec(G g, Frame f) {
      Mutex m = (Mutex) mu.eval(f);
      return parkedOrNext(g, f, unlock ? g.ops.unlock(m) : g.ops.lock(m), CostModel.SYNC_NS);
    }
  }

  /** A library method that may park (RWMutex.Lock, Cond.Wait, ...): one blocking runtime call. */
  static final class Blocking extends Instr {
    final dev.gorolab.sim.lib.BlockingFunc impl;
    final Ev[] args;

    Blocking(dev.gorolab.sim.lib.BlockingFunc impl, Ev[] args) {
      this.impl = impl;
      this.args = args;
    }

    @Override
    long exec(G g, Frame f) {
      Object[] vs = args(args, f);
      return parkedOrNext(g, f, LibCall.block(impl, g, vs), CostModel.SYNC_NS);
    }
  }

  /**
   * {@code once.Do(f)} as go1.19's sync/once.go: a done Once returns at once; otherwise doSlow
   * locks {@code o.m}, and if still not done calls f with two deferred calls of doSlow's, run when
   * f returns or panics: {@code atomic.StoreUint32(&o.done, 1)}, then {@code o.m.Unlock()}.
   */
  static final class OnceDo extends Instr {
    final Ev once;
    final Ev fn;

    OnceDo(Ev once, Ev fn) {
      this.once = once;
      this.fn = fn;
    }

    @Override
    long exec(G g, Frame f) {
      dev.gorolab.sim.lib.sync.OnceValue o = (dev.gorolab.sim.lib.sync.OnceValue) once.eval(f);
      if (o.done()) {
        f.pc++; // the fast path: atomic.LoadUint32(&o.done) == 1
        return CostModel.SIMPLE_NS;
      }
      if (g.ops.lock(o.m()).parked()) {
        g.awaiting = this;
        return CostModel.SYNC_NS;
      }
      return doSlow(g, f, o);
    }

    @Override
    long resume(G g, Frame f, Resumption r) {
      return doSlow(g, f, (dev.gorolab.sim.lib.sync.OnceValue) once.eval(f));
    }

    private long doSlow(G g, Frame f, dev.gorolab.sim.lib.sync.OnceValue o) {
      f.pc++;
      if (o.done()) {
        // another goroutine's f ran while this one waited for o.m
        if (g.ops.unlock(o.m()).parked()) {
          g.awaiting = YIELDED; // a starving hand-off made this goroutine yield; nothing is left to do
        }
        return CostModel.SYNC_NS;
      }
      Instr unlock = new Lock(new Ev.Const(o.m()), true);
      unlock.line = line;
      Closure c = (Closure) fn.eval(f);
      if (c == null) {
        throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
      }
      Frame callee = g.push(c, new Object[0], null);
      Instr markDone = new MarkOnceDone(o);
      markDone.line = line;
      addDefer(callee, new Deferred(null, null, unlock));
      addDefer(callee, new Deferred(null, null, markDone));
      return CostModel.CALL_NS;
    }
  }

  /** Where a goroutine waits whose instruction already completed before it yielded. */
  static final Instr YIELDED = new Instr() {
    @Override
    long exec(G g, Frame f) {
      throw new IllegalStateException("never executed");
    }

    @Override
    long resume(G g, Frame f, Resumption r) {
      return CostModel.SIMPLE_NS;
    }
  };

  /** doSlow's {@code defer atomic.StoreUint32(&o.done, 1)}. */
  static final class MarkOnceDone extends Instr {
    final dev.gorolab.sim.lib.sync.OnceValue once;

    MarkOnceDone(dev.gorolab.sim.lib.sync.OnceValue once) {
      this.once = once;
    }

    @Override
    long exec(G g, Frame f) {
      once.markDone();
      return CostModel.SIMPLE_NS;
    }
  }

  /** Used where GoOps ends the goroutine, to read the ops field in one place. */
  static GoOps ops(G g) {
    return g.ops;
  }
}
