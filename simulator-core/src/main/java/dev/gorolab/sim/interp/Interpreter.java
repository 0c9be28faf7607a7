package dev.gorolab.sim.interp;

import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.ProgramChecker;
import dev.gorolab.sim.program.TypeInfo;
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

  /**
   * As {@link #compile(Program, long)}; with {@code splitSharedUpdates} an assignment that reads
   * and writes shared memory (such as {@code i++} on a package variable) is a load step and a
   * store step, as the memory model sees it, so that an explorer can run another goroutine in
   * between. Only for exploring: Go's own runs keep a statement one step.
   */
  public static Interpreter compile(Program program, long maxStepNanos, boolean splitSharedUpdates) {
    return compile(program, maxStepNanos, Machine.DEFAULT_MEMORY_BUDGET_BYTES, splitSharedUpdates);
  }

  /** As {@link #compile(Program, long, boolean)}, with a memory budget as {@link #compile(Program, long, long)}. */
  public static Interpreter compile(
      Program program, long maxStepNanos, long memoryBudgetBytes, boolean splitSharedUpdates) {
    Interpreter interpreter = compile(program, maxStepNanos, memoryBudgetBytes);
    interpreter.machine.splitUpdates = splitSharedUpdates;
    return interpreter;
  }

  /** Lets {@code watch} see every access to shared memory from now on (a race detector); null stops it. */
  public void watch(MemoryWatch watch) {
    machine.watch = watch;
  }

  /**
   * A checked program ready to be compiled many times, one fresh interpreter per run: an explorer
   * runs thousands of schedules of one program and checks it once.
   */
  public static final class Prepared {
    private final Program program;
    private final TypeInfo info;
    private final long maxStepNanos;
    private final boolean splitSharedUpdates;

    private Prepared(Program program, TypeInfo info, long maxStepNanos, boolean splitSharedUpdates) {
      this.program = program;
      this.info = info;
      this.maxStepNanos = maxStepNanos;
      this.splitSharedUpdates = splitSharedUpdates;
    }

    /** A fresh interpreter: its own package variables, as {@link #compile(Program, long, boolean)} gives. */
    public Interpreter newInterpreter() {
      Interpreter interpreter = new Interpreter(Compiler.compile(program, info, maxStepNanos));
      interpreter.machine.splitUpdates = splitSharedUpdates;
      return interpreter;
    }
  }

  /** Checks {@code program} once for {@link Prepared#newInterpreter()}; throws as {@link #compile(Program, long)}. */
  public static Prepared prepare(Program program, long maxStepNanos, boolean splitSharedUpdates) {
    compile(program, maxStepNanos);
    return new Prepared(program, ProgramChecker.checkAll(program).info(), maxStepNanos, splitSharedUpdates);
  }

  /**
   * A hash of the package variables and the live goroutines' frames ({@code bodies} as the model
   * lists them), or {@link Long#MIN_VALUE} when some value is of a kind it cannot hash; for
   * {@link dev.gorolab.model.GoRuntime#fingerprint}.
   */
  public long fingerprint(List<GoroutineBody> bodies) {
    return StateHasher.hash(machine, bodies);
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
