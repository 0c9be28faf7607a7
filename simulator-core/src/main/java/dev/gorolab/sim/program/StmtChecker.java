package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

/** Statements, branches and the terminating-statement rule (go/types stmt.go, labels.go, return.go). */
abstract class StmtChecker extends AssignChecker {

  /** The labels of the function being checked, with where each was defined. */
  private java.util.Map<String, Origin> labels = new java.util.LinkedHashMap<>();

  /**
   * Labels are scoped to the function body (spec: Label scopes; go/types labels.go), nested loops
   * included: a label defined twice is a compile error, {@code label L already defined at 4:1}.
   */
  void defineLabel(String label, Origin origin) {
    if (label == null) {
      return;
    }
    Origin first = labels.putIfAbsent(label, origin);
    if (first != null) {
      error(origin, 0, Messages.LABEL_REDEFINED, label, first.line(), first.column());
    }
  }

  /** Whether the function being checked has named results (a bare return returns them). */
  boolean namedResults;

  /** A function with named results: they are variables of its outermost scope. */
  @Override
  void checkFunction(List<Param> params, List<Param> named, List<GoType> fnResults, List<Stmt> body, Origin origin) {
    List<Param> all = new ArrayList<>(params);
    all.addAll(named);
    nextNamed = !named.isEmpty();
    checkFunction(all, fnResults, body, origin);
  }

  private boolean nextNamed;

  void checkFunction(List<Param> params, List<GoType> fnResults, List<Stmt> body, Origin origin) {
    boolean savedNamed = namedResults;
    namedResults = nextNamed;
    nextNamed = false;
    try {
      checkFunction0(params, fnResults, body, origin);
    } finally {
      namedResults = savedNamed;
    }
  }

