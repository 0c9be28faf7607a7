package dev.gorolab.sim.program;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a program the way Go's compiler would, before it runs: names, types, argument counts,
 * assignability, loops and returns. Messages follow gc (go1.19); see {@link Messages}.
 */
public final class ProgramChecker {

  private enum Mode { INVALID, NOVALUE, VALUE, VARIABLE, CONSTANT, TYPE, BUILTIN, PACKAGE, FUNC, COMMAOK, MULTI }

  /** The result of checking an expression. {@code value} is the constant's value if any. */
  private record Operand(Mode mode, GoType type, Object value, Expr expr) {
    static final Operand INVALID = new Operand(Mode.INVALID, null, null, null);

    boolean invalid() {
      return mode == Mode.INVALID;
    }
  }

  private enum SymKind { VAR, FUNC, TYPE, PACKAGE, BUILTIN, CONST }

  private static final class Sym {
    final String name;
    final SymKind kind;
    final GoType type;
    final Object value;
    final Origin origin;
    final boolean local;
    boolean used;

    Sym(String name, SymKind kind, GoType type, Object value, Origin origin, boolean local) {
      this.name = name;
      this.kind = kind;
      this.type = type;
      this.value = value;
      this.origin = origin;
      this.local = local;
    }
  }

  private static final class Scope {
    final Scope parent;
    final List<Sym> syms = new ArrayList<>();
    // Lookups only (iteration goes through syms, in declaration order): a scope of thousands of
    // names is checked in linear time.
    final java.util.Map<String, Sym> byName = new java.util.HashMap<>();

    Scope(Scope parent) {
      this.parent = parent;
    }

    void add(Sym s) {
      syms.add(s);
      byName.putIfAbsent(s.name, s);
    }

    Sym lookupHere(String name) {
      return byName.get(name);
    }

    Sym lookup(String name) {
      for (Scope sc = this; sc != null; sc = sc.parent) {
        Sym s = sc.lookupHere(name);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
  }

  /** An enclosing breakable statement. */
  private record Target(boolean loop, String label) {}

  private final List<ProgramError> errors = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private Scope scope;
  private List<GoType> results = List.of();
  private final Scope packageScope;

  private ProgramChecker() {
    Scope universe = new Scope(null);
    for (String b : new String[] {"len", "cap", "append", "make", "close", "panic"}) {
      universe.add(new Sym(b, SymKind.BUILTIN, null, null, Origin.NONE, false));
    }
    for (String t : new String[] {"int", "float64", "string", "bool"}) {
      universe.add(new Sym(t, SymKind.TYPE, ExprParser.namedType(t), null, Origin.NONE, false));
    }
    universe.add(new Sym("true", SymKind.CONST, Basic.UNTYPED_BOOL, Boolean.TRUE, Origin.NONE, false));
    universe.add(new Sym("false", SymKind.CONST, Basic.UNTYPED_BOOL, Boolean.FALSE, Origin.NONE, false));
    universe.add(new Sym("nil", SymKind.CONST, Basic.UNTYPED_NIL, null, Origin.NONE, false));
    for (String pkg : new String[] {"fmt", "time", "strconv", "runtime", "sync"}) {
      universe.add(new Sym(pkg, SymKind.PACKAGE, null, null, Origin.NONE, false));
    }
    packageScope = new Scope(universe);
    scope = packageScope;
  }

  /** Checks {@code program}; returns every error found, in source order (empty if it is valid). */
  public static List<ProgramError> check(Program program) {
    ProgramChecker c = new ProgramChecker();
    c.checkProgram(program);
    List<ProgramError> out = new ArrayList<>(c.errors);
    boolean allPlaced = out.stream().allMatch(e -> e.origin().line() > 0);
    if (allPlaced) {
      out.sort(Comparator.comparingInt((ProgramError e) -> e.origin().line())
          .thenComparingInt(e -> e.origin().column())
          .thenComparingInt(ProgramError::exprColumn));
    }
    return List.copyOf(out);
  }

  private void error(Origin origin, int column, String format, Object... args) {
    errors.add(new ProgramError(origin, column, args.length == 0 ? format : String.format(format, args)));
  }

  private void error(Expr e, String format, Object... args) {
    error(e.pos().origin(), e.pos().column(), format, args);
  }

  private void checkProgram(Program program) {
    for (FunctionDecl f : program.functions()) {
      if (f.name().equals("main") && (!f.params().isEmpty() || !f.results().isEmpty())) {
        error(f.origin(), 0, Messages.MAIN_SIGNATURE);
      }
      declare(f.name(), SymKind.FUNC, f.type(), null, f.origin(), false);
    }
    for (Stmt.Var v : program.globals()) {
      for (int i = 0; i < v.names().size(); i++) {
        GoType t = v.type();
        if (t == null && v.values().size() == v.names().size()) {
          Expr init = v.values().get(i);
          Operand o = quietly(() -> expr(init, false));
          t = o.invalid() ? null : defaultType(o.type());
        }
        declare(v.names().get(i), SymKind.VAR, t, null, v.origin(), false);
      }
    }
    for (Stmt.Var v : program.globals()) {
      checkVarValues(v, true);
    }
    if (program.function("main").isEmpty()) {
      error(Origin.NONE, 0, Messages.MISSING_MAIN);
    }
    for (FunctionDecl f : program.functions()) {
      checkFunction(f.params(), f.results(), f.body(), f.origin());
    }
  }

  private interface OperandSupplier {
    Operand get();
  }

  /** Evaluates without recording errors (for a first look at package-level initializers). */
  private Operand quietly(OperandSupplier s) {
    int n = errors.size();
    Operand o = s.get();
    while (errors.size() > n) {
      errors.remove(errors.size() - 1);
    }
    return o;
  }

  private void declare(String name, SymKind kind, GoType type, Object value, Origin origin, boolean local) {
    if (name.equals("_")) {
      return;
    }
    if (scope.lookupHere(name) != null) {
      error(origin, 0, Messages.REDECLARED, name);
      return;
    }
    scope.add(new Sym(name, kind, type, value, origin, local));
  }

  /**
   * Labels are scoped to the function body (spec: Label scopes), nested loops included: a label
   * defined twice is a compile error, {@code label L already defined at 4:1} in go1.19's words.
   */
  private void defineLabel(String label, Origin origin) {
    if (label == null) {
      return;
    }
    Origin first = labels.putIfAbsent(label, origin);
    if (first != null) {
      error(origin, 0, Messages.LABEL_REDEFINED, label, first.line(), first.column());
    }
  }

  /** The labels of the function being checked, with where each was defined. */
  private java.util.Map<String, Origin> labels = new java.util.HashMap<>();

  private void checkFunction(List<Param> params, List<GoType> fnResults, List<Stmt> body, Origin origin) {
    java.util.Map<String, Origin> savedLabels = labels;
    labels = new java.util.HashMap<>();
    List<GoType> savedResults = results;
    List<Target> savedTargets = new ArrayList<>(targets);
    targets.clear();
    results = fnResults;
    openScope();
    for (Param p : params) {
      if (!p.name().isEmpty()) {
        declare(p.name(), SymKind.VAR, p.type(), null, origin, false);
      }
    }
    stmts(body);
    closeScope();
    if (!fnResults.isEmpty() && !terminates(body)) {
      error(origin, 0, Messages.MISSING_RETURN);
    }
    results = savedResults;
    labels = savedLabels;
    targets.clear();
    targets.addAll(savedTargets);
  }

  private void openScope() {
    scope = new Scope(scope);
  }

  private void closeScope() {
    for (Sym s : scope.syms) {
      if (s.kind == SymKind.VAR && s.local && !s.used) {
        error(s.origin, 0, Messages.DECLARED_NOT_USED, s.name);
      }
    }
    scope = scope.parent;
  }

  // ---- statements ----

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private void block(List<Stmt> list) {
    openScope();
    stmts(list);
    closeScope();
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Var v) {
      checkVarValues(v, false);
    } else if (s instanceof Stmt.Let let) {
      checkLet(let.names(), let.values(), let.origin());
    } else if (s instanceof Stmt.Assign a) {
      checkAssign(a);
    } else if (s instanceof Stmt.IncDec x) {
      Operand t = readTarget(x.target());
      if (!t.invalid() && !isNumeric(t.type())) {
        error(x.target(), Messages.OPERATOR_NOT_DEFINED, x.increment() ? "++" : "--", describe(t));
      }
    } else if (s instanceof Stmt.ExprStmt es) {
      checkExprStmt(es.expr());
    } else if (s instanceof Stmt.Make m) {
      if (!(m.type() instanceof GoType.Chan)) {
        error(m.origin(), 0, Messages.INVALID_ARGUMENT_FOR, m.type(), "make (a \"make\" statement makes a channel)");
      }
      if (m.capacity() != null) {
        Operand size = value(expr(m.capacity(), false));
        assignable(size, Basic.INT, "argument to make");
        if (!size.invalid() && size.mode() == Mode.CONSTANT && size.value() != null && toDouble(size.value()) < 0) {
          // go1.19 checks make's sizes as indices: make(chan int, -1) says "index -1".
          error(size.expr(), Messages.NEGATIVE_INDEX, ExprPrinter.print(size.expr()));
        }
      }
      if (scope.lookupHere(m.name()) != null) {
        error(m.origin(), 0, Messages.NO_NEW_VARIABLES);
      } else {
        declare(m.name(), SymKind.VAR, m.type(), null, m.origin(), true);
      }
    } else if (s instanceof Stmt.Send send) {
      checkSend(send);
    } else if (s instanceof Stmt.Print pr) {
      checkPrint(pr);
    } else if (s instanceof Stmt.Sleep sl) {
      duration(sl.duration(), "argument to time.Sleep");
    } else if (s instanceof Stmt.Work w) {
      duration(w.duration(), "work");
    } else if (s instanceof Stmt.Syscall sc) {
      duration(sc.duration(), "syscall");
    } else if (s instanceof Stmt.Go g) {
      checkGoDefer("go", g.call());
    } else if (s instanceof Stmt.Defer d) {
      checkGoDefer("defer", d.call());
    } else if (s instanceof Stmt.Close c) {
      checkClose(c.channel());
    } else if (s instanceof Stmt.Panic p) {
      value(expr(p.value(), false));
    } else if (s instanceof Stmt.If i) {
      openScope();
      if (i.init() != null) {
        stmt(i.init());
      }
      condition(i.cond(), "if");
      block(i.then());
      block(i.otherwise());
      closeScope();
    } else if (s instanceof Stmt.For f) {
      openScope();
      if (f.init() != null) {
        stmt(f.init());
      }
      if (f.cond() != null) {
        condition(f.cond(), "for");
      }
      if (f.post() != null) {
        stmt(f.post());
      }
      defineLabel(f.label(), f.origin());
      targets.add(new Target(true, f.label()));
      block(f.body());
      targets.remove(targets.size() - 1);
      closeScope();
    } else if (s instanceof Stmt.ForRange r) {
      checkRange(r);
    } else if (s instanceof Stmt.Select sel) {
      defineLabel(sel.label(), sel.origin());
      targets.add(new Target(false, sel.label()));
      for (Stmt.Clause c : sel.clauses()) {
        openScope();
        if (c.comm() != null) {
          checkComm(c.comm());
        }
        stmts(c.body());
        closeScope();
      }
      targets.remove(targets.size() - 1);
    } else if (s instanceof Stmt.Break b) {
      checkBranch(b.label(), false, b.origin());
    } else if (s instanceof Stmt.Continue c) {
      checkBranch(c.label(), true, c.origin());
    } else if (s instanceof Stmt.Return r) {
      checkReturn(r);
    } else if (s instanceof Stmt.Block b) {
      block(b.body());
    }
  }

