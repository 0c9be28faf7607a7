package dev.gorolab.sim.program;

import java.util.List;
import java.util.Optional;

/**
 * A scenario program: package-level variables and functions, in declaration order.
 *
 * @param globals package-level {@code var} declarations, in order
 * @param functions top-level functions in declaration order; one must be {@code main}
 * @param source the Go source shown in the code pane, if the scenario has one
 */
public record Program(List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source) {

  public Program {
    globals = List.copyOf(globals);
    functions = List.copyOf(functions);
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
