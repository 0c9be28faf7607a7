package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.FunctionDecl;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import dev.gorolab.sim.program.Library;
import dev.gorolab.sim.program.Lookup;
import dev.gorolab.sim.program.Param;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.Stmt;
import dev.gorolab.sim.program.TypeInfo;
import dev.gorolab.sim.program.Typed;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a checked program into flat instruction arrays with variables resolved to slots.
 *
 * <p>Receives and calls of user functions inside expressions are hoisted into instructions of
 * their own that store into hidden temporaries, so that expressions never block and every
 * blocking operation is a step of its own, as the model requires.
 */
final class Compiler {

  private static final class Scope {
    final Scope parent;
    final List<VarInfo> vars = new ArrayList<>();

    Scope(Scope parent) {
      this.parent = parent;
    }
  }

  /** An enclosing loop or select: where {@code break} and {@code continue} jump. */
  private static final class Breakable {
    final String label;
    final boolean loop;
    final List<Instr.Jump> breaks = new ArrayList<>();
    final List<Instr.Jump> continues = new ArrayList<>();

    Breakable(String label, boolean loop) {
      this.label = label;
      this.loop = loop;
    }
  }

  private static final class FnBuilder {
    final FnCode fn;
    final FnBuilder outer;
    final List<Instr> code = new ArrayList<>();
    final List<Breakable> breakables = new ArrayList<>();
    /** The pc of each label of the function, and the gotos to patch once all are known. */
    final java.util.Map<String, Integer> labels = new java.util.TreeMap<>();
    final java.util.Map<Instr.Jump, String> gotos = new java.util.LinkedHashMap<>();
    Scope scope;

    FnBuilder(FnCode fn, FnBuilder outer) {
      this.fn = fn;
      this.outer = outer;
      this.scope = new Scope(null);
    }
  }

  private final Program program;
  /** What the checker found: every expression's type and every constant's value. */
  private final TypeInfo info;
  private final List<String> globalNames = new ArrayList<>();
  private final List<GoType> globalTypes = new ArrayList<>();
  private final Object[] globals;
  private final List<FnCode> functions = new ArrayList<>();
  /** The methods of the program's defined types, by type and name. */
  private final java.util.Map<GoType.Named, java.util.Map<String, FnCode>> methods = new java.util.LinkedHashMap<>();
  private FnBuilder cur;
  private int line;
  /** The variable a {@code make(chan ...)} being compiled is assigned to, to name the channel. */
  private String pendingName;

  private Compiler(Program program, TypeInfo info) {
    this.program = program;
    this.info = info;
    int n = 0;
    for (Stmt.Var v : program.globals()) {
      n += v.names().size();
    }
    globals = new Object[n];
  }

  static Machine compile(Program program, TypeInfo info, long maxStepNanos) {
    Compiler c = new Compiler(program, info);
    return c.run(maxStepNanos);
  }

  private Machine run(long maxStepNanos) {
    for (Stmt.Var v : program.globals()) {
      for (String name : v.names()) {
        globals[globalNames.size()] = Values.zero(v.type());
        globalNames.add(name);
        globalTypes.add(v.type());
      }
    }
    List<FnCode> all = new ArrayList<>();
    for (FunctionDecl d : program.functions()) {
      FnCode fn;
      if (d.receiver() != null) {
        // Go's names of methods: main.(*Counter).Inc, main.Counter.Get
        GoType.Named recv = d.receiverType();
        boolean ptr = d.receiver().type() instanceof GoType.Pointer;
        List<GoType> ps = new ArrayList<>();
        ps.add(d.receiver().type());
        ps.addAll(d.type().params());
        fn = new FnCode("main." + (ptr ? "(*" + recv.name() + ")" : recv.name()) + "." + d.name(),
            new GoType.Func(ps, d.results(), d.variadic()), null);
        methods.computeIfAbsent(recv, k -> new java.util.LinkedHashMap<>()).put(d.name(), fn);
      } else {
        fn = new FnCode("main." + d.name(), d.type(), null);
        functions.add(fn);
      }
      fn.line = d.line();
      fn.plain = new Closure(fn, null);
      all.add(fn);
    }
    FnCode main = null;
    for (int i = 0; i < program.functions().size(); i++) {
      FunctionDecl d = program.functions().get(i);
      FnCode fn = all.get(i);
      if (d.name().equals("main") && d.receiver() == null) {
        main = fn;
      }
      List<Param> params = d.params();
      if (d.receiver() != null) {
        params = new ArrayList<>();
        params.add(new Param(d.receiver().name().isEmpty() ? "_" : d.receiver().name(), d.receiver().type()));
        params.addAll(d.params());
      }
      namedResultsOfNext = d.namedResults();
      compileFunction(fn, params, d.body(), null, fn == main, d.line());
    }
    if (main == null) {
      throw new IllegalArgumentException("program has no main function; check it with ProgramChecker first");
    }
    return new Machine(main, globals, globalNames, globalTypes, maxStepNanos, new MethodSets(methods), program.numCPU());
  }

  /** {@code recover()}: see {@link G#recover}. */
  private static final class Recover extends Ev {
    @Override
    Object eval(Frame f) {
      return f.g.recover(f);
    }
  }

  /** The named results of the function compiled next (compileFunction takes them). */
  private List<Param> namedResultsOfNext = List.of();

  private void compileFunction(
      FnCode fn, List<Param> params, List<Stmt> body, FnBuilder outer, boolean withInit, int declLine) {
    FnBuilder saved = cur;
    cur = new FnBuilder(fn, outer);
    for (Param p : params) {
      VarInfo v = declare(p.name().isEmpty() ? "_" : p.name(), p.type());
      fn.params.add(v);
    }
    List<Param> named = namedResultsOfNext;
    namedResultsOfNext = List.of();
    if (!named.isEmpty()) {
      fn.namedResults = new ArrayList<>();
      for (Param p : named) {
        VarInfo v = declare(p.name(), p.type());
        fn.namedResults.add(v);
        emit(new Instr.Zero(new Target.Declare(v), p.type(), p.name()));
      }
    }
    if (withInit) {
      compileGlobalInit();
      fn.entryPc = cur.code.size();
    }
    for (Stmt s : body) {
      stmt(s);
    }
    line = lastLine(body, declLine);
    emit(new Instr.Return(new Ev[0]));
    for (java.util.Map.Entry<Instr.Jump, String> g : cur.gotos.entrySet()) {
      Integer target = cur.labels.get(g.getValue());
      if (target == null) {
        throw new IllegalStateException("goto " + g.getValue() + " without its label; check the program first");
      }
      g.getKey().target = target;
    }
    fn.code = cur.code.toArray(new Instr[0]);
    cur = saved;
  }

  private static int lastLine(List<Stmt> body, int fallback) {
    return body.isEmpty() ? fallback : Math.max(body.get(body.size() - 1).line(), fallback);
  }

  private void compileGlobalInit() {
    int index = 0;
    for (Stmt.Var v : program.globals()) {
      line = v.line();
      if (v.values().isEmpty()) {
        for (String name : v.names()) {
          if (Structs.needsRuntime(v.type())) {
            emit(new Instr.Zero(new Target.Global(globals, index, v.type()), v.type(), name));
          }
          index++;
        }
        continue;
      }
      int first = index;
      List<Target> targets = new ArrayList<>();
      for (int i = 0; i < v.names().size(); i++) {
        targets.add(new Target.Global(globals, first + i, v.type()));
      }
      pendingName = v.names().get(0);
      if (v.type() != null) {
        pendingTypes = java.util.Collections.nCopies(v.names().size(), v.type());
      }
      assignValues(targets, v.values());
      index += v.names().size();
    }
  }

  // ---- emission and scopes ----

  private <T extends Instr> T emit(T instr) {
    instr.line = line;
    cur.code.add(instr);
    return instr;
  }

  private int pc() {
    return cur.code.size();
  }

  private void openScope() {
    cur.scope = new Scope(cur.scope);
  }

  private void closeScope() {
    int end = pc();
    for (VarInfo v : cur.scope.vars) {
      v.endPc = end;
    }
    cur.scope = cur.scope.parent;
  }

  /** Declares a variable visible from the next instruction on. */
  private VarInfo declare(String name, GoType type) {
    VarInfo v = cur.fn.newVar(name, type, name.equals("_"));
    v.startPc = pc() + 1;
    if (!name.equals("_")) {
      cur.scope.vars.add(v);
    }
    return v;
  }

  private VarInfo temp() {
    return cur.fn.newVar("", null, true);
  }

  private static VarInfo lookup(FnBuilder b, String name) {
    for (Scope s = b.scope; s != null; s = s.parent) {
      for (int i = s.vars.size() - 1; i >= 0; i--) {
        if (s.vars.get(i).name.equals(name)) {
          return s.vars.get(i);
        }
      }
    }
    return null;
  }

  private static int upvalIndex(FnBuilder b, VarInfo v) {
    List<UpvalRef> ups = b.fn.upvals;
    for (int i = 0; i < ups.size(); i++) {
      if (ups.get(i).var() == v) {
        return i;
      }
    }
    if (v.owner == b.outer.fn) {
      ups.add(new UpvalRef(v, true, -1));
    } else {
      ups.add(new UpvalRef(v, false, upvalIndex(b.outer, v)));
    }
    return ups.size() - 1;
  }

  /** What a name refers to: a local, a captured variable, a global, or a function (null if none). */
  private Object resolve(String name) {
    VarInfo local = lookup(cur, name);
    if (local != null) {
      return local;
    }
    for (FnBuilder b = cur.outer; b != null; b = b.outer) {
      VarInfo v = lookup(b, name);
      if (v != null) {
        v.captured = true;
        return new int[] {upvalIndex(cur, v)};
      }
    }
    int g = globalNames.indexOf(name);
    if (g >= 0) {
      return g;
    }
    for (FnCode fn : functions) {
      if (fn.goName.equals("main." + name)) {
        return fn;
      }
    }
    return null;
  }

