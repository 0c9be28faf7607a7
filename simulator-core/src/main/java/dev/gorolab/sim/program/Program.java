package dev.gorolab.sim.program;

import java.util.List;
import java.util.Optional;

/**
 * A scenario program: package-level variables and functions, in declaration order.
 *
 * @param globals package-level {@code var} declarations, in order
 * @param functions top-level functions in declaration order; one must be {@code main}
 * @param source the Go source shown in the code pane, if the scenario has one
 * @param consts package-level {@code const} specs, in order
 * @param types package-level {@code type} declarations, in order
 */
public record Program(
    List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source, List<Stmt.Const> consts,
    List<Stmt.TypeDecl> types) {

  public Program {
    globals = List.copyOf(globals);
    functions = List.copyOf(functions);
    consts = List.copyOf(consts);
    types = List.copyOf(types);
  }

  /** A program of variables and functions only. */
  public Program(List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source) {
    this(globals, functions, source, List.of(), List.of());
  }

  /** The function named {@code name}, if declared. */
  public Optional<FunctionDecl> function(String name) {
    for (FunctionDecl f : functions) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
