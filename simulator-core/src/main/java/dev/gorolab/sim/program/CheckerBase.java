package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

/**
 * The state every part of the checker shares: errors, scopes, enclosing statements and results, as
 * go/types' {@code Checker} in check.go. Each construct's checks live in the subclass named for
 * it, in go/types' order: expressions, calls, assignments, statements, declarations.
 */
abstract class CheckerBase {

  /** An enclosing breakable statement. */
  record Target(boolean loop, String label) {}

  final List<ProgramError> errors = new ArrayList<>();
  /** Types and constant values found, for the interpreter. */
  final TypeInfo info = new TypeInfo();
  /**
   * Whether the program comes from a Go file: messages then follow go1.19 exactly (no hints
   * listing declared names, {@code have}/{@code want} lines, gc's positions).
   */
  boolean goWords;
  final List<Target> targets = new ArrayList<>();
  Scope scope;
  List<GoType> results = List.of();
  final Scope packageScope;

  CheckerBase() {
    Scope universe = new Scope(null);
    for (String b : new String[] {"len", "cap", "append", "make", "close", "delete", "panic", "new", "recover"}) {
      universe.add(new Sym(b, SymKind.BUILTIN, null, null, Origin.NONE, false));
    }
    for (String t : new String[] {"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
        "uint64", "uintptr", "byte", "rune", "float32", "float64", "string", "bool", "any", "error"}) {
      universe.add(new Sym(t, SymKind.TYPE, ExprParser.namedType(t), null, Origin.NONE, false));
    }
    universe.add(new Sym("true", SymKind.CONST, Basic.UNTYPED_BOOL, Boolean.TRUE, Origin.NONE, false));
    universe.add(new Sym("false", SymKind.CONST, Basic.UNTYPED_BOOL, Boolean.FALSE, Origin.NONE, false));
    universe.add(new Sym("nil", SymKind.CONST, Basic.UNTYPED_NIL, null, Origin.NONE, false));
    for (String path : Library.PACKAGES) {
      String pkg = path.substring(path.lastIndexOf('/') + 1);
      universe.add(new Sym(pkg, SymKind.PACKAGE, null, null, Origin.NONE, false));
    }
    packageScope = new Scope(universe);
    scope = packageScope;
  }

  void error(Origin origin, int column, String format, Object... args) {
    errors.add(new ProgramError(origin, column, args.length == 0 ? format : String.format(format, args)));
  }

  void error(Expr e, String format, Object... args) {
    error(e.pos().origin(), e.pos().column(), format, args);
  }

  interface OperandSupplier {
    Operand get();
  }

  /** Evaluates without recording errors (for a first look at package-level initializers). */
  Operand quietly(OperandSupplier s) {
    int n = errors.size();
    Operand o = s.get();
    while (errors.size() > n) {
      errors.remove(errors.size() - 1);
    }
    return o;
  }

  void declare(String name, SymKind kind, GoType type, Object value, Origin origin, boolean local) {
    if (name.equals("_")) {
      return;
    }
    Sym other = scope.lookupHere(name);
    if (other != null) {
      if (goWords && other.origin.line() > 0) {
        // gc adds where the other declaration is; the Go front end puts the file name before it.
        error(origin, 0, Messages.REDECLARED + Messages.GO_OTHER_DECLARATION, name,
            other.origin.line() + ":" + other.origin.column(), name);
      } else {
        error(origin, 0, Messages.REDECLARED, name);
      }
      return;
    }
    scope.add(new Sym(name, kind, type, value, origin, local));
  }

  void openScope() {
    scope = new Scope(scope);
  }

  void closeScope() {
    for (Sym s : scope.syms) {
      if (s.kind == SymKind.VAR && s.local && !s.used) {
        error(s.origin, 0, Messages.DECLARED_NOT_USED, s.name);
      }
    }
    scope = scope.parent;
  }

  // Checks that live in the files of later constructs; declared here so that every part can call them.

  abstract Operand call(Expr.Call c);

  abstract Operand selector(Expr.Selector s);

  abstract void assignable(Operand o, GoType target, String context);

  abstract void checkFunction(List<Param> params, List<GoType> fnResults, List<Stmt> body, Origin origin);

  /** Checks a function whose results are named: they are variables of its outermost scope. */
  abstract void checkFunction(List<Param> params, List<Param> named, List<GoType> fnResults, List<Stmt> body,
      Origin origin);

  abstract void checkClose(Expr chExpr);
}