  private void checkComm(Stmt comm) {
    boolean ok = comm instanceof Stmt.Send
        || (comm instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Recv)
        || (comm instanceof Stmt.Let l && l.values().size() == 1 && l.values().get(0) instanceof Expr.Recv)
        || (comm instanceof Stmt.Assign a && a.values().size() == 1 && a.values().get(0) instanceof Expr.Recv);
    if (!ok) {
      error(comm.origin(), 0, Messages.SELECT_CASE_NOT_COMM);
      return;
    }
    stmt(comm);
  }

  private void checkBranch(String label, boolean isContinue, Origin origin) {
    for (int i = targets.size() - 1; i >= 0; i--) {
      Target t = targets.get(i);
      if (label == null ? (!isContinue || t.loop()) : label.equals(t.label())) {
        if (isContinue && !t.loop()) {
          error(origin, 0, Messages.INVALID_CONTINUE_LABEL, label);
        }
        return;
      }
    }
    if (label != null) {
      error(origin, 0, isContinue ? Messages.INVALID_CONTINUE_LABEL : Messages.INVALID_BREAK_LABEL, label);
    } else {
      error(origin, 0, isContinue ? Messages.CONTINUE_OUTSIDE : Messages.BREAK_OUTSIDE);
    }
  }

  private void checkReturn(Stmt.Return r) {
    List<Operand> vals = values(r.values());
    if (vals == null) {
      return;
    }
    if (vals.size() > results.size()) {
      error(r.origin(), 0, Messages.TOO_MANY_RETURN_VALUES, vals.size(), results.size());
    } else if (vals.size() < results.size()) {
      error(r.origin(), 0, Messages.NOT_ENOUGH_RETURN_VALUES, vals.size(), results.size());
    } else {
      for (int i = 0; i < vals.size(); i++) {
        assignable(vals.get(i), results.get(i), "return statement");
      }
    }
  }

  /** Operands of a value list, expanding one multi-valued call; null after an error. */
  private List<Operand> values(List<Expr> exprs) {
    List<Operand> out = new ArrayList<>();
    if (exprs.size() == 1) {
      Operand o = expr(exprs.get(0), true);
      if (o.invalid()) {
        return null;
      }
      if (o.mode() == Mode.MULTI) {
        for (GoType t : ((GoType.Tuple) o.type()).types()) {
          out.add(new Operand(Mode.VALUE, t, null, o.expr()));
        }
        return out;
      }
      if (o.mode() == Mode.NOVALUE) {
        error(o.expr(), Messages.NO_VALUE_USED_AS_VALUE, ExprPrinter.print(o.expr()));
        return null;
      }
      out.add(o);
      return out;
    }
    boolean bad = false;
    for (Expr e : exprs) {
      Operand o = value(expr(e, false));
      bad |= o.invalid();
      out.add(o);
    }
    return bad ? null : out;
  }