  private Ev load(String name) {
    Object r = resolve(name);
    if (r instanceof VarInfo v) {
      return new Ev.Local(v);
    }
    if (r instanceof int[] up) {
      return new Ev.Upval(up[0]);
    }
    if (r instanceof Integer g) {
      return new Ev.Global(globals, g);
    }
    if (r instanceof FnCode fn) {
      return new Ev.Const(fn.plain);
    }
    return switch (name) {
      case "true" -> new Ev.Const(Boolean.TRUE);
      case "false" -> new Ev.Const(Boolean.FALSE);
      case "nil" -> new Ev.Const(null);
      default -> throw new IllegalStateException("unresolved name " + name + "; check the program first");
    };
  }

  private Target store(String name) {
    if (name.equals("_")) {
      return Target.Blank.INSTANCE;
    }
    Object r = resolve(name);
    if (r instanceof VarInfo v) {
      return new Target.Local(v);
    }
    if (r instanceof int[] up) {
      VarInfo v = cur.fn.upvals.get(up[0]).var();
      return new Target.Upval(up[0], v.type);
    }
    if (r instanceof Integer g) {
      return new Target.Global(globals, g, globalTypes.get(g));
    }
    throw new IllegalStateException("cannot assign to " + name);
  }

  private Target target(Expr e) {
    if (e instanceof Expr.Ident id) {
      return store(id.name());
    }
    if (e instanceof Expr.Index ix && mapType(ix.operand()) != null) {
      GoType.Map m = mapType(ix.operand());
      return new Target.MapEntry(expr(ix.operand()), expr(ix.index()), m);
    }
    if (e instanceof Expr.Index ix) {
      Ev x = expr(ix.operand());
      if (GoType.under(info.type(ix.operand())) instanceof GoType.Pointer) {
        x = new AggregateEv.Deref(x);
      }
      return new Target.Element(x, expr(ix.index()));
    }
    if (e instanceof Expr.Selector s && info.selection(s) != null) {
      Lookup.Selection sel = info.selection(s);
      int[] path = sel.path();
      Ev holder = fieldPath(expr(s.operand()), info.type(s.operand()), java.util.Arrays.copyOf(path, path.length - 1), true);
      return new AggregateEv.FieldTarget(holder, path[path.length - 1], sel.type());
    }
    if (e instanceof Expr.Unary u && u.op().equals("*")) {
      return new AggregateEv.DerefTarget(expr(u.operand()));
    }
    throw new IllegalStateException("not assignable: " + e);
  }

  // ---- statements ----

  private void block(List<Stmt> body) {
    openScope();
    for (Stmt s : body) {
      stmt(s);
    }
    closeScope();
  }

  private void stmt(Stmt s) {
    line = s.line();
    if (s instanceof Stmt.Var v) {
      varDecl(v);
    } else if (s instanceof Stmt.Let let) {
      let(let.names(), let.values());
    } else if (s instanceof Stmt.Assign a) {
      assign(a);
    } else if (s instanceof Stmt.IncDec x) {
      Target t = target(x.target());
      Ev old = expr(x.target());
      Ev one = new Ev.Const(isFloat(info.type(x.target())) ? (Object) 1.0 : (Object) 1L);
      emit(new Instr.Assign(new Target[] {t},
          new Ev[] {typedBinary(x.increment() ? "+" : "-", old, one, info.type(x.target()))}, CostModel.SIMPLE_NS));
    } else if (s instanceof Stmt.ExprStmt es) {
      exprStmt(es.expr());
    } else if (s instanceof Stmt.Make m) {
      Ev[] args = m.capacity() == null ? new Ev[] {null} : new Ev[] {null, expr(m.capacity())};
      Ev make = new Ev.Lib("make", args, m.type(), m.name());
      VarInfo v = declare(m.name(), m.type());
      emit(new Instr.Assign(new Target[] {new Target.Declare(v)}, new Ev[] {make}, CostModel.CHANNEL_NS));
    } else if (s instanceof Stmt.Send send) {
      Ev ch = expr(send.channel());
      Ev v = val(send.value());
      if (info.type(send.channel()) != null && GoType.under(info.type(send.channel())) instanceof GoType.Chan ct) {
        v = convTo(send.value(), v, ct.elem());
      }
      emit(new Instr.Send(ch, v));
    } else if (s instanceof Stmt.Print p) {
      emit(new Instr.Print(p.kind(), ifaceArgs(p.args())));
    } else if (s instanceof Stmt.Sleep sl) {
      emit(new Instr.Sleep(expr(sl.duration())));
    } else if (s instanceof Stmt.Work w) {
      emit(new Instr.Work(expr(w.duration())));
    } else if (s instanceof Stmt.Syscall sc) {
      emit(new Instr.Syscall(expr(sc.duration())));
    } else if (s instanceof Stmt.Go g) {
      if (!isUserCall(g.call()) && g.call().fun() instanceof Expr.Selector) {
        libAction(g.call(), true);
        return;
      }
      Ev fn = callee(g.call().fun());
      emit(new Instr.Go(fn, callArgs(g.call())));
    } else if (s instanceof Stmt.Defer d) {
      defer(d.call());
    } else if (s instanceof Stmt.Close c) {
      emit(new Instr.Close(expr(c.channel())));
    } else if (s instanceof Stmt.Panic p) {
      emit(new Instr.Panic(ifaceArgs(List.of(p.value()))[0]));
    } else if (s instanceof Stmt.If i) {
      ifStmt(i);
    } else if (s instanceof Stmt.For f) {
      forStmt(f);
    } else if (s instanceof Stmt.ForRange r) {
      rangeStmt(r);
    } else if (s instanceof Stmt.Select sel) {
      selectStmt(sel);
    } else if (s instanceof Stmt.Switch sw) {
      switchStmt(sw);
    } else if (s instanceof Stmt.TypeSwitch ts) {
      typeSwitch(ts);
    } else if (s instanceof Stmt.Break b) {
      Breakable t = breakable(b.label(), false);
      t.breaks.add(emit(new Instr.Jump()));
    } else if (s instanceof Stmt.Continue c) {
      Breakable t = breakable(c.label(), true);
      t.continues.add(emit(new Instr.Jump()));
    } else if (s instanceof Stmt.Label l) {
      cur.labels.put(l.label(), pc());
    } else if (s instanceof Stmt.Goto g) {
      // spec: Goto statements; a plain jump, as cmd/compile's ssagen lowers OGOTO to a block edge
      cur.gotos.put(emit(new Instr.Jump()), g.label());
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.Block b) {
      block(b.body());
    } else if (s instanceof Stmt.Const || s instanceof Stmt.TypeDecl) {
      // constants were folded by the checker and types exist only at compile time: no code
    } else {
      throw new IllegalStateException("statement " + s);
    }
  }

  private static boolean isFloat(GoType t) {
    GoType u = t instanceof GoType.Named n ? n.underlying() : t;
    return u == Basic.FLOAT64 || u == Basic.FLOAT32;
  }

  private Breakable breakable(String label, boolean isContinue) {
    for (int i = cur.breakables.size() - 1; i >= 0; i--) {
      Breakable b = cur.breakables.get(i);
      if (label != null ? label.equals(b.label) : (!isContinue || b.loop)) {
        return b;
      }
    }
    throw new IllegalStateException("break/continue outside a loop; check the program first");
  }

  private void varDecl(Stmt.Var v) {
    if (v.values().isEmpty()) {
      for (String name : v.names()) {
        VarInfo info = declare(name, v.type());
        emit(new Instr.Zero(new Target.Declare(info), v.type(), name));
        info.startPc = pc();
      }
      return;
    }
    pendingName = v.names().get(0);
    if (v.type() != null) {
      pendingTypes = java.util.Collections.nCopies(v.names().size(), v.type());
    }
    List<Target> targets = new ArrayList<>();
    List<VarInfo> infos = new ArrayList<>();
    // the values are compiled before the names are declared: "var x = x + 1" sees the outer x
    Runnable declareAll = () -> {
      for (String name : v.names()) {
        VarInfo info = declare(name, v.type());
        infos.add(info);
        targets.add(new Target.Declare(info));
      }
    };
    assignValues(targets, v.values(), declareAll);
    for (VarInfo info : infos) {
      info.startPc = pc();
    }
  }

