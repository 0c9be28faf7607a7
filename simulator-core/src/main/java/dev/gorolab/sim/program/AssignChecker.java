package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

/** Assignability, value lists and assignments (go/types assignments.go). */
abstract class AssignChecker extends CallChecker {

  // ---- types ----

  void assignable(Operand o, GoType target, String context) {
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
        if (o.mode() == Mode.CONSTANT && isNumeric(target) && represent(o.value(), target) == null) {
          // go/types representation: float to integer is "truncated" even for 300.0 into int8
          error(o.expr(), !isInteger(t) && isInteger(target) ? Messages.CANNOT_USE_TRUNCATED : Messages.CANNOT_USE_OVERFLOWS,
              describe(o), target, context);
        }
        return;
      }
    } else if (assignableType(t, target)) {
      return;
    } else if (under(target) instanceof GoType.Interface iface) {
      GoType.Method missing = missingMethod(t, iface);
      if (missing != null) {
        String why = Lookup.lookup(new GoType.Pointer(t), missing.name()) != null && !(t instanceof GoType.Pointer)
            ? "method " + missing.name() + " has pointer receiver" : "missing method " + missing.name();
        error(o.expr(), Messages.CANNOT_USE + ": %s does not implement %s (%s)", describe(o), target, context, t, target, why);
        return;
      }
    }
    error(o.expr(), Messages.CANNOT_USE, describe(o), target, context);
  }


  /** Operands of a value list, expanding one multi-valued call; null after an error. */
  List<Operand> values(List<Expr> exprs) {
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

  void checkVarValues(Stmt.Var v, boolean global) {
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
          } else {
            fitsDefaultType(vals.get(i), t, "variable declaration");
          }
        }
      }
      declare(v.names().get(i), SymKind.VAR, t, null, v.origin(), true);
    }
  }

  /**
   * An untyped constant given its default type must fit it, as go/types' assignment does before
   * declaring the variable: {@code x := 1 << 64} is {@code cannot use 1 << 64 (untyped int constant
   * 18446744073709551616) as int value in assignment (overflows)}, for := as for =.
   */
  private void fitsDefaultType(Operand o, GoType t, String context) {
    if (o.mode() == Mode.CONSTANT && isUntyped(o.type()) && t != null) {
      assignable(o, t, context);
    }
  }

  /** Values for {@code n} variables, with gc's assignment-mismatch message; null after an error. */
  List<Operand> valuesFor(int n, List<Expr> exprs, Origin origin) {
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
        // gc names the function, not the call: "but fetch returns 1 value"
        rhs = ExprPrinter.print(goWords ? call.fun() : call) + " returns " + vals.size() + " value" + (vals.size() == 1 ? "" : "s");
      } else {
        rhs = vals.size() + " value" + (vals.size() == 1 ? "" : "s");
      }
      if (goWords && !exprs.isEmpty()) {
        error(exprs.get(0), Messages.ASSIGNMENT_MISMATCH, n, n == 1 ? "" : "s", rhs);
      } else {
        error(origin, 0, Messages.ASSIGNMENT_MISMATCH, n, n == 1 ? "" : "s", rhs);
      }
      return null;
    }
    return vals;
  }

  void checkLet(List<String> names, List<Expr> exprs, Origin origin) {
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
        if (o.type() != Basic.UNTYPED_NIL) {
          fitsDefaultType(o, t, "assignment");
        }
      }
      declare(n, SymKind.VAR, t, null, origin, true);
    }
    if (!anyNew) {
      error(origin, 0, Messages.NO_NEW_VARIABLES);
    }
  }

  void checkAssign(Stmt.Assign a) {
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
  Operand readTarget(Expr e) {
    if (e instanceof Expr.Ident id && id.name().equals("_")) {
      error(id, Messages.BLANK_AS_VALUE);
      return Operand.INVALID;
    }
    return target(e);
  }

  /** An assignment target: a variable, a slice element, or {@code _} (type null). */
  Operand target(Expr e) {
    if (e instanceof Expr.Ident id && id.name().equals("_")) {
      return new Operand(Mode.VARIABLE, null, null, e);
    }
    if (e instanceof Expr.Ident id) {
      Sym s = scope.lookup(id.name());
      if (s != null && s.kind == SymKind.VAR) {
        // A variable whose declaration failed has no type; its error was reported there, and Go
        // reports nothing more about its uses (type null here would read as the blank _).
        if (s.type == null) {
          return Operand.INVALID;
        }
        info.recordType(e, s.type);
        return new Operand(Mode.VARIABLE, s.type, null, e);
      }
    }
    Operand o = expr(e, e instanceof Expr.Index);
    if (o.invalid()) {
      return o;
    }
    if (o.mode() == Mode.COMMAOK && e instanceof Expr.Index) {
      return new Operand(Mode.VARIABLE, o.type(), null, e); // a map entry
    }
    if (o.mode() != Mode.VARIABLE) {
      error(e, Messages.CANNOT_ASSIGN, describe(o));
      return Operand.INVALID;
    }
    return o;
  }
}