  private void checkVarValues(Stmt.Var v, boolean global) {
    if (v.values().isEmpty()) {
      if (!global) {
        for (String n : v.names()) {
          declare(n, SymKind.VAR, v.type(), null, v.origin(), true);
        }
      }
      return;
    }
    List<Operand> vals = valuesFor(v.names().size(), v.values(), v.origin());
    if (global) {
      if (vals != null && v.type() != null) {
        for (Operand o : vals) {
          assignable(o, v.type(), "variable declaration");
        }
      }
      return;
    }
    for (int i = 0; i < v.names().size(); i++) {
      GoType t = v.type();
      if (vals != null) {
        if (t != null) {
          assignable(vals.get(i), t, "variable declaration");
        } else {
          t = defaultType(vals.get(i).type());
          if (vals.get(i).type() == Basic.UNTYPED_NIL) {
            error(vals.get(i).expr(), "use of untyped nil in variable declaration");
          }
        }
      }
      declare(v.names().get(i), SymKind.VAR, t, null, v.origin(), true);
    }
  }

  /** Values for {@code n} variables, with gc's assignment-mismatch message; null after an error. */
  private List<Operand> valuesFor(int n, List<Expr> exprs, Origin origin) {
    if (exprs.size() == 1 && n == 2) {
      Operand o = expr(exprs.get(0), true);
      if (o.invalid()) {
        return null;
      }
      if (o.mode() == Mode.COMMAOK) {
        return List.of(new Operand(Mode.VALUE, o.type(), null, o.expr()), new Operand(Mode.VALUE, Basic.BOOL, null, o.expr()));
      }
    }
    List<Operand> vals = values(exprs);
    if (vals == null) {
      return null;
    }
    if (vals.size() != n) {
      String rhs;
      if (exprs.size() == 1 && exprs.get(0) instanceof Expr.Call call) {
        rhs = ExprPrinter.print(call) + " returns " + vals.size() + " value" + (vals.size() == 1 ? "" : "s");
      } else {
        rhs = vals.size() + " value" + (vals.size() == 1 ? "" : "s");
      }
      error(origin, 0, Messages.ASSIGNMENT_MISMATCH, n, n == 1 ? "" : "s", rhs);
      return null;
    }
    return vals;
  }

  private void checkLet(List<String> names, List<Expr> exprs, Origin origin) {
    List<Operand> vals = valuesFor(names.size(), exprs, origin);
    boolean anyNew = false;
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      Sym existing = n.equals("_") ? null : scope.lookupHere(n);
      if (existing != null) {
        if (vals != null && existing.kind == SymKind.VAR) {
          assignable(vals.get(i), existing.type, "assignment");
        }
        continue;
      }
      if (!n.equals("_")) {
        anyNew = true;
      }
      GoType t = null;
      if (vals != null) {
        Operand o = vals.get(i);
        if (o.type() == Basic.UNTYPED_NIL) {
          error(o.expr(), "use of untyped nil in assignment");
        }
        t = defaultType(o.type());
      }
      declare(n, SymKind.VAR, t, null, origin, true);
    }
    if (!anyNew) {
      error(origin, 0, Messages.NO_NEW_VARIABLES);
    }
  }

  private void checkAssign(Stmt.Assign a) {
    if (!a.op().equals("=")) {
      Operand t = readTarget(a.targets().get(0));
      if (a.values().size() != 1) {
        error(a.origin(), 0, Messages.ASSIGN_OP_MISMATCH, a.op());
        return;
      }
      Operand v = value(expr(a.values().get(0), false));
      if (t.invalid() || v.invalid()) {
        return;
      }
      String op = a.op().substring(0, a.op().length() - 1);
      Expr synthetic = new Expr.Binary(op, a.targets().get(0), a.values().get(0), 0, a.targets().get(0).pos());
      Operand r = binaryOp(synthetic, op, t, v);
      if (!r.invalid()) {
        assignable(r, t.type(), "assignment");
      }
      return;
    }
    List<Operand> targetsOps = new ArrayList<>();
    for (Expr t : a.targets()) {
      targetsOps.add(target(t));
    }
    List<Operand> vals = valuesFor(a.targets().size(), a.values(), a.origin());
    if (vals == null) {
      return;
    }
    for (int i = 0; i < targetsOps.size(); i++) {
      Operand t = targetsOps.get(i);
      if (!t.invalid() && t.type() != null) {
        assignable(vals.get(i), t.type(), "assignment");
      }
    }
  }

  /** The target of {@code x op= v} or {@code x++}, which is read too: {@code _} is refused. */
  private Operand readTarget(Expr e) {
    if (e instanceof Expr.Ident id && id.name().equals("_")) {
      error(id, Messages.BLANK_AS_VALUE);
      return Operand.INVALID;
    }
    return target(e);
  }

  /** An assignment target: a variable, a slice element, or {@code _} (type null). */
  private Operand target(Expr e) {
    if (e instanceof Expr.Ident id && id.name().equals("_")) {
      return new Operand(Mode.VARIABLE, null, null, e);
    }
    if (e instanceof Expr.Ident id) {
      Sym s = scope.lookup(id.name());
      if (s != null && s.kind == SymKind.VAR) {
        // A variable whose declaration failed has no type; its error was reported there, and Go
        // reports nothing more about its uses (type null here would read as the blank _).
        return s.type == null ? Operand.INVALID : new Operand(Mode.VARIABLE, s.type, null, e);
      }
    }
    Operand o = expr(e, false);
    if (o.invalid()) {
      return o;
    }
    if (o.mode() != Mode.VARIABLE) {
      error(e, Messages.CANNOT_ASSIGN, describe(o));
      return Operand.INVALID;
    }
    return o;
  }

  private void checkExprStmt(Expr e) {
    Operand o = expr(e, true);
    if (o.invalid()) {
      return;
    }
    boolean isCall = e instanceof Expr.Call;
    boolean isRecv = e instanceof Expr.Recv;
    if (isCall && o.mode() != Mode.VALUE && o.mode() != Mode.CONSTANT || isRecv) {
      return;
    }
    if (isCall && e instanceof Expr.Call c && !isBuiltinOrConversion(c)) {
      return;
    }
    error(e, Messages.NOT_USED, describe(o));
  }

  private boolean isBuiltinOrConversion(Expr.Call c) {
    if (c.fun() instanceof Expr.Ident id) {
      Sym s = scope.lookup(id.name());
      return s != null && (s.kind == SymKind.BUILTIN || s.kind == SymKind.TYPE);
    }
    if (c.fun() instanceof Expr.TypeExpr) {
      return true;
    }
    if (c.fun() instanceof Expr.Selector sel && sel.operand() instanceof Expr.Ident pkg
        && pkg.name().equals("time") && sel.name().equals("Duration")) {
      return true;
    }
    return false;
  }