  private void let(List<String> names, List<Expr> values) {
    pendingName = names.get(0);
    List<Target> targets = new ArrayList<>();
    List<VarInfo> infos = new ArrayList<>();
    List<GoType> inferred = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      inferred.add(values.size() == names.size() ? staticType(values.get(i)) : null);
    }
    Runnable declareAll = () -> {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        VarInfo existing = name.equals("_") ? null : lookupCurrentScope(name);
        if (existing != null) {
          targets.add(new Target.Local(existing));
        } else if (name.equals("_")) {
          targets.add(Target.Blank.INSTANCE);
        } else {
          VarInfo info = declare(name, null);
          info.inferred = inferred.get(i);
          infos.add(info);
          targets.add(new Target.Declare(info));
        }
      }
    };
    assignValues(targets, values, declareAll);
    for (VarInfo info : infos) {
      info.startPc = pc();
    }
  }

  private VarInfo lookupCurrentScope(String name) {
    for (VarInfo v : cur.scope.vars) {
      if (v.name.equals(name)) {
        return v;
      }
    }
    return null;
  }

  private void assign(Stmt.Assign a) {
    if (!a.op().equals("=")) {
      String op = a.op().substring(0, a.op().length() - 1);
      Expr t = a.targets().get(0);
      Ev value = expr(a.values().get(0));
      Ev old = expr(t);
      emit(new Instr.Assign(new Target[] {target(t)}, new Ev[] {typedBinary(op, old, value, info.type(t))},
          CostModel.SIMPLE_NS));
      return;
    }
    if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Ident id) {
      pendingName = id.name();
    }
    List<Target> targets = new ArrayList<>();
    List<GoType> types = new ArrayList<>();
    for (Expr t : a.targets()) {
      types.add(info.type(t));
    }
    pendingTypes = types;
    assignValues(targets, a.values(), () -> {
      for (Expr t : a.targets()) {
        targets.add(target(t));
      }
    });
  }

  private void assignValues(List<Target> targets, List<Expr> values) {
    assignValues(targets, values, () -> {});
  }

  /**
   * Emits the instruction(s) storing {@code values} into {@code targets}, which {@code makeTargets}
   * fills once the values are compiled: a receive or a call goes straight to its targets.
   */
  private void assignValues(List<Target> targets, List<Expr> values, Runnable makeTargets) {
    if (values.size() == 1 && values.get(0) instanceof Expr.Recv r) {
      Ev ch = expr(r.channel());
      makeTargets.run();
      emit(new Instr.Recv(ch, targets.get(0), targets.size() > 1 ? targets.get(1) : null));
      pendingName = null;
      return;
    }
    if (values.size() == 1 && values.get(0) instanceof Expr.Index ix && mapType(ix.operand()) != null) {
      // v := m[k], or v, ok := m[k] (makeTargets fills the targets, so count them after)
      GoType.Map m = mapType(ix.operand());
      Ev x = expr(ix.operand());
      Ev k = expr(ix.index());
      makeTargets.run();
      Ev[] evs = targets.size() == 2
          ? new Ev[] {new Ev.MapIndex(x, k, m, false), new Ev.MapIndex(x, k, m, true)}
          : new Ev[] {new Ev.MapIndex(x, k, m, false)};
      emit(new Instr.Assign(targets.toArray(new Target[0]), evs, CostModel.SIMPLE_NS));
      pendingName = null;
      return;
    }
    if (values.size() == 1 && values.get(0) instanceof Expr.Call call && !isUserCall(call)
        && info.type(call) instanceof GoType.Tuple) {
      // n, err := strconv.Atoi(s): a library call with several results
      Ev lib = expr(call);
      makeTargets.run();
      emit(new Instr.AssignResults(targets.toArray(new Target[0]), lib));
      pendingName = null;
      return;
    }
    if (values.size() == 1 && values.get(0) instanceof Expr.TypeAssert ta) {
      Ev x = expr(ta.operand());
      makeTargets.run();
      Ev[] evs = targets.size() == 2
          ? new Ev[] {new Ifaces.AssertValue(x, ta.type()), new Ifaces.Assert(x, ta.type(), info.type(ta.operand()), true)}
          : new Ev[] {new Ifaces.Assert(x, ta.type(), info.type(ta.operand()), false)};
      emit(new Instr.Assign(targets.toArray(new Target[0]), evs, CostModel.SIMPLE_NS));
      pendingName = null;
      return;
    }
    if (values.size() == 1 && values.get(0) instanceof Expr.Call call && isUserCall(call)) {
      Ev fn = callee(call.fun());
      Ev[] args = callArgs(call);
      makeTargets.run();
      emit(new Instr.Call(fn, args, targets.toArray(new Target[0])));
      pendingName = null;
      return;
    }
    Ev[] evs = new Ev[values.size()];
    for (int i = 0; i < evs.length; i++) {
      GoType to = pendingTypes != null && i < pendingTypes.size() ? pendingTypes.get(i) : null;
      evs[i] = convTo(values.get(i), copied(values.get(i), exprAs(values.get(i), to)), to);
    }
    pendingTypes = null;
    makeTargets.run();
    emit(new Instr.Assign(targets.toArray(new Target[0]), evs, CostModel.SIMPLE_NS));
    pendingName = null;
  }

  /** The static types of the targets of the assignment being compiled, when known (for constants). */
  private List<GoType> pendingTypes;

  private void exprStmt(Expr e) {
    if (e instanceof Expr.Recv r) {
      emit(new Instr.Recv(expr(r.channel()), Target.Blank.INSTANCE, null));
      return;
    }
    Expr.Call call = (Expr.Call) e;
    if (isUserCall(call)) {
      Ev fn = callee(call.fun());
      emit(new Instr.Call(fn, callArgs(call), null));
      return;
    }
    String name = libName(call);
    Ev[] args;
    switch (name) {
      case "fmt.Println" -> emit(new Instr.Print(Stmt.PrintKind.PRINTLN, ifaceArgs(call.args())));
      case "fmt.Print" -> emit(new Instr.Print(Stmt.PrintKind.PRINT, ifaceArgs(call.args())));
      case "fmt.Printf" -> emit(new Instr.Print(Stmt.PrintKind.PRINTF, ifaceArgs(call.args())));
      case "time.Sleep" -> emit(new Instr.Sleep(expr(call.args().get(0))));
      case "runtime.Gosched" -> emit(new Instr.Gosched());
      case "runtime.Goexit" -> emit(new Instr.Goexit());
      case "os.Exit" -> emit(new Instr.OsExit(expr(call.args().get(0))));
      case "close" -> emit(new Instr.Close(expr(call.args().get(0))));
      case "delete" -> emit(new Instr.Assign(new Target[] {Target.Blank.INSTANCE},
          new Ev[] {new Ev.MapDelete(expr(call.args().get(0)), expr(call.args().get(1)), mapType(call.args().get(0)))},
          CostModel.SIMPLE_NS));
      case "panic" -> emit(new Instr.Panic(ifaceArgs(call.args())[0]));
      case "WaitGroup.Add" -> {
        args = receiverAndArgs(call);
        emit(new Instr.WaitGroupAdd(args[0], args[1]));
      }
      case "WaitGroup.Done" -> emit(new Instr.WaitGroupAdd(receiver(call), new Ev.Const(-1L)));
      case "WaitGroup.Wait" -> emit(new Instr.WaitGroupWait(receiver(call)));
      case "Mutex.Lock" -> emit(new Instr.Lock(receiver(call), false));
      case "Mutex.Unlock" -> emit(new Instr.Lock(receiver(call), true));
      case dev.gorolab.sim.lib.sync.SyncPackage.ONCE_DO -> emit(new Instr.OnceDo(receiver(call), expr(call.args().get(0))));
      default -> {
        dev.gorolab.sim.lib.BlockingFunc blocking = dev.gorolab.sim.lib.Packages.blocking(name);
        if (blocking != null) {
          emit(new Instr.Blocking(blocking, receiverAndArgs(call)));
          return;
        }
        emit(new Instr.Eval(expr(call),
          name.startsWith("runtime.") ? CostModel.RUNTIME_CALL_NS : CostModel.SIMPLE_NS));
      }
    }
  }

  private Ev receiver(Expr.Call call) {
    Expr.Selector s = (Expr.Selector) call.fun();
    Lookup.Selection sel = info.selection(s);
    if (sel != null && sel.kind() == Lookup.Kind.METHOD && sel.recv() == null && sel.path().length > 0) {
      // a promoted method of an embedded library value (c.Lock() of an embedded sync.Mutex)
      return fieldPath(expr(s.operand()), info.type(s.operand()), sel.path(), true);
    }
    return expr(s.operand());
  }

  private Ev[] receiverAndArgs(Expr.Call call) {
    Ev[] out = new Ev[call.args().size() + 1];
    out[0] = receiver(call);
    GoType.Func ft = null;
    if (call.fun() instanceof Expr.Selector sel && staticType(sel.operand()) != null
        && Library.methodType(baseType(staticType(sel.operand())), sel.name()) instanceof GoType.Func f) {
      ft = f;
    }
    for (int i = 0; i < call.args().size(); i++) {
      GoType p = ft != null && i < ft.params().size() ? ft.params().get(i) : null;
      // into an interface parameter a value keeps its type (a context key of a defined type)
      out[i + 1] = p != null && !(GoType.under(p) instanceof GoType.Interface) ? exprAs(call.args().get(i), p)
          : convTo(call.args().get(i), expr(call.args().get(i)), p);
    }
    return out;
  }

  private static GoType baseType(GoType t) {
    return t instanceof GoType.Pointer p ? p.elem() : t;
  }

  private void defer(Expr.Call call) {
    if (isUserCall(call)) {
      Ev fn = callee(call.fun());
      emit(new Instr.Defer(fn, callArgs(call)));
      return;
    }
    libAction(call, false);
  }

  /** The function a goroutine started by {@code go lib(...)} runs, as Go's tracebacks name it. */
  private static String goName(String libName) {
    String[] parts = libName.split("\\.");
    if (parts.length == 3) {
      return parts[0] + ".(*" + parts[1] + ")." + parts[2]; // time.Timer.Stop → time.(*Timer).Stop
    }
    if (libName.startsWith("WaitGroup.") || libName.startsWith("Mutex.")) {
      return "sync.(*" + parts[0] + ")." + parts[1];
    }
    return libName;
  }

  /**
   * {@code defer lib(args)} or {@code go lib(args)}: the operands are evaluated at the statement,
   * the library action runs at the frame's return (defer) or in a new goroutine (go).
   */
  private void libAction(Expr.Call call, boolean go) {
    String name = libName(call);
    if (go) {
      goLibName = goName(name);
    }
    try {
      libActionOf(call, name, go);
    } finally {
      goLibName = null;
    }
  }

  /** The goroutine function name while a {@code go lib(...)} statement is compiled, else null. */
  private String goLibName;

  private Instr deferOrGo(Ev[] operands, Instr.ActionFactory factory) {
    return goLibName != null ? new Instr.GoAction(operands, factory, goLibName) : new Instr.DeferAction(operands, factory);
  }

  private void libActionOf(Expr.Call call, String name, boolean go) {
    switch (name) {
      case "fmt.Println", "fmt.Print", "fmt.Printf" -> {
        Stmt.PrintKind kind = name.equals("fmt.Println") ? Stmt.PrintKind.PRINTLN
            : name.equals("fmt.Print") ? Stmt.PrintKind.PRINT : Stmt.PrintKind.PRINTF;
        emit(deferOrGo(ifaceArgs(call.args()), c -> new Instr.Print(kind, c)));
      }
      case "close" -> emit(deferOrGo(exprs(call.args()), c -> new Instr.Close(c[0])));
      case "panic" -> emit(deferOrGo(exprs(call.args()), c -> new Instr.Panic(c[0])));
      case "WaitGroup.Add" -> emit(deferOrGo(receiverAndArgs(call), c -> new Instr.WaitGroupAdd(c[0], c[1])));
      case "WaitGroup.Done" -> emit(deferOrGo(new Ev[] {receiver(call)},
          c -> new Instr.WaitGroupAdd(c[0], new Ev.Const(-1L))));
      case "WaitGroup.Wait" -> emit(deferOrGo(new Ev[] {receiver(call)}, c -> new Instr.WaitGroupWait(c[0])));
      case "Mutex.Lock" -> emit(deferOrGo(new Ev[] {receiver(call)}, c -> new Instr.Lock(c[0], false)));
      case "Mutex.Unlock" -> emit(deferOrGo(new Ev[] {receiver(call)}, c -> new Instr.Lock(c[0], true)));
      case "time.Sleep" -> emit(deferOrGo(exprs(call.args()), c -> new Instr.Sleep(c[0])));
      case "runtime.Gosched" -> emit(deferOrGo(new Ev[0], c -> new Instr.Gosched()));
      case "runtime.Goexit" -> emit(deferOrGo(new Ev[0], c -> new Instr.Goexit()));
      case "os.Exit" -> emit(deferOrGo(exprs(call.args()), c -> new Instr.OsExit(c[0])));
      default -> {
        dev.gorolab.sim.lib.BlockingFunc blocking = dev.gorolab.sim.lib.Packages.blocking(name);
        if (blocking != null) {
          emit(deferOrGo(receiverAndArgs(call), c -> new Instr.Blocking(blocking, c)));
          return;
        }
        if (name.contains(".") && call.fun() instanceof Expr.Selector sel && libMethod(sel) != null) {
          // the receiver and arguments are evaluated at the defer statement, as Go does
          String key = name;
          emit(deferOrGo(receiverAndArgs(call), c -> new Instr.Eval(new Ev.Lib(key, c, null, null),
              CostModel.SIMPLE_NS)));
          return;
        }
        if (dev.gorolab.sim.lib.Packages.impl(name) != null) {
          // a package function: its arguments are evaluated at the statement, as Go does
          String key = name;
          String label = pendingName;
          emit(deferOrGo(libArgs(call), c -> new Instr.Eval(new Ev.Lib(key, c, null, label), CostModel.SIMPLE_NS)));
          return;
        }
        Ev e = expr(call);
        emit(deferOrGo(new Ev[0], c -> new Instr.Eval(e, CostModel.SIMPLE_NS)));
      }
    }
  }

  /**
   * {@code switch}: the tag is evaluated once; the cases are compared top to bottom, left to right,
   * and the first match runs its clause (spec: Expression switches); default runs when none does.
   */
  private void switchStmt(Stmt.Switch sw) {
    openScope();
    if (sw.init() != null) {
      stmt(sw.init());
    }
    line = sw.line();
    Ev tag = null;
    GoType tagType = null;
    if (sw.tag() != null) {
      tagType = info.type(sw.tag());
      if (tagType instanceof Basic b && b.isUntyped()) {
        tagType = switch (b) {
          case UNTYPED_FLOAT -> Basic.FLOAT64;
          case UNTYPED_RUNE -> Basic.INT32;
          case UNTYPED_STRING -> Basic.STRING;
          case UNTYPED_BOOL -> Basic.BOOL;
          default -> Basic.INT;
        };
      }
      VarInfo t = temp();
      emit(new Instr.Assign(new Target[] {new Target.Declare(t)}, new Ev[] {exprAs(sw.tag(), tagType)}, CostModel.SIMPLE_NS));
      tag = new Ev.Local(t);
    }
    List<List<Instr.Branch>> toBody = new ArrayList<>();
    for (Stmt.SwitchClause c : sw.clauses()) {
      List<Instr.Branch> branches = new ArrayList<>();
      for (Expr e : c.exprs()) {
        line = c.line() != 0 ? c.line() : sw.line();
        Ev cond = tag == null ? expr(e) : typedBinary("==", tag, exprAs(e, tagType), tagType);
        branches.add(emit(new Instr.Branch(cond, true)));
      }
      toBody.add(branches);
    }
    line = sw.line();
    Instr.Jump toDefault = emit(new Instr.Jump());
    Breakable b = new Breakable(sw.label(), false);
    cur.breakables.add(b);
    List<Instr.Jump> ends = new ArrayList<>();
    Instr.Jump fallthrough = null;
    int defaultPc = -1;
    for (int i = 0; i < sw.clauses().size(); i++) {
      Stmt.SwitchClause c = sw.clauses().get(i);
      int bodyPc = pc();
      if (fallthrough != null) {
        fallthrough.target = bodyPc;
        fallthrough = null;
      }
      for (Instr.Branch br : toBody.get(i)) {
        br.target = bodyPc;
      }
      if (c.isDefault()) {
        defaultPc = bodyPc;
      }
      block(c.body());
      line = c.line() != 0 ? c.line() : sw.line();
      if (c.fallthrough()) {
        fallthrough = emit(new Instr.Jump());
      } else {
        ends.add(emit(new Instr.Jump()));
      }
    }
    cur.breakables.remove(cur.breakables.size() - 1);
    int end = pc();
    toDefault.target = defaultPc >= 0 ? defaultPc : end;
    for (Instr.Jump j : ends) {
      j.target = end;
    }
    for (Instr.Jump j : b.breaks) {
      j.target = end;
    }
    closeScope();
  }

  /** A type switch: the clauses' types are tried top to bottom (spec: Type switches). */
  private void typeSwitch(Stmt.TypeSwitch sw) {
    openScope();
    if (sw.init() != null) {
      stmt(sw.init());
    }
    line = sw.line();
    VarInfo x = temp();
    emit(new Instr.Assign(new Target[] {new Target.Declare(x)}, new Ev[] {expr(sw.x())}, CostModel.SIMPLE_NS));
    List<List<Instr.Branch>> toBody = new ArrayList<>();
    for (Stmt.SwitchClause c : sw.clauses()) {
      List<Instr.Branch> branches = new ArrayList<>();
      for (Expr t : c.exprs()) {
        line = c.line() != 0 ? c.line() : sw.line();
        GoType type = t instanceof Expr.TypeExpr te ? te.type() : null;
        branches.add(emit(new Instr.Branch(new Ifaces.Is(new Ev.Local(x), type), true)));
      }
      toBody.add(branches);
    }
    line = sw.line();
    Instr.Jump toDefault = emit(new Instr.Jump());
    Breakable b = new Breakable(sw.label(), false);
    cur.breakables.add(b);
    List<Instr.Jump> ends = new ArrayList<>();
    int defaultPc = -1;
    for (int i = 0; i < sw.clauses().size(); i++) {
      Stmt.SwitchClause c = sw.clauses().get(i);
      int bodyPc = pc();
      for (Instr.Branch br : toBody.get(i)) {
        br.target = bodyPc;
      }
      if (c.isDefault()) {
        defaultPc = bodyPc;
      }
      openScope();
      if (sw.bind() != null && !sw.bind().equals("_")) {
        List<GoType> defs = info.defs(c);
        GoType t = defs == null || defs.isEmpty() ? null : defs.get(0);
        line = c.line() != 0 ? c.line() : sw.line();
        VarInfo v = declare(sw.bind(), t);
        Ev value = t == null || GoType.under(t) instanceof GoType.Interface ? new Ev.Local(x) : new Ifaces.AssertValue(new Ev.Local(x), t);
        emit(new Instr.Assign(new Target[] {new Target.Declare(v)}, new Ev[] {value}, CostModel.SIMPLE_NS));
      }
      for (Stmt st : c.body()) {
        stmt(st);
      }
      closeScope();
      line = c.line() != 0 ? c.line() : sw.line();
      ends.add(emit(new Instr.Jump()));
    }
    cur.breakables.remove(cur.breakables.size() - 1);
    int end = pc();
    toDefault.target = defaultPc >= 0 ? defaultPc : end;
    for (Instr.Jump j : ends) {
      j.target = end;
    }
    for (Instr.Jump j : b.breaks) {
      j.target = end;
    }
    closeScope();
  }

  private void ifStmt(Stmt.If i) {
    openScope();
    if (i.init() != null) {
      stmt(i.init());
      line = i.line();
    }
    Ev cond = expr(i.cond());
    Instr.Branch toElse = emit(new Instr.Branch(cond, false));
    block(i.then());
    if (i.otherwise().isEmpty()) {
      toElse.target = pc();
    } else {
      line = i.line();
      Instr.Jump toEnd = emit(new Instr.Jump());
      toElse.target = pc();
      block(i.otherwise());
      toEnd.target = pc();
    }
    closeScope();
  }

  private void forStmt(Stmt.For f) {
    openScope();
    if (f.init() != null) {
      stmt(f.init());
    }
    line = f.line();
    int top = pc();
    Instr.Branch exit = null;
    if (f.cond() != null) {
      exit = emit(new Instr.Branch(expr(f.cond()), false));
    }
    Breakable b = new Breakable(f.label(), true);
    cur.breakables.add(b);
    block(f.body());
    cur.breakables.remove(cur.breakables.size() - 1);
    int continuePc = pc();
    if (f.post() != null) {
      stmt(f.post());
    }
    line = f.line();
    emit(new Instr.Jump()).target = top;
    int end = pc();
    if (exit != null) {
      exit.target = end;
    }
    for (Instr.Jump j : b.breaks) {
      j.target = end;
    }
    for (Instr.Jump j : b.continues) {
      j.target = continuePc;
    }
    closeScope();
  }

  private void rangeStmt(Stmt.ForRange r) {
    openScope();
    Ev x = expr(r.range());
    VarInfo held = temp();
    emit(new Instr.Assign(new Target[] {new Target.Declare(held)}, new Ev[] {x}, CostModel.SIMPLE_NS));
    Target key = null;
    Target value = null;
    if (r.define()) {
      if (r.key() != null) {
        key = new Target.Declare(declare(((Expr.Ident) r.key()).name(), null));
      }
      if (r.value() != null) {
        value = new Target.Declare(declare(((Expr.Ident) r.value()).name(), null));
      }
    } else {
      key = r.key() == null ? null : target(r.key());
      value = r.value() == null ? null : target(r.value());
    }
    // One variable per loop (Go 1.19): declared once here, assigned by each iteration.
    if (r.define()) {
      key = key == null ? null : new Target.Local(((Target.Declare) key).v);
      value = value == null ? null : new Target.Local(((Target.Declare) value).v);
      for (VarInfo v : cur.scope.vars) {
        emit(new Instr.Zero(new Target.Declare(v), null, v.name));
      }
    }
    if (value != null && Structs.isAggregate(rangeElem(info.type(r.range())))) {
      value = new AggregateEv.Copying(value); // the value variable holds a copy of the element
    }
    Breakable b = new Breakable(r.label(), true);
    int top;
    Instr loopHead;
    if (mapType(r.range()) != null) {
      VarInfo keys = temp();
      emit(new Instr.Zero(new Target.Declare(keys), null, keys.name));
      VarInfo index = temp();
      emit(new Instr.Assign(new Target[] {new Target.Declare(index)}, new Ev[] {new Ev.Const(-1L)}, CostModel.SIMPLE_NS));
      top = pc();
      Instr.RangeMap rm = emit(new Instr.RangeMap(new Ev.Local(held), keys, index, key, value));
      loopHead = rm;
      cur.breakables.add(b);
      block(r.body());
      cur.breakables.remove(cur.breakables.size() - 1);
      line = r.line();
      emit(new Instr.Jump()).target = top;
      rm.exitPc = pc();
    } else if (isChannelRange(r)) {
      top = pc();
      Instr.RangeChan rc = emit(new Instr.RangeChan(new Ev.Local(held), key));
      loopHead = rc;
      cur.breakables.add(b);
      block(r.body());
      cur.breakables.remove(cur.breakables.size() - 1);
      line = r.line();
      emit(new Instr.Jump()).target = top;
      rc.exitPc = pc();
    } else {
      VarInfo index = temp();
      emit(new Instr.Assign(new Target[] {new Target.Declare(index)}, new Ev[] {new Ev.Const(0L)}, CostModel.SIMPLE_NS));
      top = pc();
      Instr.RangeSlice rs = emit(new Instr.RangeSlice(new Ev.Local(held), index, key, value));
      loopHead = rs;
      cur.breakables.add(b);
      block(r.body());
      cur.breakables.remove(cur.breakables.size() - 1);
      line = r.line();
      emit(new Instr.Jump()).target = top;
      rs.exitPc = pc();
    }
    for (Instr.Jump j : b.breaks) {
      j.target = pc();
    }
    for (Instr.Jump j : b.continues) {
      j.target = top;
    }
    if (loopHead == null) {
      throw new IllegalStateException();
    }
    closeScope();
  }

  /** The element type a range over a value of type {@code t} produces as its second value, or null. */
  private static GoType rangeElem(GoType t) {
    GoType u = t == null ? null : GoType.under(t);
    if (u instanceof GoType.Pointer p) {
      u = GoType.under(p.elem());
    }
    if (u instanceof GoType.Slice s) {
      return s.elem();
    }
    if (u instanceof GoType.Array a) {
      return a.elem();
    }
    return u instanceof GoType.Map m ? m.elem() : null;
  }

  /** Whether a range statement ranges over a channel; the checker knows, so ask the shape of the value. */
  private boolean isChannelRange(Stmt.ForRange r) {
    if (r.value() != null) {
      return false;
    }
    GoType t = staticType(r.range());
    return t == null || t instanceof GoType.Chan;
  }

  /** The static type of simple expressions, enough to tell a channel range from a slice range. */
  /** The map type of {@code e} as the checker found it, or null if {@code e} is not a map. */
  private GoType.Map mapType(Expr e) {
    GoType t = info.type(e);
    return t != null && GoType.under(t) instanceof GoType.Map m ? m : null;
  }

  private GoType staticType(Expr e) {
    GoType checked = info.type(e);
    if (checked != null && !(checked instanceof Basic b && b.isUntyped()) && !(checked instanceof GoType.Tuple)) {
      return checked; // the checker's type (variables of multi-result library calls have no declared one)
    }
    if (e instanceof Expr.Ident id) {
      Object r = resolve(id.name());
      if (r instanceof VarInfo v) {
        return v.type != null ? v.type : inferredType(v);
      }
      if (r instanceof int[] up) {
        VarInfo v = cur.fn.upvals.get(up[0]).var();
        return v.type != null ? v.type : inferredType(v);
      }
      if (r instanceof Integer g) {
        return globalTypes.get(g);
      }
      return null;
    }
    if (e instanceof Expr.CompositeLit cl) {
      return cl.type();
    }
    if (e instanceof Expr.SliceExpr) {
      return new GoType.Slice(Basic.INT);
    }
    if (e instanceof Expr.Unary u && u.op().equals("&")) {
      GoType t = staticType(u.operand());
      return t == null ? null : new GoType.Pointer(t);
    }
    if (e instanceof Expr.Selector s) {
      GoType t = libSelectorType(s);
      if (t != null) {
        return t;
      }
    }
    if (e instanceof Expr.Call c && c.fun() instanceof Expr.Selector s) {
      GoType t = libSelectorType(s);
      if (t instanceof GoType.Func ft && ft.results().size() == 1) {
        return ft.results().get(0);
      }
    }
    if (e instanceof Expr.Call c && c.fun() instanceof Expr.Ident id) {
      if (id.name().equals("make") || id.name().equals("append")) {
        return c.fun() instanceof Expr.Ident && id.name().equals("make")
            ? ((Expr.TypeExpr) c.args().get(0)).type() : new GoType.Slice(Basic.INT);
      }
      Object r = resolve(id.name());
      if (r instanceof FnCode fn && fn.type.results().size() == 1) {
        return fn.type.results().get(0);
      }
    }
    return null;
  }

  /** The type of a library package member, or of a library type's field or method, selected by {@code s}; else null. */
  private GoType libSelectorType(Expr.Selector s) {
    if (s.operand() instanceof Expr.Ident pkg && resolve(pkg.name()) == null) {
      return Library.memberType(pkg.name(), s.name());
    }
    GoType recv = staticType(s.operand());
    if (recv == null) {
      return null;
    }
    GoType field = Library.fieldType(recv, s.name());
    return field != null ? field : Library.methodType(recv instanceof GoType.Pointer p ? p.elem() : recv, s.name());
  }

  /** Types of variables declared by := are recorded from their initialiser when it is simple. */
  private static GoType inferredType(VarInfo v) {
    return v.inferred;
  }

  private void selectStmt(Stmt.Select sel) {
    Instr.Select instr = new Instr.Select();
    // channel operands and sent values are evaluated before the select, in source order
    List<Ev[]> operands = new ArrayList<>();
    for (Stmt.Clause c : sel.clauses()) {
      Stmt comm = c.comm();
      if (comm == null) {
        operands.add(null);
      } else if (comm instanceof Stmt.Send s) {
        operands.add(new Ev[] {expr(s.channel()), expr(s.value())});
      } else {
        operands.add(new Ev[] {expr(recvOf(comm).channel())});
      }
    }
    line = sel.line();
    emit(instr);
    Breakable b = new Breakable(sel.label(), false);
    cur.breakables.add(b);
    List<Instr.Jump> ends = new ArrayList<>();
    for (int i = 0; i < sel.clauses().size(); i++) {
      Stmt.Clause c = sel.clauses().get(i);
      openScope();
      int bodyPc = pc();
      if (c.comm() == null) {
        instr.defaultPc = bodyPc;
      } else {
        Instr.Case k = new Instr.Case();
        Ev[] ops = operands.get(i);
        k.ch = ops[0];
        k.bodyPc = bodyPc;
        if (c.comm() instanceof Stmt.Send) {
          k.isSend = true;
          k.value = ops[1];
        } else if (c.comm() instanceof Stmt.Let let) {
          VarInfo v = let.names().get(0).equals("_") ? null : declare(let.names().get(0), null);
          k.recvValue = v == null ? Target.Blank.INSTANCE : new Target.Declare(v);
          if (let.names().size() > 1) {
            VarInfo ok = let.names().get(1).equals("_") ? null : declare(let.names().get(1), Basic.BOOL);
            k.recvOk = ok == null ? Target.Blank.INSTANCE : new Target.Declare(ok);
          }
          for (VarInfo info : cur.scope.vars) {
            info.startPc = bodyPc;
          }
        } else if (c.comm() instanceof Stmt.Assign as) {
          k.recvValue = target(as.targets().get(0));
          if (as.targets().size() > 1) {
            k.recvOk = target(as.targets().get(1));
          }
        }
        instr.cases.add(k);
      }
      for (Stmt s : c.body()) {
        stmt(s);
      }
      line = c.line() != 0 ? c.line() : sel.line();
      ends.add(emit(new Instr.Jump()));
      closeScope();
    }
    cur.breakables.remove(cur.breakables.size() - 1);
    int end = pc();
    for (Instr.Jump j : ends) {
      j.target = end;
    }
    for (Instr.Jump j : b.breaks) {
      j.target = end;
    }
  }

  private static Expr.Recv recvOf(Stmt comm) {
    if (comm instanceof Stmt.ExprStmt es) {
      return (Expr.Recv) es.expr();
    }
    if (comm instanceof Stmt.Let let) {
      return (Expr.Recv) let.values().get(0);
    }
    return (Expr.Recv) ((Stmt.Assign) comm).values().get(0);
  }

  private void returnStmt(Stmt.Return r) {
    int want = cur.fn.type.results().size();
    if (r.values().size() == 1 && want > 1 && r.values().get(0) instanceof Expr.Call call) {
      Ev[] temps = callInto(call, want);
      emit(new Instr.Return(temps));
      return;
    }
    Ev[] vals = exprs(r.values());
    List<GoType> results = cur.fn.type.results();
    for (int i = 0; i < vals.length && i < results.size(); i++) {
      vals[i] = convTo(r.values().get(i), vals[i], results.get(i));
    }
    emit(new Instr.Return(vals));
  }

  // ---- expressions ----

  /** Values of {@code list}, each as it leaves its location: structs and arrays copied. */
  private Ev[] exprs(List<Expr> list) {
    Ev[] out = new Ev[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = val(list.get(i));
    }
    return out;
  }

  /** {@code e} as a value leaving its location: a struct or array read from a variable, field, element or pointer is copied. */
  private Ev val(Expr e) {
    return copied(e, expr(e));
  }

  private Ev copied(Expr e, Ev x) {
    if (Structs.isAggregate(info.type(e)) && isLocation(e)) {
      return new AggregateEv.Copy(x);
    }
    return x;
  }

  /** Whether {@code e} reads a location (rather than making a new value). */
  private boolean isLocation(Expr e) {
    return e instanceof Expr.Ident || e instanceof Expr.Index || e instanceof Expr.Unary u && u.op().equals("*")
        || e instanceof Expr.Selector s && info.selection(s) != null && info.selection(s).kind() == Lookup.Kind.FIELD;
  }

  /**
   * The arguments of a user call: the receiver first for a method, a multi-valued call's results
   * spread out (f(g())), and a variadic function's extra arguments packed into a slice.
   */
  private Ev[] callArgs(Expr.Call call) {
    List<Ev> out = new ArrayList<>();
    if (call.fun() instanceof Expr.Selector s && isUserMethod(s)) {
      out.add(receiverArg(s));
    }
    GoType ft = info.type(call.fun());
    GoType.Func fnType = ft != null && GoType.under(ft) instanceof GoType.Func f ? f : null;
    List<Ev> args = new ArrayList<>();
    if (call.args().size() == 1 && info.type(call.args().get(0)) instanceof GoType.Tuple t
        && call.args().get(0) instanceof Expr.Call inner) {
      args.addAll(List.of(callInto(inner, t.types().size())));
    } else {
      for (int i = 0; i < call.args().size(); i++) {
        Expr a = call.args().get(i);
        GoType to = null;
        if (fnType != null && !fnType.params().isEmpty()) {
          int k = Math.min(i, fnType.params().size() - 1);
          to = fnType.params().get(k);
          if (fnType.variadic() && !call.spread() && i >= fnType.params().size() - 1) {
            to = ((GoType.Slice) to).elem();
          } else if (i >= fnType.params().size()) {
            to = null;
          }
        }
        args.add(convTo(a, val(a), to));
      }
    }
    if (fnType != null && fnType.variadic() && !call.spread()) {
      int fixed = fnType.params().size() - 1;
      GoType.Slice st = (GoType.Slice) fnType.params().get(fixed);
      List<Ev> extra = args.subList(Math.min(fixed, args.size()), args.size());
      Ev packed = extra.isEmpty() ? new Ev.Const(null) : new Ev.SliceLit(st, extra.toArray(new Ev[0]));
      List<Ev> fixedArgs = new ArrayList<>(args.subList(0, Math.min(fixed, args.size())));
      fixedArgs.add(packed);
      args = fixedArgs;
    }
    out.addAll(args);
    return out.toArray(new Ev[0]);
  }

  /** {@code x} (the value of {@code e}) converted to type {@code to}: into an interface, its type is kept. */
  private Ev convTo(Expr e, Ev x, GoType to) {
    if (to == null || !(GoType.under(to) instanceof GoType.Interface)) {
      return x;
    }
    GoType from = info.type(e);
    if (from == null || GoType.under(from) instanceof GoType.Interface || from instanceof Basic b && b.isUntyped()) {
      return from == Basic.UNTYPED_RUNE ? new Ifaces.ToIface(x, Basic.INT32) : x;
    }
    if (GoType.under(from) instanceof GoType.Pointer) {
      return new Ifaces.TypedNil(x, from);
    }
    return Typed.needed(from) ? new Ifaces.ToIface(x, from) : x;
  }

  /** Whether {@code s} calls a method through an interface (dynamic dispatch). */
  private boolean isInterfaceMethod(Expr.Selector s) {
    Lookup.Selection sel = info.selection(s);
    return sel != null && sel.kind() == Lookup.Kind.METHOD && sel.recv() == null && sel.path().length == 0
        && GoType.under(info.type(s.operand())) instanceof GoType.Interface;
  }

  /** The closure giving a library error's text, for err.Error() through the error interface. */
  private Closure errorText() {
    if (errorText == null) {
      FnCode fn = new FnCode("errors.(*errorString).Error", new GoType.Func(List.of(GoType.ERROR), List.of(Basic.STRING)), null);
      VarInfo p = fn.newVar("e", GoType.ERROR, true);
      fn.params.add(p);
      Instr.Return r = new Instr.Return(new Ev[] {new Ifaces.ErrorText(new Ev.Local(p))});
      fn.code = new Instr[] {r};
      fn.plain = new Closure(fn, null);
      errorText = fn.plain;
    }
    return errorText;
  }

  private Closure errorText;

  /** Whether {@code s} selects a method declared in the program (statically, not through an interface). */
  private boolean isUserMethod(Expr.Selector s) {
    Lookup.Selection sel = info.selection(s);
    return sel != null && sel.kind() == Lookup.Kind.METHOD && sel.recv() != null && methodCode(sel) != null;
  }

  private FnCode methodCode(Lookup.Selection sel) {
    java.util.Map<String, FnCode> ms = methods.get(sel.recv());
    return ms == null ? null : ms.get(sel.method().name());
  }

  /**
   * The receiver of method selection {@code s}: through embedded fields, then {@code &x} for a
   * pointer method of an addressable value, {@code *p} (copied) for a value method of a pointer.
   */
  private Ev receiverArg(Expr.Selector s) {
    Lookup.Selection sel = info.selection(s);
    GoType t = info.type(s.operand());
    Ev x = fieldPath(expr(s.operand()), t, sel.path(), false);
    GoType held = typeAtPath(t, sel.path());
    boolean isPtr = GoType.under(held) instanceof GoType.Pointer;
    if (sel.method().pointerReceiver()) {
      if (isPtr) {
        return x;
      }
      if (sel.path().length > 0 && Structs.isAggregate(held)) {
        return new AggregateEv.AddrObj(x, new GoType.Pointer(held));
      }
      return addressOf(s.operand());
    }
    if (isPtr) {
      x = new AggregateEv.Deref(x);
    }
    return Structs.isAggregate(held instanceof GoType.Pointer p ? p.elem() : held) ? new AggregateEv.Copy(x) : x;
  }

  /** The type reached from {@code t} through the embedded fields of {@code path}. */
  private static GoType typeAtPath(GoType t, int[] path) {
    for (int i : path) {
      if (GoType.under(t) instanceof GoType.Pointer p) {
        t = p.elem();
      }
      t = ((GoType.Struct) GoType.under(t)).fields().get(i).type();
    }
    return t;
  }

  /**
   * Follows field indices {@code path} from {@code x} of type {@code t}, dereferencing pointers on
   * the way; with {@code derefLast}, a pointer reached at the end is dereferenced too (a field's holder).
   */
  private Ev fieldPath(Ev x, GoType t, int[] path, boolean derefLast) {
    for (int i : path) {
      if (GoType.under(t) instanceof GoType.Pointer p) {
        x = new AggregateEv.Deref(x);
        t = p.elem();
      }
      x = new AggregateEv.Field(x, i);
      t = ((GoType.Struct) GoType.under(t)).fields().get(i).type();
    }
    if (derefLast && GoType.under(t) instanceof GoType.Pointer) {
      x = new AggregateEv.Deref(x);
    }
    return x;
  }

  /** {@code &e} for an addressable {@code e} (or a composite literal). */
  private Ev addressOf(Expr e) {
    GoType t = info.type(e);
    GoType.Pointer pt = new GoType.Pointer(t);
    if (Library.isRuntimeObject(t)) {
      return expr(e); // a runtime object stands for its own address (&wg, &mu)
    }
    if (e instanceof Expr.StructLit || e instanceof Expr.CompositeLit || e instanceof Expr.MapLit) {
      Ev lit = expr(e);
      return Structs.isAggregate(t) ? new AggregateEv.AddrObj(lit, pt) : new AggregateEv.NewCell(lit, pt);
    }
    if (e instanceof Expr.Unary u && u.op().equals("*")) {
      return expr(u.operand());
    }
    if (Structs.isAggregate(t) && !(e instanceof Expr.Index ix && !(GoType.under(info.type(ix.operand())) instanceof GoType.Array))) {
      return new AggregateEv.AddrObj(expr(e), pt);
    }
    if (e instanceof Expr.Ident id) {
      Object r = resolve(id.name());
      if (r instanceof VarInfo v) {
        v.captured = true;
        return new AggregateEv.AddrLocal(v, pt);
      }
      if (r instanceof int[] up) {
        return new AggregateEv.AddrUpval(up[0], pt);
      }
      if (r instanceof Integer g) {
        return new AggregateEv.AddrGlobal(globals, g, pt);
      }
    }
    if (e instanceof Expr.Selector s && info.selection(s) != null) {
      int[] path = info.selection(s).path();
      Ev holder = fieldPath(expr(s.operand()), info.type(s.operand()), java.util.Arrays.copyOf(path, path.length - 1), true);
      return new AggregateEv.AddrField(holder, new Ev.Const((long) path[path.length - 1]), pt);
    }
    if (e instanceof Expr.Index ix) {
      GoType xt = GoType.under(info.type(ix.operand()));
      Ev x = expr(ix.operand());
      if (xt instanceof GoType.Pointer) {
        return new AggregateEv.AddrField(new AggregateEv.Deref(x), expr(ix.index()), pt);
      }
      if (xt instanceof GoType.Array) {
        return new AggregateEv.AddrField(x, expr(ix.index()), pt);
      }
      return new AggregateEv.AddrElem(x, expr(ix.index()), pt);
    }
    throw new IllegalStateException("cannot take the address of " + e);
  }

  /** Whether {@code call} calls a user function or closure (which needs a frame), not the library. */
  private boolean isUserCall(Expr.Call call) {
    Expr f = call.fun();
    if (f instanceof Expr.FuncLit) {
      return true;
    }
    if (f instanceof Expr.Ident id) {
      Object r = resolve(id.name());
      return r != null;
    }
    if (f instanceof Expr.Selector s && (isUserMethod(s) || isInterfaceMethod(s))) {
      return true;
    }
    // a call of a function value held in a field (s.handler(x))
    return f instanceof Expr.Selector s && info.selection(s) != null && info.selection(s).kind() == Lookup.Kind.FIELD;
  }

  private Ev callee(Expr fun) {
    if (fun instanceof Expr.FuncLit lit) {
      return funcLit(lit);
    }
    if (fun instanceof Expr.Selector s && isUserMethod(s)) {
      return new Ev.Const(methodCode(info.selection(s)).plain);
    }
    if (fun instanceof Expr.Selector s && isInterfaceMethod(s)) {
      return new Ifaces.Method(expr(s.operand()), s.name(), errorText());
    }
    return expr(fun);
  }

  /** Hoists a user call into an instruction storing its {@code n} results in temporaries. */
  private Ev[] callInto(Expr.Call call, int n) {
    Ev fn = callee(call.fun());
    Ev[] args = callArgs(call);
    Target[] targets = new Target[n];
    Ev[] temps = new Ev[n];
    for (int i = 0; i < n; i++) {
      VarInfo t = temp();
      targets[i] = new Target.Declare(t);
      temps[i] = new Ev.Local(t);
    }
    emit(new Instr.Call(fn, args, targets));
    return temps;
  }

  private String libName(Expr.Call call) {
    Expr f = call.fun();
    if (f instanceof Expr.Ident id) {
      return id.name();
    }
    Expr.Selector sel = (Expr.Selector) f;
    Lookup.Selection promoted = info.selection(sel);
    if (promoted != null && promoted.kind() == Lookup.Kind.METHOD && promoted.recv() == null && promoted.path().length > 0) {
      GoType held = typeAtPath(info.type(sel.operand()), promoted.path());
      if (held instanceof GoType.Pointer p) {
        held = p.elem();
      }
      if (dev.gorolab.sim.lib.Packages.method(held, sel.name()) != null) {
        return dev.gorolab.sim.lib.Packages.key(held, sel.name());
      }
      return (held == Basic.MUTEX ? "Mutex." : "WaitGroup.") + sel.name();
    }
    String method = libMethod(sel);
    if (method != null) {
      return method;
    }
    if (sel.operand() instanceof Expr.Ident pkg && Library.memberType(pkg.name(), sel.name()) != null) {
      return pkg.name() + "." + sel.name();
    }
    if (sel.operand() instanceof Expr.Ident pkg && pkg.name().equals("time") && sel.name().equals("Duration")) {
      return "time.Duration";
    }
    return switch (sel.name()) {
      case "Add", "Done", "Wait" -> "WaitGroup." + sel.name();
      case "Lock", "Unlock" -> "Mutex." + sel.name();
      case "Sub" -> "Time.Sub";
      default -> "Duration." + sel.name();
    };
  }

  /**
   * The library key ({@code time.Timer.Stop}) of method {@code sel} of a value whose static type is
   * one of the emulated library's types (dev.gorolab.sim.lib), else null.
   */
  private String libMethod(Expr.Selector sel) {
    if (sel.operand() instanceof Expr.Ident pkg && resolve(pkg.name()) == null) {
      return null; // a package member
    }
    GoType t = staticType(sel.operand());
    if (t != null && dev.gorolab.sim.lib.Packages.method(t, sel.name()) != null) {
      return dev.gorolab.sim.lib.Packages.key(t, sel.name());
    }
    return null;
  }

  private boolean needsHoist(Expr e) {
    if (e == null) {
      return false;
    }
    if (e instanceof Expr.Recv) {
      return true;
    }
    if (e instanceof Expr.Call c) {
      if (isUserCall(c)) {
        return true;
      }
      for (Expr a : c.args()) {
        if (needsHoist(a)) {
          return true;
        }
      }
      return c.fun() instanceof Expr.Selector s && needsHoist(s.operand());
    }
    if (e instanceof Expr.Binary b) {
      return needsHoist(b.left()) || needsHoist(b.right());
    }
    if (e instanceof Expr.Unary u) {
      return needsHoist(u.operand());
    }
    if (e instanceof Expr.Index ix) {
      return needsHoist(ix.operand()) || needsHoist(ix.index());
    }
    if (e instanceof Expr.SliceExpr s) {
      return needsHoist(s.operand()) || needsHoist(s.low()) || needsHoist(s.high());
    }
    if (e instanceof Expr.Selector s) {
      return needsHoist(s.operand());
    }
    if (e instanceof Expr.CompositeLit cl) {
      for (Expr x : cl.elements()) {
        if (needsHoist(x)) {
          return true;
        }
      }
    }
    return false;
  }

  private Ev expr(Expr e) {
    if (info.isConstant(e)) {
      Ev c = new Ev.Const(constant(e));
      contextType = null;
      return c;
    }
    contextType = null;
    if (e instanceof Expr.Ident id) {
      return load(id.name());
    }
    if (e instanceof Expr.IntLit x) {
      return new Ev.Const(x.value());
    }
    if (e instanceof Expr.FloatLit x) {
      return new Ev.Const(x.value());
    }
    if (e instanceof Expr.StringLit x) {
      return new Ev.Const(x.value());
    }
    if (e instanceof Expr.RuneLit x) {
      return new Ev.Const((long) x.value());
    }
    if (e instanceof Expr.DurationLit x) {
      return new Ev.Const(new GoDuration(x.nanos()));
    }
    if (e instanceof Expr.Unary u && u.op().equals("&")) {
      return addressOf(u.operand());
    }
    if (e instanceof Expr.Unary u && u.op().equals("*")) {
      return new AggregateEv.Deref(expr(u.operand()));
    }
    if (e instanceof Expr.TypeAssert ta) {
      return new Ifaces.Assert(expr(ta.operand()), ta.type(), info.type(ta.operand()), false);
    }
    if (e instanceof Expr.StructLit sl) {
      GoType.Struct st = (GoType.Struct) GoType.under(sl.type());
      int[] idx = new int[sl.values().size()];
      for (int k = 0; k < idx.length; k++) {
        idx[k] = sl.keys().isEmpty() ? k : st.fieldIndex(sl.keys().get(k).name());
      }
      Ev[] vals = new Ev[idx.length];
      for (int k = 0; k < idx.length; k++) {
        vals[k] = copied(sl.values().get(k), exprAs(sl.values().get(k), st.fields().get(idx[k]).type()));
      }
      String label = pendingName != null ? pendingName : sl.type().toString();
      return new AggregateEv.StructLit(sl.type(), idx, vals, label);
    }
    if (e instanceof Expr.CompositeLit cl && GoType.under(cl.type()) instanceof GoType.Array at) {
      Ev[] vals = new Ev[cl.elements().size()];
      for (int k = 0; k < vals.length; k++) {
        vals[k] = copied(cl.elements().get(k), exprAs(cl.elements().get(k), at.elem()));
      }
      return new AggregateEv.ArrayLit(at, vals);
    }
    if (e instanceof Expr.Selector s && info.selection(s) != null) {
      Lookup.Selection sel = info.selection(s);
      if (sel.kind() == Lookup.Kind.FIELD) {
        return fieldPath(expr(s.operand()), info.type(s.operand()), sel.path(), false);
      }
      if (isUserMethod(s)) {
        return new AggregateEv.Bind(methodCode(sel).plain, receiverArg(s));
      }
      if (isInterfaceMethod(s)) {
        return new Ifaces.Method(expr(s.operand()), s.name(), errorText());
      }
    }
    if (e instanceof Expr.Unary u) {
      Ev x = expr(u.operand());
      if (u.op().equals("+")) {
        return x;
      }
      Ev un = new Ev.Unary(u.op(), x);
      Basic kind = sizedInt(info.type(u));
      if (kind != null) {
        un = new Ev.Wrap(un, kind);
      } else if (isFloat32(info.type(u))) {
        un = new Ev.Float32(un);
      }
      if (x.isConst()) {
        return new Ev.Const(un.eval(null));
      }
      return un;
    }
    if (e instanceof Expr.Recv r) {
      Ev ch = expr(r.channel());
      VarInfo t = temp();
      emit(new Instr.Recv(ch, new Target.Declare(t), null));
      return new Ev.Local(t);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.Selector s) {
      if (s.operand() instanceof Expr.Ident pkg && resolve(pkg.name()) == null) {
        if (dev.gorolab.sim.lib.Packages.isVariable(pkg.name(), s.name())) {
          return new Ev.Lib(pkg.name() + "." + s.name(), new Ev[0], null, null);
        }
        Long d = Library.durationConstant(pkg.name(), s.name());
        if (d != null) {
          return new Ev.Const(new GoDuration(d));
        }
      }
      GoType recv = staticType(s.operand());
      if (recv != null && Library.fieldType(recv, s.name()) != null) {
        return new Ev.Lib(dev.gorolab.sim.lib.Packages.key(recv, s.name()), new Ev[] {expr(s.operand())}, null, null);
      }
      throw new IllegalStateException("method value " + s + " is not supported");
    }
    if (e instanceof Expr.Index ix && mapType(ix.operand()) != null) {
      return new Ev.MapIndex(expr(ix.operand()), expr(ix.index()), mapType(ix.operand()), false);
    }
    if (e instanceof Expr.Index ix) {
      return new Ev.Index(expr(ix.operand()), expr(ix.index()));
    }
    if (e instanceof Expr.MapLit ml) {
      Ev[] vals = exprs(ml.values());
      for (int k = 0; k < vals.length; k++) {
        vals[k] = convTo(ml.values().get(k), vals[k], ml.type().elem());
      }
      return new Ev.MapLit(ml.type(), exprs(ml.keys()), vals);
    }
    if (e instanceof Expr.SliceExpr s) {
      Ev x = expr(s.operand());
      return new Ev.SliceOf(x, s.low() == null ? null : expr(s.low()), s.high() == null ? null : expr(s.high()));
    }
    if (e instanceof Expr.CompositeLit cl) {
      GoType.Slice st = (GoType.Slice) GoType.under(cl.type());
      Ev[] elems = exprs(cl.elements());
      for (int k = 0; k < elems.length; k++) {
        elems[k] = convTo(cl.elements().get(k), elems[k], st.elem());
      }
      return new Ev.SliceLit(st, elems);
    }
    if (e instanceof Expr.FuncLit lit) {
      return funcLit(lit);
    }
    throw new IllegalStateException("expression " + e);
  }

  /**
   * The value of constant expression {@code e} as the interpreter holds it. An untyped integer
   * constant too large for an int64 can only be meant as a float (the checker saw to that).
   */
  private Object constant(Expr e) {
    GoType t = info.type(e);
    if (t == Basic.UNTYPED_INT && !info.constantFitsInt64(e)) {
      return info.constantValue(e, contextType != null ? contextType : Basic.UNTYPED_FLOAT);
    }
    return info.constantValue(e, contextType);
  }

  /** The type an untyped constant being compiled is assigned to, when the statement says. */
  private GoType contextType;

  /** Compiles {@code e} as a value of {@code type}: an untyped constant takes that type's representation. */
  private Ev exprAs(Expr e, GoType type) {
    GoType saved = contextType;
    contextType = info.isConstant(e) ? type : null;
    try {
      return expr(e);
    } finally {
      contextType = saved;
    }
  }

  /** The integer kind of a typed operand other than int (int8 ... uintptr), or null. */
  private static Basic sizedInt(GoType t) {
    if (t == null) {
      return null;
    }
    GoType u = t instanceof GoType.Named n ? n.underlying() : t;
    if (u instanceof Basic b && b.isInteger() && !b.isUntyped() && b != Basic.INT && b != Basic.DURATION) {
      return b;
    }
    return null;
  }

  private static boolean isFloat32(GoType t) {
    return t != null && (t instanceof GoType.Named n ? n.underlying() : t) == Basic.FLOAT32;
  }

  /**
   * A binary operation whose operands have static type {@code operandType}: sized integers wrap
   * around (and unsigned ones divide, compare and shift as unsigned), float32 rounds.
   */
  private Ev typedBinary(String op, Ev l, Ev r, GoType operandType) {
    Basic kind = sizedInt(operandType);
    if (kind != null) {
      return new Ev.IntOp(op, l, r, kind);
    }
    Ev bin = new Ev.Binary(op, l, r);
    if (isFloat32(operandType) && !isComparison(op)) {
      return new Ev.Float32(bin);
    }
    return bin;
  }

  private static boolean isComparison(String op) {
    return switch (op) {
      case "==", "!=", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  /** The static type of a binary expression's operands: the typed one's, when one is untyped. */
  private GoType operandType(Expr l, Expr r) {
    GoType lt = info.type(l);
    if (lt != null && !(lt instanceof Basic b && b.isUntyped())) {
      return lt;
    }
    GoType rt = info.type(r);
    return rt != null ? rt : lt;
  }

  /** Values passed to an interface parameter ({@code fmt.Println}): a type the value's class does not tell is kept. */
  private Ev[] ifaceArgs(List<Expr> args) {
    if (args.size() == 1 && info.type(args.get(0)) instanceof GoType.Tuple t && args.get(0) instanceof Expr.Call call) {
      Ev[] temps = callInto(call, t.types().size());
      for (int i = 0; i < temps.length; i++) {
        temps[i] = toIface(temps[i], t.types().get(i));
      }
      return temps;
    }
    Ev[] out = new Ev[args.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = toIface(expr(args.get(i)), info.type(args.get(i)));
    }
    return out;
  }

  private static Ev toIface(Ev v, GoType t) {
    if (t instanceof Basic b && b.isUntyped()) {
      t = switch (b) {
        case UNTYPED_RUNE -> Basic.INT32;
        default -> null; // int, float64, string and bool need no wrapper
      };
    }
    if (t != null && Typed.needed(t)) {
      return new Ev.Box(v, t);
    }
    if (t != null && (GoType.under(t) instanceof GoType.Pointer || GoType.under(t) instanceof GoType.Slice
        || GoType.under(t) instanceof GoType.Map)) {
      return new Ifaces.TypedNil(v, t); // fmt's %T and %#v of a nil pointer, slice or map know its type
    }
    return v;
  }

  private Ev binary(Expr.Binary b) {
    boolean logical = b.op().equals("&&") || b.op().equals("||");
    if (logical && needsHoist(b.right())) {
      // a && f(): f runs only when needed, so its hoisted call sits behind a branch
      VarInfo t = temp();
      Ev left = expr(b.left());
      emit(new Instr.Assign(new Target[] {new Target.Declare(t)}, new Ev[] {left}, CostModel.SIMPLE_NS));
      Instr.Branch skip = emit(new Instr.Branch(new Ev.Local(t), b.op().equals("||")));
      Ev right = expr(b.right());
      emit(new Instr.Assign(new Target[] {new Target.Local(t)}, new Ev[] {right}, CostModel.SIMPLE_NS));
      skip.target = pc();
      return new Ev.Local(t);
    }
    Ev l = expr(b.left());
    Ev r = expr(b.right());
    if (logical) {
      return new Ev.AndAnd(l, r, b.op().equals("&&"));
    }
    Ev bin = typedBinary(b.op(), l, r, operandType(b.left(), b.right()));
    if (l.isConst() && r.isConst()) {
      return new Ev.Const(bin.eval(null));
    }
    return bin;
  }

  private Ev call(Expr.Call c) {
    if (isUserCall(c)) {
      return callInto(c, 1)[0];
    }
    Expr f = c.fun();
    if (f instanceof Expr.TypeExpr || info.isType(f)) {
      return new Ev.Lib("convert", exprs(c.args()), info.type(c), null);
    }
    String name = libName(c);
    switch (name) {
      case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
          "byte", "rune", "float32", "float64", "string", "bool" -> {
        if (resolve(name) == null) {
          return new Ev.Lib("convert", exprs(c.args()), info.type(c), null);
        }
        throw new IllegalStateException("call of " + name);
      }
      case "time.Duration" -> {
        return new Ev.Lib("convert", exprs(c.args()), Basic.DURATION, null);
      }
      case "new" -> {
        return new AggregateEv.New((GoType.Pointer) info.type(c));
      }
      case "recover" -> {
        return new Recover();
      }
      case "make" -> {
        GoType t = info.type(c.args().get(0)) != null ? info.type(c.args().get(0)) : ((Expr.TypeExpr) c.args().get(0)).type();
        Ev[] args = new Ev[c.args().size()];
        for (int i = 1; i < args.length; i++) {
          args[i] = expr(c.args().get(i));
        }
        String label = pendingName;
        pendingName = null;
        return new Ev.Lib("make", args, t, label);
      }
      case "append" -> {
        Ev[] args = exprs(c.args());
        GoType t = staticType(c.args().get(0));
        Ev.Lib lib = new Ev.Lib("append", args, t instanceof GoType.Slice ? t : new GoType.Slice(Basic.INT), null);
        lib.spread = c.spread();
        return lib;
      }
      case "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "fmt.Errorf" -> {
        return new Ev.Lib(name, ifaceArgs(c.args()), null, null);
      }
      default -> {
        if (name.startsWith("Duration.") || name.startsWith("Time.") || name.startsWith("WaitGroup.")
            || name.startsWith("Mutex.")
            || c.fun() instanceof Expr.Selector sel && libMethod(sel) != null) {
          return new Ev.Lib(name, receiverAndArgs(c), null, null);
        }
        String label = pendingName;
        pendingName = null;
        return new Ev.Lib(name, libArgs(c), null, label);
      }
    }
  }

  /**
   * The arguments of a call of a library function, constants in the representation of the
   * parameter's type ({@code math.Max(3, 7)} passes float64s), as Go converts them.
   */
  private Ev[] libArgs(Expr.Call c) {
    GoType.Func ft = null;
    if (c.fun() instanceof Expr.Selector sel && sel.operand() instanceof Expr.Ident pkg && resolve(pkg.name()) == null
        && Library.memberType(pkg.name(), sel.name()) instanceof GoType.Func f) {
      ft = f;
    }
    Ev[] out = new Ev[c.args().size()];
    for (int i = 0; i < out.length; i++) {
      GoType p = ft != null && i < ft.params().size() ? ft.params().get(i) : null;
      // into an interface parameter a value keeps its type (sort.Sort's ByAge, a context key)
      out[i] = p != null && !(GoType.under(p) instanceof GoType.Interface) ? exprAs(c.args().get(i), p)
          : convTo(c.args().get(i), expr(c.args().get(i)), p);
    }
    return out;
  }

  private Ev funcLit(Expr.FuncLit lit) {
    FnCode top = cur.fn;
    String base = top.goName;
    int n = ++top.closureCount;
    // Go names literals main.f.func1, main.f.func2; a literal inside a literal main.f.func1.1
    String name = top.parent == null ? base + ".func" + n : base + "." + n;
    FnCode fn = new FnCode(name, lit.type(), top);
    fn.line = lit.line();
    namedResultsOfNext = lit.namedResults();
    compileFunction(fn, lit.params(), lit.body(), cur, false, lit.line());
    return new Ev.FuncLit(fn);
  }
}
