package dev.gorolab.sim.interp;

import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.ProgramChecker;
import java.util.List;

/**
 * Runs scenario programs on the scheduler model: compiles a checked {@link Program} and supplies
 * the main goroutine's {@link GoroutineBody}; {@code go} statements create the others.
 *
 * <p>One instance per run: package-level variables live here. Engine thread only.
 */
public final class Interpreter {
  private final Machine machine;

  private Interpreter(Machine machine) {
    this.machine = machine;
  }

  /**
   * Compiles {@code program}, which must have passed {@link ProgramChecker#check} without errors.
   *
   * @param maxStepNanos the longest one step of CPU-bound {@code work} may take; pass the run's
   *     {@link RuntimeConfig#maxStepNanos()}
   * @throws IllegalArgumentException if the program has errors (their messages are included)
   */
  public static Interpreter compile(Program program, long maxStepNanos) {
    return compile(program, maxStepNanos, Machine.DEFAULT_MEMORY_BUDGET_BYTES);
  }

  /**
   * As {@link #compile(Program, long)}, with a memory budget: a value larger than
   * {@code memoryBudgetBytes} ends the run with a note instead of filling the JVM's memory.
   */
  public static Interpreter compile(Program program, long maxStepNanos, long memoryBudgetBytes) {
    if (memoryBudgetBytes <= 0) {
      throw new IllegalArgumentException("memoryBudgetBytes must be positive, was " + memoryBudgetBytes);
    }
    ProgramChecker.Checked checked = ProgramChecker.checkAll(program);
    if (!checked.errors().isEmpty()) {
      throw new IllegalArgumentException("program has errors: " + checked.errors());
    }
    if (maxStepNanos <= 0) {
      throw new IllegalArgumentException("maxStepNanos must be positive, was " + maxStepNanos);
    }
    Machine machine = Compiler.compile(program, checked.info(), maxStepNanos);
    machine.memoryBudgetBytes = memoryBudgetBytes;
    return new Interpreter(machine);
  }

  /** The body of a fresh main goroutine with go1.19's default step limit (1 ms). */
  public static GoroutineBody mainBody(Program program) {
    return compile(program, RuntimeConfig.defaults(1, 0).maxStepNanos()).newMainBody();
  }

  /** A fresh main goroutine: it initialises the package variables, then runs {@code main}. */
  public GoroutineBody newMainBody() {
    return new G(machine, machine.main);
  }

  /**
   * The package-level variables with their current values, in declaration order. The recorder asks
   * after every event: while no value changed, the previous (unmodifiable) list is returned.
   */
  public List<Variable> globals() {
    Object[] values = machine.globals;
    if (shownValues == null || shownValues.length != values.length) {
      shownValues = new Object[values.length];
      shownVariables = new Variable[values.length];
    }
    if (typeNames == null) {
      typeNames = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        var type = machine.globalTypes.get(i);
        typeNames[i] = type == null ? null : type.toString();
      }
    }
    boolean same = shownList != null;
    for (int i = 0; i < values.length; i++) {
      // A variable whose value did not change keeps its Variable: one per assignment, not per event.
      if (shownVariables[i] == null || !G.immutablyEqual(shownValues[i], values[i])) {
        shownVariables[i] = G.variable(machine.globalNames.get(i), typeNames[i], values[i]);
        shownValues[i] = values[i];
        same = false;
      }
    }
    if (!same) {
      shownList = List.of(shownVariables);
    }
    return shownList;
  }

  private Object[] shownValues;
  /** The declared types as Go spells them, spelled on the first rendering. */
  private String[] typeNames;
  private Variable[] shownVariables;
  private List<Variable> shownList;
}