  private void checkSend(Stmt.Send send) {
    Operand ch = value(channelOperand(send.channel()));
    Operand v = value(expr(send.value(), false));
    if (ch.invalid()) {
      return;
    }
    if (!(ch.type() instanceof GoType.Chan c)) {
      error(send.channel(), Messages.SEND_TO_NON_CHANNEL, describe(ch));
      return;
    }
    if (c.dir() == GoType.ChanDir.RECV_ONLY) {
      error(send.channel(), Messages.SEND_TO_RECEIVE_ONLY, describe(ch));
      return;
    }
    if (!v.invalid()) {
      assignable(v, c.elem(), "send");
    }
  }

  private void checkClose(Expr chExpr) {
    Operand ch = value(channelOperand(chExpr));
    if (ch.invalid()) {
      return;
    }
    if (!(ch.type() instanceof GoType.Chan c)) {
      error(chExpr, Messages.CLOSE_NON_CHANNEL, describe(ch));
    } else if (c.dir() == GoType.ChanDir.RECV_ONLY) {
      error(chExpr, Messages.CLOSE_RECEIVE_ONLY, describe(ch));
    }
  }

  /** A channel operand; an undefined bare name gets the "unknown channel" message. */
  private Operand channelOperand(Expr e) {
    if (e instanceof Expr.Ident id && scope.lookup(id.name()) == null) {
      error(e, Messages.UNKNOWN_CHANNEL, id.name(), joinOrNone(visibleNames(true)));
      return Operand.INVALID;
    }
    return expr(e, false);
  }

