package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.*;
import static dev.gorolab.sim.program.Operand.describe;
import static dev.gorolab.sim.program.Predicates.*;

import dev.gorolab.sim.program.GoType.Basic;
import java.util.ArrayList;
import java.util.List;

import java.util.Comparator;

/**
 * Checks a program the way Go's compiler would, before it runs: names, types, argument counts,
 * assignability, loops and returns. Messages follow gc (go1.19); see {@link Messages}.
 *
 * <p>This class holds the declarations (go/types decl.go); the checks of each construct live in
 * its superclasses, one per construct as go/types splits them.
 */
public final class ProgramChecker extends StmtChecker {

  private ProgramChecker() {}

  /** The errors found, in source order, and what the checker learnt about a valid program. */
  public record Checked(List<ProgramError> errors, TypeInfo info) {}

  /** Checks {@code program}; returns every error found, in source order (empty if it is valid). */
  public static List<ProgramError> check(Program program) {
    return checkAll(program).errors();
  }

  /**
   * Checks {@code program} where exactly {@code packages} are imported (a Go file's imports, by
   * package name): using another package is {@code undefined: name}, as in Go. The JSON format
   * imports every package GoroLab models implicitly.
   */
  public static List<ProgramError> check(Program program, List<String> packages) {
    return checkAll(program, packages).errors();
  }

  /** Checks {@code program}; returns its errors and, for the interpreter, its type information. */
  public static Checked checkAll(Program program) {
    return check(new ProgramChecker(), program);
  }

  /** {@link #checkAll(Program)} with exactly {@code packages} imported. */
  public static Checked checkAll(Program program, List<String> packages) {
    ProgramChecker c = new ProgramChecker();
    c.packageScope.parent.removeIf(s -> s.kind == SymKind.PACKAGE && !packages.contains(s.name));
    c.goWords = true;
    return check(c, program);
  }

  private static Checked check(ProgramChecker c, Program program) {
    c.checkProgram(program);
    List<ProgramError> out = new ArrayList<>(c.errors);
    boolean allPlaced = out.stream().allMatch(e -> e.origin().line() > 0);
    if (allPlaced) {
      out.sort(Comparator.comparingInt((ProgramError e) -> e.origin().line())
          .thenComparingInt(e -> e.origin().column())
          .thenComparingInt(ProgramError::exprColumn));
    }
    return new Checked(List.copyOf(out), c.info);
  }

  void checkProgram(Program program) {
    for (Stmt.TypeDecl t : program.types()) {
      checkTypeDecl(t);
    }
    for (Stmt.Const c : program.consts()) {
      checkConst(c, false);
    }
    java.util.Set<String> methods = new java.util.LinkedHashSet<>();
    for (FunctionDecl f : program.functions()) {
      if (f.receiver() != null) {
        declareMethod(f, methods);
        continue;
      }
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
      if (f.receiver() != null) {
        List<Param> withReceiver = new ArrayList<>();
        withReceiver.add(f.receiver());
        withReceiver.addAll(f.params());
        checkFunction(withReceiver, f.namedResults(), f.results(), f.body(), f.origin());
      } else {
        checkFunction(f.params(), f.namedResults(), f.results(), f.body(), f.origin());
      }
    }
  }

  /**
   * Adds method {@code f} to its receiver's defined type (once: a program may be checked again
   * before it runs). The receiver's base type must be a defined type of this program, not a
   * pointer or interface (spec: Method declarations).
   */
  private void declareMethod(FunctionDecl f, java.util.Set<String> seen) {
    GoType.Named recv = f.receiverType();
    GoType rt = f.receiver().type() instanceof GoType.Pointer p ? p.elem() : f.receiver().type();
    if (recv == null || !recv.pkg().equals("main")) {
      error(f.origin(), 0, Messages.INVALID_RECEIVER, rt);
      return;
    }
    if (recv.underlying() instanceof GoType.Pointer || recv.underlying() instanceof GoType.Interface) {
      error(f.origin(), 0, Messages.INVALID_RECEIVER_KIND, rt, recv.underlying() instanceof GoType.Pointer ? "pointer" : "interface");
      return;
    }
    if (!seen.add(recv.name() + "." + f.name())) {
      error(f.origin(), 0, Messages.METHOD_REDECLARED, recv.name(), f.name());
      return;
    }
    if (recv.underlying() instanceof GoType.Struct st && st.fieldIndex(f.name()) >= 0) {
      error(f.origin(), 0, Messages.FIELD_AND_METHOD, f.name());
      return;
    }
    GoType.Method m = new GoType.Method(f.name(), f.type(), f.receiver().type() instanceof GoType.Pointer);
    GoType.Method existing = recv.method(f.name());
    if (existing == null) {
      recv.addMethod(m);
    }
  }
}
