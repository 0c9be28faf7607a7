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

  /** Checks {@code program}; returns every error found, in source order (empty if it is valid). */
  public static List<ProgramError> check(Program program) {
    return check(new ProgramChecker(), program);
  }

  /**
   * Checks {@code program} where exactly {@code packages} are imported (a Go file's imports, by
   * package name): using another package is {@code undefined: name}, as in Go. The JSON format
   * imports every package GoroLab models implicitly.
   */
  public static List<ProgramError> check(Program program, List<String> packages) {
    ProgramChecker c = new ProgramChecker();
    c.packageScope.parent.removeIf(s -> s.kind == SymKind.PACKAGE && !packages.contains(s.name));
    c.goWords = true;
    return check(c, program);
  }

  private static List<ProgramError> check(ProgramChecker c, Program program) {
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

  void checkProgram(Program program) {
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
}