  private static String joinOrNone(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** Most names a message lists as declared. */
  private static final int MAX_NAMES_SHOWN = 20;

  /** Variables visible here, innermost scope last, each once; only channels if asked. */
  private List<String> visibleNames(boolean channelsOnly) {
    List<Scope> chain = new ArrayList<>();
    for (Scope sc = scope; sc != null; sc = sc.parent) {
      chain.add(0, sc);
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Scope sc : chain) {
      for (Sym s : sc.syms) {
        if (s.kind == SymKind.VAR && (!channelsOnly || s.type instanceof GoType.Chan)) {
          out.add(s.name);
        }
      }
    }
    // A hint, not an inventory: a scope of thousands of names would make every message a page.
    List<String> names = new ArrayList<>(out);
    if (names.size() > MAX_NAMES_SHOWN) {
      int more = names.size() - MAX_NAMES_SHOWN;
      names = new ArrayList<>(names.subList(0, MAX_NAMES_SHOWN));
      names.add("and " + more + " more");
    }
    return names;
  }

  private void checkPrint(Stmt.Print pr) {
    for (int i = 0; i < pr.args().size(); i++) {
      Operand o = value(expr(pr.args().get(i), false));
      if (i == 0 && pr.kind() == Stmt.PrintKind.PRINTF && !o.invalid()
          && o.type() != Basic.STRING && o.type() != Basic.UNTYPED_STRING) {
        error(pr.args().get(0), Messages.PRINTF_FORMAT_NOT_STRING, describe(o));
      }
    }
    if (pr.kind() == Stmt.PrintKind.PRINTF && pr.args().isEmpty()) {
      error(pr.origin(), 0, Messages.NOT_ENOUGH_ARGUMENTS, "fmt.Printf", 0, 1);
    }
  }

  private void duration(Expr e, String context) {
    Operand o = value(expr(e, false));
    if (o.invalid()) {
      return;
    }
    if (o.type() == Basic.UNTYPED_STRING || o.type() == Basic.STRING) {
      error(e, Messages.NOT_A_DURATION_STRING, describe(o), context);
      return;
    }
    assignable(o, Basic.DURATION, context);
  }

  private void checkGoDefer(String keyword, Expr.Call call) {
    Operand o = expr(call, true);
    if (o.invalid()) {
      return;
    }
    if (isBuiltinOrConversion(call) && !(call.fun() instanceof Expr.Ident id && id.name().equals("close"))) {
      error(call, Messages.GO_NEEDS_CALL, keyword);
      return;
    }
    if (keyword.equals("go") && call.fun() instanceof Expr.Selector sel
        && !(sel.operand() instanceof Expr.Ident id && scope.lookup(id.name()) != null
            && scope.lookup(id.name()).kind != SymKind.PACKAGE)
        || keyword.equals("go") && call.fun() instanceof Expr.Ident b && "close".equals(b.name())) {
      error(call, Messages.GO_LIBRARY_CALL, keyword, ExprPrinter.print(call.fun()));
    }
  }

  private void condition(Expr e, String stmtName) {
    Operand o = value(expr(e, false));
    if (!o.invalid() && o.type() != Basic.BOOL && o.type() != Basic.UNTYPED_BOOL) {
      error(e, Messages.NON_BOOLEAN_CONDITION, stmtName);
    }
  }

  private void checkRange(Stmt.ForRange r) {
    Operand x = value(r.range() instanceof Expr.Ident id && scope.lookup(id.name()) == null
        ? channelOperand(r.range()) : expr(r.range(), false));
    openScope();
    GoType keyType = null;
    GoType valueType = null;
    if (!x.invalid()) {
      if (x.type() instanceof GoType.Chan c) {
        if (c.dir() == GoType.ChanDir.SEND_ONLY) {
          error(r.range(), Messages.RECEIVE_FROM_SEND_ONLY, describe(x));
        }
        if (r.value() != null) {
          error(r.value(), Messages.RANGE_CHANNEL_ONE_VARIABLE, describe(x));
        }
        keyType = c.elem();
      } else if (x.type() instanceof GoType.Slice s) {
        keyType = Basic.INT;
        valueType = s.elem();
      } else {
        error(r.range(), Messages.CANNOT_RANGE, describe(x));
      }
    }
    Expr[] vars = {r.key(), r.value()};
    GoType[] types = {keyType, valueType};
    for (int i = 0; i < 2; i++) {
      if (vars[i] == null) {
        continue;
      }
      if (r.define()) {
        declare(((Expr.Ident) vars[i]).name(), SymKind.VAR, types[i], null, r.origin(), true);
      } else {
        Operand t = target(vars[i]);
        if (!t.invalid() && t.type() != null && types[i] != null) {
          assignable(new Operand(Mode.VALUE, types[i], null, r.range()), t.type(), "range");
        }
      }
    }
    defineLabel(r.label(), r.origin());
    targets.add(new Target(true, r.label()));
    block(r.body());
    targets.remove(targets.size() - 1);
    closeScope();
  }

  /** Go's terminating-statement rule (spec: Terminating statements). */
  private boolean terminates(List<Stmt> body) {
    if (body.isEmpty()) {
      return false;
    }
    Stmt last = body.get(body.size() - 1);
    if (last instanceof Stmt.Return || last instanceof Stmt.Panic) {
      return true;
    }
    if (last instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Call c
        && c.fun() instanceof Expr.Ident id && id.name().equals("panic")) {
      return true;
    }
    if (last instanceof Stmt.Block b) {
      return terminates(b.body());
    }
    if (last instanceof Stmt.If i) {
      return !i.otherwise().isEmpty() && terminates(i.then()) && terminates(i.otherwise());
    }
    if (last instanceof Stmt.For f) {
      return f.cond() == null && !hasBreak(f.body(), f.label(), true);
    }
    if (last instanceof Stmt.Select sel) {
      for (Stmt.Clause c : sel.clauses()) {
        if (!terminates(c.body()) || hasBreak(c.body(), sel.label(), true)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether {@code body} breaks out of the statement labelled {@code label} (or, if direct, the nearest). */
  private boolean hasBreak(List<Stmt> body, String label, boolean direct) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Break b) {
        if ((b.label() == null && direct) || (b.label() != null && b.label().equals(label))) {
          return true;
        }
      } else if (s instanceof Stmt.If i) {
        if (hasBreak(i.then(), label, direct) || hasBreak(i.otherwise(), label, direct)) {
          return true;
        }
      } else if (s instanceof Stmt.Block b) {
        if (hasBreak(b.body(), label, direct)) {
          return true;
        }
      } else if (s instanceof Stmt.For f) {
        if (label != null && hasBreak(f.body(), label, false)) {
          return true;
        }
      } else if (s instanceof Stmt.ForRange f) {
        if (label != null && hasBreak(f.body(), label, false)) {
          return true;
        }
      } else if (s instanceof Stmt.Select sel) {
        for (Stmt.Clause c : sel.clauses()) {
          if (label != null && hasBreak(c.body(), label, false)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- expressions ----

  /** Requires a single value; reports no-value and multi-value operands. */
  private Operand value(Operand o) {
    if (o.invalid()) {
      return o;
    }
    switch (o.mode()) {
      case NOVALUE -> {
        error(o.expr(), Messages.NO_VALUE_USED_AS_VALUE, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case MULTI -> {
        error(o.expr(), Messages.MULTI_VALUE_IN_SINGLE_CONTEXT, ExprPrinter.print(o.expr()), o.type());
        return Operand.INVALID;
      }
      case TYPE -> {
        error(o.expr(), Messages.NOT_AN_EXPRESSION, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case PACKAGE -> {
        error(o.expr(), Messages.USE_OF_PACKAGE, ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case BUILTIN -> {
        error(o.expr(), "%s (built-in function %s) must be called", ExprPrinter.print(o.expr()), ExprPrinter.print(o.expr()));
        return Operand.INVALID;
      }
      case COMMAOK -> {
        return new Operand(Mode.VALUE, o.type(), null, o.expr());
      }
      default -> {
        return o;
      }
    }
  }

  /** Checks {@code e}; {@code allowMulti} keeps NOVALUE, MULTI and COMMAOK modes for the caller. */
  private Operand expr(Expr e, boolean allowMulti) {
    Operand o = expr0(e);
    if (!allowMulti && !o.invalid() && (o.mode() == Mode.MULTI || o.mode() == Mode.NOVALUE)) {
      return value(o);
    }
    if (!allowMulti && o.mode() == Mode.COMMAOK) {
      return new Operand(Mode.VALUE, o.type(), null, o.expr());
    }
    return o;
  }

  private Operand expr0(Expr e) {
    if (e instanceof Expr.Ident id) {
      return ident(id);
    }
    if (e instanceof Expr.IntLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_INT, x.value(), e);
    }
    if (e instanceof Expr.FloatLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_FLOAT, x.value(), e);
    }
    if (e instanceof Expr.StringLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_STRING, x.value(), e);
    }
    if (e instanceof Expr.RuneLit x) {
      return new Operand(Mode.CONSTANT, Basic.UNTYPED_INT, (long) x.value(), e);
    }
    if (e instanceof Expr.DurationLit x) {
      return new Operand(Mode.CONSTANT, Basic.DURATION, x.nanos(), e);
    }
    if (e instanceof Expr.Unary u) {
      return unary(u);
    }
    if (e instanceof Expr.Recv r) {
      Operand ch = value(channelOperand(r.channel()));
      if (ch.invalid()) {
        return ch;
      }
      if (!(ch.type() instanceof GoType.Chan c)) {
        error(r.channel(), Messages.RECEIVE_FROM_NON_CHANNEL, describe(ch));
        return Operand.INVALID;
      }
      if (c.dir() == GoType.ChanDir.SEND_ONLY) {
        error(r.channel(), Messages.RECEIVE_FROM_SEND_ONLY, describe(ch));
        return Operand.INVALID;
      }
      return new Operand(Mode.COMMAOK, c.elem(), null, e);
    }
    if (e instanceof Expr.Binary b) {
      Operand l = value(expr(b.left(), false));
      Operand r = value(expr(b.right(), false));
      if (l.invalid() || r.invalid()) {
        return Operand.INVALID;
      }
      return binaryOp(b, b.op(), l, r);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.Selector s) {
      return selector(s);
    }
    if (e instanceof Expr.Index ix) {
      Operand x = value(expr(ix.operand(), false));
      Operand i = value(expr(ix.index(), false));
      if (x.invalid() || i.invalid()) {
        return Operand.INVALID;
      }
      index(i);
      if (x.type() instanceof GoType.Slice s) {
        return new Operand(Mode.VARIABLE, s.elem(), null, e);
      }
      if (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING) {
        return new Operand(Mode.VALUE, Basic.INT, null, e);
      }
      error(ix.operand(), Messages.CANNOT_INDEX, describe(x));
      return Operand.INVALID;
    }
    if (e instanceof Expr.SliceExpr sl) {
      Operand x = value(expr(sl.operand(), false));
      for (Expr bound : new Expr[] {sl.low(), sl.high()}) {
        if (bound != null) {
          Operand b = value(expr(bound, false));
          if (!b.invalid()) {
            index(b);
          }
        }
      }
      if (x.invalid()) {
        return x;
      }
      if (x.type() instanceof GoType.Slice) {
        return new Operand(Mode.VALUE, x.type(), null, e);
      }
      if (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING) {
        return new Operand(Mode.VALUE, Basic.STRING, null, e);
      }
      error(sl.operand(), Messages.CANNOT_SLICE, describe(x));
      return Operand.INVALID;
    }
    if (e instanceof Expr.TypeExpr t) {
      return new Operand(Mode.TYPE, t.type(), null, e);
    }
    if (e instanceof Expr.CompositeLit cl) {
      if (!(cl.type() instanceof GoType.Slice s)) {
        error(e, Messages.COMPOSITE_NOT_SLICE, cl.type());
        return Operand.INVALID;
      }
      for (Expr el : cl.elements()) {
        Operand o = value(expr(el, false));
        if (!o.invalid()) {
          assignable(o, s.elem(), "slice literal");
        }
      }
      return new Operand(Mode.VALUE, cl.type(), null, e);
    }
    if (e instanceof Expr.FuncLit f) {
      checkFunction(f.params(), f.results(), f.body(), f.origin());
      return new Operand(Mode.VALUE, f.type(), null, e);
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  private void index(Operand i) {
    if (!isInteger(i.type()) && !(i.mode() == Mode.CONSTANT && i.type() == Basic.UNTYPED_FLOAT && isIntegral(i.value()))) {
      error(i.expr(), Messages.INDEX_NOT_INTEGER, describe(i));
    } else if (i.mode() == Mode.CONSTANT && toDouble(i.value()) < 0) {
      error(i.expr(), Messages.NEGATIVE_INDEX, ExprPrinter.print(i.expr()));
    }
  }

  private Operand ident(Expr.Ident id) {
    if (id.name().equals("_")) {
      error(id, Messages.BLANK_AS_VALUE);
      return Operand.INVALID;
    }
    Sym s = scope.lookup(id.name());
    if (s == null) {
      List<String> declared = visibleNames(false);
      if (declared.isEmpty()) {
        error(id, Messages.UNDEFINED, id.name());
      } else {
        error(id, Messages.UNDEFINED_WITH_DECLARED, id.name(), String.join(", ", declared));
      }
      return Operand.INVALID;
    }
    s.used = true;
    return switch (s.kind) {
      case VAR -> s.type == null ? Operand.INVALID : new Operand(Mode.VARIABLE, s.type, null, id);
      case FUNC -> new Operand(Mode.FUNC, s.type, null, id);
      case TYPE -> new Operand(Mode.TYPE, s.type, null, id);
      case PACKAGE -> new Operand(Mode.PACKAGE, null, null, id);
      case BUILTIN -> new Operand(Mode.BUILTIN, null, null, id);
      case CONST -> new Operand(Mode.CONSTANT, s.type, s.value, id);
    };
  }

  private Operand unary(Expr.Unary u) {
    if (u.op().equals("&")) {
      Operand x = expr(u.operand(), false);
      if (x.invalid()) {
        return x;
      }
      if (x.mode() != Mode.VARIABLE || (x.type() != Basic.WAIT_GROUP && x.type() != Basic.MUTEX)) {
        error(u, Messages.ADDRESS_ONLY_SYNC, ExprPrinter.print(u.operand()));
        return Operand.INVALID;
      }
      return new Operand(Mode.VALUE, new GoType.Pointer(x.type()), null, u);
    }
    Operand x = value(expr(u.operand(), false));
    if (x.invalid()) {
      return x;
    }
    boolean ok = switch (u.op()) {
      case "!" -> x.type() == Basic.BOOL || x.type() == Basic.UNTYPED_BOOL;
      case "^" -> isInteger(x.type());
      default -> isNumeric(x.type());
    };
    if (!ok) {
      error(u, Messages.OPERATOR_NOT_DEFINED, u.op(), describe(x));
      return Operand.INVALID;
    }
    if (x.mode() == Mode.CONSTANT) {
      Object v = switch (u.op()) {
        case "!" -> !(Boolean) x.value();
        case "^" -> ~toLong(x.value());
        case "-" -> x.value() instanceof Double d ? (Object) (-d) : (Object) (-toLong(x.value()));
        default -> x.value();
      };
      return new Operand(Mode.CONSTANT, x.type(), v, u);
    }
    return new Operand(Mode.VALUE, x.type(), null, u);
  }

  private Operand binaryOp(Expr e, String op, Operand l, Operand r) {
    boolean shift = op.equals("<<") || op.equals(">>");
    if (shift) {
      if (!isInteger(l.type()) && !(l.type() == Basic.UNTYPED_FLOAT && isIntegral(l.value()))) {
        error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
        return Operand.INVALID;
      }
      if (!isInteger(r.type())) {
        error(r.expr(), "invalid operation: shift count %s must be integer", describe(r));
        return Operand.INVALID;
      }
      if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT) {
        long v = op.equals("<<") ? toLong(l.value()) << toLong(r.value()) : toLong(l.value()) >> toLong(r.value());
        return new Operand(Mode.CONSTANT, l.type() == Basic.UNTYPED_FLOAT ? Basic.UNTYPED_INT : l.type(), v, e);
      }
      return new Operand(Mode.VALUE, defaultTypeIfUntyped(l.type()), null, e);
    }
    GoType lt = l.type();
    GoType rt = r.type();
    GoType type;
    boolean lu = isUntyped(lt);
    boolean ru = isUntyped(rt);
    if (lu && ru) {
      type = untypedJoin(lt, rt);
      if (type == null) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
    } else if (lu) {
      if (!representable(l, rt)) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
      type = rt;
    } else if (ru) {
      if (!representable(r, lt)) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
      type = lt;
    } else {
      if (!identical(lt, rt)) {
        error(e, Messages.MISMATCHED_TYPES, ExprPrinter.print(e), lt, rt);
        return Operand.INVALID;
      }
      type = lt;
    }
    boolean comparison = switch (op) {
      case "==", "!=", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
    if (comparison) {
      boolean ordered = !op.equals("==") && !op.equals("!=");
      if (type instanceof GoType.Func && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, Messages.FUNC_VALUE_COMPARE, ExprPrinter.print(e));
        return Operand.INVALID;
      }
      if (type instanceof GoType.Slice && !(lt == Basic.UNTYPED_NIL || rt == Basic.UNTYPED_NIL)) {
        error(e, "invalid operation: %s (slice can only be compared to nil)", ExprPrinter.print(e));
        return Operand.INVALID;
      }
      if (ordered && !(isNumeric(type) || type == Basic.STRING || type == Basic.UNTYPED_STRING)) {
        error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
        return Operand.INVALID;
      }
      if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT && l.value() != null && r.value() != null) {
        return new Operand(Mode.CONSTANT, Basic.UNTYPED_BOOL, compareConst(op, l.value(), r.value()), e);
      }
      return new Operand(Mode.VALUE, Basic.UNTYPED_BOOL, null, e);
    }
    boolean defined = switch (op) {
      case "&&", "||" -> type == Basic.BOOL || type == Basic.UNTYPED_BOOL;
      case "+" -> isNumeric(type) || type == Basic.STRING || type == Basic.UNTYPED_STRING;
      case "-", "*", "/" -> isNumeric(type);
      default -> isInteger(type) || (type == Basic.UNTYPED_FLOAT && isIntegral(l.value()) && isIntegral(r.value()));
    };
    if (!defined) {
      error(e, Messages.OPERATOR_NOT_DEFINED, op, describe(l));
      return Operand.INVALID;
    }
    if ((op.equals("/") || op.equals("%")) && r.mode() == Mode.CONSTANT && toDouble(r.value()) == 0
        && (isInteger(type) || l.mode() == Mode.CONSTANT)) {
      error(r.expr(), Messages.DIVISION_BY_ZERO);
      return Operand.INVALID;
    }
    if (l.mode() == Mode.CONSTANT && r.mode() == Mode.CONSTANT) {
      Object v = foldConst(op, l.value(), r.value(), type);
      if (v != null) {
        return new Operand(Mode.CONSTANT, type, v, e);
      }
    }
    return new Operand(Mode.VALUE, type, null, e);
  }

  private static Object foldConst(String op, Object a, Object b, GoType type) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return op.equals("&&") ? x && y : x || y;
    }
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    boolean floating = type == Basic.UNTYPED_FLOAT || type == Basic.FLOAT64;
    if (floating) {
      double x = toDouble(a);
      double y = toDouble(b);
      return switch (op) {
        case "+" -> x + y;
        case "-" -> x - y;
        case "*" -> x * y;
        case "/" -> x / y;
        default -> (double) foldInt(op, (long) x, (long) y);
      };
    }
    return foldInt(op, toLong(a), toLong(b));
  }

  private static long foldInt(String op, long x, long y) {
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> x / y;
      case "%" -> x % y;
      case "&" -> x & y;
      case "|" -> x | y;
      case "^" -> x ^ y;
      case "&^" -> x & ~y;
      default -> 0;
    };
  }

  private static boolean compareConst(String op, Object a, Object b) {
    int c;
    if (a instanceof String x && b instanceof String y) {
      c = x.compareTo(y);
    } else if (a instanceof Boolean x && b instanceof Boolean y) {
      c = x.equals(y) ? 0 : 1;
    } else {
      c = Double.compare(toDouble(a), toDouble(b));
    }
    return switch (op) {
      case "==" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  private Operand selector(Expr.Selector s) {
    if (s.operand() instanceof Expr.Ident pkg) {
      Sym sym = scope.lookup(pkg.name());
      if (sym != null && sym.kind == SymKind.PACKAGE) {
        GoType memberType = Library.memberType(pkg.name(), s.name());
        if (memberType == null) {
          if (ExprParser.namedType(pkg.name() + "." + s.name()) != null) {
            return new Operand(Mode.TYPE, ExprParser.namedType(pkg.name() + "." + s.name()), null, s);
          }
          error(s, Messages.UNDEFINED_MEMBER, pkg.name(), s.name());
          return Operand.INVALID;
        }
        Long constant = Library.durationConstant(pkg.name(), s.name());
        if (constant != null) {
          return new Operand(Mode.CONSTANT, Basic.DURATION, constant, s);
        }
        return new Operand(Mode.FUNC, memberType, null, s);
      }
    }
    Operand x = value(expr(s.operand(), false));
    if (x.invalid()) {
      return x;
    }
    GoType recv = x.type() instanceof GoType.Pointer p ? p.elem() : x.type();
    GoType method = Library.methodType(recv, s.name());
    if (method == null) {
      error(s, Messages.UNDEFINED_METHOD, ExprPrinter.print(s.operand()), s.name(), x.type(), s.name());
      return Operand.INVALID;
    }
    return new Operand(Mode.FUNC, method, null, s);
  }

  private Operand call(Expr.Call c) {
    Operand f = expr(c.fun(), true);
    if (f.invalid()) {
      for (Expr a : c.args()) {
        if (!(a instanceof Expr.TypeExpr)) {
          expr(a, true);
        }
      }
      return Operand.INVALID;
    }
    String name = ExprPrinter.print(c.fun());
    if (f.mode() == Mode.BUILTIN) {
      return builtin(c, ((Expr.Ident) c.fun()).name());
    }
    if (f.mode() == Mode.TYPE) {
      return conversion(c, f.type());
    }
    if (!(f.type() instanceof GoType.Func ft)) {
      if (f.mode() == Mode.PACKAGE) {
        error(c.fun(), Messages.USE_OF_PACKAGE, name);
      } else {
        error(c.fun(), Messages.NOT_A_FUNCTION, describe(f));
      }
      return Operand.INVALID;
    }
    boolean variadic = Library.isVariadic(name);
    List<Operand> args = new ArrayList<>();
    boolean bad = false;
    for (Expr a : c.args()) {
      Operand o = value(expr(a, false));
      bad |= o.invalid();
      args.add(o);
    }
    if (variadic) {
      if (args.size() < ft.params().size()) {
        error(c, Messages.NOT_ENOUGH_ARGUMENTS, name, args.size(), ft.params().size());
        return Operand.INVALID;
      }
      if (!bad && name.equals("fmt.Sprintf") || name.equals("fmt.Printf")) {
        if (!bad && !args.isEmpty()) {
          assignable(args.get(0), Basic.STRING, "argument to " + name);
        }
      }
    } else if (!bad) {
      if (args.size() < ft.params().size()) {
        error(c, Messages.NOT_ENOUGH_ARGUMENTS, name, args.size(), ft.params().size());
        return Operand.INVALID;
      }
      if (args.size() > ft.params().size()) {
        error(c.args().get(ft.params().size()), Messages.TOO_MANY_ARGUMENTS, name, args.size(), ft.params().size());
        return Operand.INVALID;
      }
      for (int i = 0; i < args.size(); i++) {
        assignable(args.get(i), ft.params().get(i), "argument to " + name);
      }
    }
    if (ft.results().isEmpty()) {
      return new Operand(Mode.NOVALUE, null, null, c);
    }
    if (ft.results().size() > 1) {
      return new Operand(Mode.MULTI, new GoType.Tuple(ft.results()), null, c);
    }
    return new Operand(Mode.VALUE, ft.results().get(0), null, c);
  }

  private boolean argCount(Expr.Call c, String name, int min, int max) {
    int n = c.args().size();
    if (n < min) {
      error(c, Messages.NOT_ENOUGH_ARGUMENTS, name, n, min);
      return false;
    }
    if (n > max) {
      error(c.args().get(max), Messages.TOO_MANY_ARGUMENTS, name, n, max);
      return false;
    }
    return true;
  }

  private Operand builtin(Expr.Call c, String name) {
    switch (name) {
      case "len", "cap" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        Operand x = value(expr(c.args().get(0), false));
        if (x.invalid()) {
          return x;
        }
        boolean ok = x.type() instanceof GoType.Slice || x.type() instanceof GoType.Chan
            || (name.equals("len") && (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING));
        if (!ok) {
          error(c.args().get(0), Messages.INVALID_ARGUMENT_FOR, describe(x), name);
          return Operand.INVALID;
        }
        if (x.mode() == Mode.CONSTANT && x.value() instanceof String str) {
          return new Operand(Mode.CONSTANT, Basic.INT, (long) str.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, c);
        }
        return new Operand(Mode.VALUE, Basic.INT, null, c);
      }
      case "append" -> {
        if (!argCount(c, name, 1, Integer.MAX_VALUE)) {
          return Operand.INVALID;
        }
        Operand s = value(expr(c.args().get(0), false));
        if (s.invalid()) {
          return s;
        }
        if (!(s.type() instanceof GoType.Slice st)) {
          error(c.args().get(0), Messages.APPEND_FIRST_ARG, describe(s));
          return Operand.INVALID;
        }
        for (int i = 1; i < c.args().size(); i++) {
          Operand a = value(expr(c.args().get(i), false));
          if (!a.invalid()) {
            assignable(a, c.spread() && i == c.args().size() - 1 ? st : st.elem(), "argument to append");
          }
        }
        return new Operand(Mode.VALUE, st, null, c);
      }
      case "make" -> {
        if (!argCount(c, name, 1, 3)) {
          return Operand.INVALID;
        }
        Operand t = expr(c.args().get(0), false);
        if (t.invalid()) {
          return t;
        }
        if (t.mode() != Mode.TYPE) {
          error(c.args().get(0), Messages.MAKE_NEEDS_TYPE, ExprPrinter.print(c.args().get(0)));
          return Operand.INVALID;
        }
        if (t.type() instanceof GoType.Chan) {
          if (!argCount(c, name, 1, 2)) {
            return Operand.INVALID;
          }
        } else if (t.type() instanceof GoType.Slice) {
          if (c.args().size() < 2) {
            error(c, Messages.MAKE_SLICE_NEEDS_LEN, ExprPrinter.print(c));
            return Operand.INVALID;
          }
        } else {
          error(c.args().get(0), Messages.INVALID_ARGUMENT_FOR, t.type(), "make");
          return Operand.INVALID;
        }
        for (int i = 1; i < c.args().size(); i++) {
          Operand n = value(expr(c.args().get(i), false));
          if (!n.invalid()) {
            index(n);
          }
        }
        return new Operand(Mode.VALUE, t.type(), null, c);
      }
      case "close" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        checkClose(c.args().get(0));
        return new Operand(Mode.NOVALUE, null, null, c);
      }
      case "panic" -> {
        if (!argCount(c, name, 1, 1)) {
          return Operand.INVALID;
        }
        value(expr(c.args().get(0), false));
        return new Operand(Mode.NOVALUE, null, null, c);
      }
      default -> throw new IllegalStateException("builtin " + name);
    }
  }

  private Operand conversion(Expr.Call c, GoType target) {
    if (c.args().size() != 1) {
      if (c.args().isEmpty()) {
        error(c, "missing argument in conversion to %s", target);
      } else {
        error(c.args().get(1), "too many arguments in conversion to %s", target);
      }
      return Operand.INVALID;
    }
    Operand x = value(expr(c.args().get(0), false));
    if (x.invalid()) {
      return x;
    }
    boolean ok = identical(defaultType(x.type()), target)
        || (isNumeric(x.type()) && isNumeric(target))
        || (target == Basic.STRING && (x.type() == Basic.STRING || x.type() == Basic.UNTYPED_STRING));
    if (!ok) {
      error(c.args().get(0), Messages.CANNOT_CONVERT, describe(x), target);
      return Operand.INVALID;
    }
    if (x.mode() == Mode.CONSTANT && x.value() != null && !(target instanceof GoType.Slice)) {
      Object v = x.value();
      if (target == Basic.FLOAT64) {
        v = toDouble(v);
      } else if (isInteger(target)) {
        if (!isIntegral(v)) {
          error(c.args().get(0), Messages.CANNOT_CONVERT + " (truncated)", describe(x), target);
          return Operand.INVALID;
        }
        v = toLong(v);
      }
      return new Operand(Mode.CONSTANT, target, v, c);
    }
    return new Operand(Mode.VALUE, target, null, c);
  }

  // ---- types ----

  private void assignable(Operand o, GoType target, String context) {
    if (o.invalid() || target == null || o.type() == null) {
      return;
    }
    if (o.mode() == Mode.NOVALUE || o.mode() == Mode.MULTI || o.mode() == Mode.TYPE) {
      value(o);
      return;
    }
    GoType t = o.type();
    if (isUntyped(t)) {
      if (t == Basic.UNTYPED_FLOAT && isInteger(target) && o.mode() == Mode.CONSTANT && !isIntegral(o.value())) {
        error(o.expr(), Messages.CANNOT_USE_TRUNCATED, describe(o), target, context);
        return;
      }
      if (representable(o, target)) {
        return;
      }
    } else if (identical(t, target) || assignableChan(t, target)) {
      return;
    }
    error(o.expr(), Messages.CANNOT_USE, describe(o), target, context);
  }

  private static boolean assignableChan(GoType from, GoType to) {
    return from instanceof GoType.Chan f && to instanceof GoType.Chan t
        && f.dir() == GoType.ChanDir.BOTH && identical(f.elem(), t.elem());
  }

  /** Whether untyped operand {@code o} converts implicitly to {@code t}. */
  private static boolean representable(Operand o, GoType t) {
    GoType u = o.type();
    if (u == Basic.UNTYPED_NIL) {
      return t instanceof GoType.Chan || t instanceof GoType.Slice || t instanceof GoType.Func || t instanceof GoType.Pointer;
    }
    if (u == Basic.UNTYPED_BOOL) {
      return t == Basic.BOOL;
    }
    if (u == Basic.UNTYPED_STRING) {
      return t == Basic.STRING;
    }
    if (u == Basic.UNTYPED_INT) {
      return isNumeric(t);
    }
    if (u == Basic.UNTYPED_FLOAT) {
      if (t == Basic.FLOAT64) {
        return true;
      }
      return isInteger(t) && (o.mode() != Mode.CONSTANT || isIntegral(o.value()));
    }
    return identical(u, t);
  }

  private static GoType untypedJoin(GoType a, GoType b) {
    if (a == b) {
      return a;
    }
    if ((a == Basic.UNTYPED_INT || a == Basic.UNTYPED_FLOAT) && (b == Basic.UNTYPED_INT || b == Basic.UNTYPED_FLOAT)) {
      return Basic.UNTYPED_FLOAT;
    }
    return null;
  }

  private static boolean identical(GoType a, GoType b) {
    return a.equals(b);
  }

  private static boolean isUntyped(GoType t) {
    return t instanceof Basic b && b.isUntyped();
  }

  private static boolean isInteger(GoType t) {
    return t == Basic.INT || t == Basic.DURATION || t == Basic.UNTYPED_INT;
  }

  private static boolean isNumeric(GoType t) {
    return isInteger(t) || t == Basic.FLOAT64 || t == Basic.UNTYPED_FLOAT;
  }

  private static boolean isIntegral(Object v) {
    if (v instanceof Long) {
      return true;
    }
    return v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d);
  }

  private static long toLong(Object v) {
    return v instanceof Long l ? l : (long) (double) (Double) v;
  }

  private static double toDouble(Object v) {
    return v instanceof Long l ? (double) l : v instanceof Double d ? d : 0;
  }

  /** The type a value of {@code t} gets when stored in a new variable. */
  static GoType defaultType(GoType t) {
    if (t == Basic.UNTYPED_INT) {
      return Basic.INT;
    }
    if (t == Basic.UNTYPED_FLOAT) {
      return Basic.FLOAT64;
    }
    if (t == Basic.UNTYPED_STRING) {
      return Basic.STRING;
    }
    if (t == Basic.UNTYPED_BOOL) {
      return Basic.BOOL;
    }
    return t;
  }

  private static GoType defaultTypeIfUntyped(GoType t) {
    return defaultType(t);
  }

  /** gc's description of an operand: {@code x (variable of type int)}, {@code "a" (untyped string constant)}. */
  private static String describe(Operand o) {
    String text = ExprPrinter.print(o.expr());
    return switch (o.mode()) {
      case VARIABLE -> text + " (variable of type " + o.type() + ")";
      case CONSTANT -> {
        boolean literal = o.expr() instanceof Expr.IntLit || o.expr() instanceof Expr.FloatLit
            || o.expr() instanceof Expr.StringLit || o.expr() instanceof Expr.RuneLit;
        if (o.type() == Basic.UNTYPED_NIL) {
          yield "nil";
        }
        if (isUntyped(o.type())) {
          yield literal ? text + " (" + o.type() + " constant)" : text + " (" + o.type() + " constant " + constText(o.value()) + ")";
        }
        yield text + " (constant " + constText(o.value()) + " of type " + o.type() + ")";
      }
      case NOVALUE -> text + " (no value)";
      case TYPE -> text + " (type)";
      default -> text + " (value of type " + o.type() + ")";
    };
  }

  private static String constText(Object v) {
    if (v instanceof String s) {
      return GoStrings.quote(s);
    }
    if (v instanceof Double d) {
      return isIntegral(d) && Math.abs(d) < 1e21 ? Long.toString((long) (double) d) : GoFloats.formatG(d, -1);
    }
    return String.valueOf(v);
  }

  @SuppressWarnings("unused")
  private static String joinTypes(List<GoType> types) {
    return types.stream().map(GoType::toString).collect(Collectors.joining(", "));
  }
}