  private void checkFunction0(List<Param> params, List<GoType> fnResults, List<Stmt> body, Origin origin) {
    java.util.Map<String, Origin> savedLabels = labels;
    labels = new java.util.LinkedHashMap<>();
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

  void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  void block(List<Stmt> list) {
    openScope();
    stmts(list);
    closeScope();
  }

  /**
   * A type switch (go/types stmt.go): x must be an interface; in a clause listing one type the
   * bound variable has that type, otherwise x's type.
   */
  void checkTypeSwitch(Stmt.TypeSwitch sw) {
    openScope();
    if (sw.init() != null) {
      stmt(sw.init());
    }
    Operand x = value(expr(sw.x(), false));
    if (!x.invalid() && !isInterface(x.type())) {
      error(sw.x(), "%s is not an interface", describe(x));
      x = Operand.INVALID;
    }
    targets.add(new Target(false, sw.label()));
    boolean seenDefault = false;
    for (Stmt.SwitchClause c : sw.clauses()) {
      if (c.isDefault()) {
        if (seenDefault) {
          error(c.origin(), 0, "multiple defaults in switch");
        }
        seenDefault = true;
      }
      GoType bound = x.invalid() ? null : x.type();
      for (Expr t : c.exprs()) {
        if (t instanceof Expr.TypeExpr te) {
          info.recordType(t, te.type());
          info.recordTypeExpr(t);
          if (c.exprs().size() == 1) {
            bound = te.type();
          }
        }
      }
      openScope();
      if (sw.bind() != null && !sw.bind().equals("_")) {
        declare(sw.bind(), SymKind.VAR, bound, null, c.origin(), false);
      }
      info.recordDefs(c, bound == null ? List.of() : List.of(bound));
      stmts(c.body());
      closeScope();
    }
    targets.remove(targets.size() - 1);
    closeScope();
  }

  /** An expression switch (go/types stmt.go): each case value is compared with the tag by {@code ==}. */
  void checkSwitch(Stmt.Switch sw) {
    openScope();
    if (sw.init() != null) {
      stmt(sw.init());
    }
    Operand tag;
    if (sw.tag() != null) {
      tag = value(expr(sw.tag(), false));
      if (!tag.invalid() && isUntyped(tag.type()) && tag.type() != Basic.UNTYPED_NIL) {
        tag = new Operand(tag.mode(), defaultType(tag.type()), tag.value(), tag.expr());
      }
      if (!tag.invalid() && tag.type() == Basic.UNTYPED_NIL) {
        error(sw.tag(), "use of untyped nil in switch expression");
        tag = Operand.INVALID;
      }
    } else {
      tag = new Operand(Mode.CONSTANT, Basic.BOOL, Boolean.TRUE, new Expr.Ident("true", Pos.NONE));
    }
    targets.add(new Target(false, sw.label()));
    boolean seenDefault = false;
    for (int i = 0; i < sw.clauses().size(); i++) {
      Stmt.SwitchClause c = sw.clauses().get(i);
      if (c.isDefault()) {
        if (seenDefault) {
          error(c.origin(), 0, "multiple defaults in switch");
        }
        seenDefault = true;
      }
      for (Expr e : c.exprs()) {
        Operand x = value(expr(e, false));
        if (x.invalid() || tag.invalid()) {
          continue;
        }
        if (sw.tag() == null && !isBoolean(x.type())) {
          error(e, "invalid case %s in switch (mismatched types %s and bool)", ExprPrinter.print(e), x.type());
          continue;
        }
        Expr synthetic = new Expr.Binary("==", e, sw.tag() != null ? sw.tag() : e, 0, e.pos());
        Operand tagValue = new Operand(Mode.VALUE, tag.type(), null, tag.expr());
        Operand eq = quietly(() -> binaryOp(synthetic, "==", x, tagValue));
        if (eq.invalid()) {
          error(e, "invalid case %s in switch on %s (mismatched types %s and %s)", ExprPrinter.print(e),
              ExprPrinter.print(tag.expr()), x.type(), tag.type());
        }
      }
      if (c.fallthrough() && i == sw.clauses().size() - 1) {
        error(c.origin(), 0, "cannot fallthrough final case in switch");
      }
      block(c.body());
    }
    targets.remove(targets.size() - 1);
    closeScope();
  }

  /** One const spec (go/types decl.go constDecl): {@code iota} is the spec's index in its group. */
  void checkConst(Stmt.Const c, boolean local) {
    Scope saved = scope;
    scope = new Scope(saved);
    scope.add(new Sym("iota", SymKind.CONST, Basic.UNTYPED_INT, java.math.BigInteger.valueOf(c.iota()), c.origin(), false));
    List<Operand> vals = new ArrayList<>();
    for (Expr e : c.values()) {
      vals.add(value(expr(e, false)));
    }
    scope = saved;
    if (c.values().size() < c.names().size()) {
      error(c.origin(), 0, Messages.MISSING_CONST_INIT);
    } else if (c.values().size() > c.names().size()) {
      error(c.values().get(c.names().size()), Messages.EXTRA_CONST_INIT);
    }
    for (int i = 0; i < c.names().size(); i++) {
      Operand o = i < vals.size() ? vals.get(i) : Operand.INVALID;
      GoType type = c.type();
      Object v = null;
      if (!o.invalid() && o.mode() != Mode.CONSTANT) {
        error(o.expr(), Messages.NOT_CONSTANT, describe(o));
      } else if (!o.invalid()) {
        if (type != null) {
          assignable(o, type, "constant declaration");
          v = represent(o.value(), type);
        } else {
          type = o.type();
          v = o.value();
        }
      }
      declare(c.names().get(i), SymKind.CONST, v == null ? null : type, v, c.origin(), local);
    }
  }

  /** {@code type Name T}: the front end built the type; the name is declared here. */
  void checkTypeDecl(Stmt.TypeDecl t) {
    declare(t.named().name(), SymKind.TYPE, t.alias() != null ? t.alias() : t.named(), null, t.origin(), false);
  }

  void stmt(Stmt s) {
    if (s instanceof Stmt.Const c) {
      checkConst(c, true);
    } else if (s instanceof Stmt.TypeDecl t) {
      checkTypeDecl(t);
    } else if (s instanceof Stmt.Var v) {
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
    } else if (s instanceof Stmt.Switch sw) {
      checkSwitch(sw);
    } else if (s instanceof Stmt.TypeSwitch ts) {
      checkTypeSwitch(ts);
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

  void checkComm(Stmt comm) {
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

  void checkBranch(String label, boolean isContinue, Origin origin) {
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

  void checkReturn(Stmt.Return r) {
    if (r.values().isEmpty() && namedResults) {
      return;
    }
    List<Operand> vals = values(r.values());
    if (vals == null) {
      return;
    }
    if (vals.size() != results.size() && goWords) {
      // types2 assignments.go: at the first extra value, or the last value (the return if none).
      boolean tooMany = vals.size() > results.size();
      List<GoType> have = new ArrayList<>();
      for (Operand o : vals) {
        have.add(o.type());
      }
      String message = String.format(Messages.GO_RETURN_COUNT, tooMany ? "too many" : "not enough",
          CallChecker.typesSummary(have), CallChecker.typesSummary(results));
      Expr at = tooMany ? r.values().get(results.size()) : vals.isEmpty() ? null : r.values().get(vals.size() - 1);
      if (at == null) {
        error(r.origin(), 0, message);
      } else {
        error(at, message);
      }
    } else if (vals.size() > results.size()) {
      error(r.origin(), 0, Messages.TOO_MANY_RETURN_VALUES, vals.size(), results.size());
    } else if (vals.size() < results.size()) {
      error(r.origin(), 0, Messages.NOT_ENOUGH_RETURN_VALUES, vals.size(), results.size());
    } else {
      for (int i = 0; i < vals.size(); i++) {
        assignable(vals.get(i), results.get(i), "return statement");
      }
    }
  }


  void checkExprStmt(Expr e) {
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

  boolean isBuiltinOrConversion(Expr.Call c) {
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

  void checkSend(Stmt.Send send) {
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


  void checkPrint(Stmt.Print pr) {
    if (pr.args().size() == 1 && pr.kind() != Stmt.PrintKind.PRINTF) {
      // fmt.Println(f()) with a multi-valued f prints f's results (spec: Calls)
      Operand o = expr(pr.args().get(0), true);
      if (o.mode() == Mode.MULTI) {
        return;
      }
      value(o);
      return;
    }
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

  void duration(Expr e, String context) {
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

  void checkGoDefer(String keyword, Expr.Call call) {
    Operand o = expr(call, true);
    if (o.invalid()) {
      return;
    }
    if (isBuiltinOrConversion(call) && !(call.fun() instanceof Expr.Ident id && id.name().equals("close"))) {
      if (goWords && call.fun() instanceof Expr.Ident b && b.name().equals("panic")) {
        // Valid Go that the interpreter does not run yet.
        error(call, Messages.GO_BUILTIN_NOT_MODELED, keyword, ExprPrinter.print(call.fun()));
      } else {
        error(call, Messages.GO_NEEDS_CALL, keyword);
      }
      return;
    }
    // go fmt.Println(x), go wg.Done(): a library call in a new goroutine (Compiler.libAction)
    if (keyword.equals("go") && call.fun() instanceof Expr.Ident b && "close".equals(b.name())) {
      if (goWords) {
        error(call, Messages.GO_LIBRARY_CALL_NOT_MODELED, ExprPrinter.print(call.fun()));
      } else {
        error(call, Messages.GO_LIBRARY_CALL, keyword, ExprPrinter.print(call.fun()));
      }
    }
  }

  /** Whether {@code sel} calls a method of the program's types or a function held in a field. */
  boolean isProgramCall(Expr.Selector sel) {
    Lookup.Selection s = info.selection(sel);
    return s != null && (s.kind() == Lookup.Kind.FIELD || s.recv() != null);
  }

  void condition(Expr e, String stmtName) {
    Operand o = value(expr(e, false));
    if (!o.invalid() && o.type() != Basic.BOOL && o.type() != Basic.UNTYPED_BOOL) {
      error(e, Messages.NON_BOOLEAN_CONDITION, stmtName);
    }
  }

  void checkRange(Stmt.ForRange r) {
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
      } else if (GoType.under(x.type()) instanceof GoType.Slice s) {
        keyType = Basic.INT;
        valueType = s.elem();
      } else if (GoType.under(x.type()) instanceof GoType.Array a) {
        keyType = Basic.INT;
        valueType = a.elem();
      } else if (GoType.under(x.type()) instanceof GoType.Pointer p && GoType.under(p.elem()) instanceof GoType.Array a) {
        keyType = Basic.INT;
        valueType = a.elem();
      } else if (isString(x.type())) {
        keyType = Basic.INT; // the byte offset of each rune
        valueType = Basic.INT32;
      } else if (GoType.under(x.type()) instanceof GoType.Map m) {
        keyType = m.key();
        valueType = m.elem();
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
  boolean terminates(List<Stmt> body) {
    if (body.isEmpty()) {
      return false;
    }
    Stmt last = body.get(body.size() - 1);
    // spec: Terminating statements (1. return or goto, 2. a call of panic)
    if (last instanceof Stmt.Return || last instanceof Stmt.Goto || last instanceof Stmt.Panic) {
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
    if (last instanceof Stmt.Switch sw) {
      boolean hasDefault = false;
      for (Stmt.SwitchClause c : sw.clauses()) {
        hasDefault |= c.isDefault();
        if ((!c.fallthrough() && !terminates(c.body())) || hasBreak(c.body(), sw.label(), true)) {
          return false;
        }
      }
      return hasDefault;
    }
    if (last instanceof Stmt.TypeSwitch sw) {
      boolean hasDefault = false;
      for (Stmt.SwitchClause c : sw.clauses()) {
        hasDefault |= c.isDefault();
        if (!terminates(c.body()) || hasBreak(c.body(), sw.label(), true)) {
          return false;
        }
      }
      return hasDefault;
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
  boolean hasBreak(List<Stmt> body, String label, boolean direct) {
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
      } else if (s instanceof Stmt.Switch sw) {
        for (Stmt.SwitchClause c : sw.clauses()) {
          if (label != null && hasBreak(c.body(), label, false)) {
            return true;
          }
        }
      } else if (s instanceof Stmt.TypeSwitch sw) {
        for (Stmt.SwitchClause c : sw.clauses()) {
          if (label != null && hasBreak(c.body(), label, false)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
