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
 * @param numCPU what {@code runtime.NumCPU()} returns, 1..256: the machine the program is pretended
 *     to run on (go1.19 runtime/debug.go {@code NumCPU} returns {@code ncpu}, counted once at start-up
 *     by {@code osinit}); a scenario setting, {@link #DEFAULT_NUM_CPU} unless set
 */
public record Program(
    List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source, List<Stmt.Const> consts,
    List<Stmt.TypeDecl> types, int numCPU) {

  /** The {@code runtime.NumCPU()} of a program whose scenario does not set one. */
  public static final int DEFAULT_NUM_CPU = 8;

  public Program {
    if (numCPU < 1 || numCPU > 256) {
      throw new IllegalArgumentException("NumCPU must be 1..256, was " + numCPU);
    }
    globals = List.copyOf(globals);
    functions = List.copyOf(functions);
    consts = List.copyOf(consts);
    types = List.copyOf(types);
  }

  /** A program on a machine of {@link #DEFAULT_NUM_CPU} CPUs. */
  public Program(
      List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source, List<Stmt.Const> consts,
      List<Stmt.TypeDecl> types) {
    this(globals, functions, source, consts, types, DEFAULT_NUM_CPU);
  }

  /** A program of variables and functions only. */
  public Program(List<Stmt.Var> globals, List<FunctionDecl> functions, Optional<GoSource> source) {
    this(globals, functions, source, List.of(), List.of());
  }

  /** This program on a machine of {@code n} CPUs, 1..256: what {@code runtime.NumCPU()} returns. */
  public Program withNumCPU(int n) {
    return new Program(globals, functions, source, consts, types, n);
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
