package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoType;
import java.util.List;

/** A compiled program and the state its goroutines share: package-level variables. */
final class Machine {
  final FnCode main;
  final Object[] globals;
  final List<String> globalNames;
  final List<GoType> globalTypes;
  final long maxStepNanos;
  /** What {@code runtime.NumCPU()} returns ({@link dev.gorolab.sim.program.Program#numCPU}). */
  final int numCPU;
  /** The addresses pointers print ({@link Structs.Addresses}). */
  final Structs.Addresses addresses = new Structs.Addresses();
  /** The largest value (slice backing array, channel buffer, string) a program may make, in bytes. */
  long memoryBudgetBytes = DEFAULT_MEMORY_BUDGET_BYTES;

  /** GoroLab's default memory budget: 256 MiB of modelled values. */
  static final long DEFAULT_MEMORY_BUDGET_BYTES = 256L << 20;

  /**
   * go1.19's {@code maxAlloc} on linux/amd64 (malloc.go: 1 << heapAddrBits, 48 bits): no single
   * allocation can be larger; makeslice and makechan panic past it, other allocations throw.
   */
  static final long MAX_ALLOC_BYTES = 1L << 48;

  /**
   * Checks a value of {@code bytes} about to be made by {@code what} against the budget; past it
   * the run ends with a note (the JVM would otherwise run out of memory for a value Go may hold).
   */
  void allocate(long bytes, String what) {
    if (bytes > MAX_ALLOC_BYTES || bytes < 0) {
      // mallocgc of a size past maxAlloc: Go throws "out of memory" (malloc.go)
      throw new GoFatal("runtime: out of memory", "");
    }
    if (bytes > memoryBudgetBytes) {
      throw new MemoryBudgetExceeded(memoryNote(bytes, what, memoryBudgetBytes));
    }
  }

  /** The note of a run stopped by the memory budget (GoroLab's words: Go has no such budget). */
  static String memoryNote(long bytes, String what, long budgetBytes) {
    return "gorolab: stopped: " + what + " needs " + bytesText(bytes)
        + ", more than the memory budget of " + bytesText(budgetBytes)
        + " (GoroLab's limit, not Go's). Raise it with --max-memory.\n";
  }

  static String bytesText(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
  }

  /** What the emulated library keeps for this run, by key (math/rand's global source). */
  final java.util.Map<Object, Object> libraryState = new java.util.LinkedHashMap<>();

  /** Writes to captured variables so far: a goroutine's shown locals are current while it is unchanged. */
  long cellWrites;
  /**
   * Whether an assignment that reads and writes shared memory (such as {@code i++} on a package
   * variable) takes two steps, a load and a store, so that another goroutine can run between them
   * ({@link SplitUpdate}); only when exploring interleavings.
   */
  boolean splitUpdates;
  /** A race detector's view of shared memory, or null (the usual case: no cost but this check). */
  MemoryWatch watch;
  /** One object per package variable, naming its location to the watch. */
  Object[] globalKeys;
  /** Per slice backing array or array value, one object per element naming it to the watch (only when watched). */
  java.util.IdentityHashMap<Object, Watching.ElementKey[]> elementKeys;

  /** Tells the watch about an access in frame {@code f}'s current instruction. */
  void watch(Frame f, Object location, String name, boolean write) {
    watch.access(f.g.ops.self(), location, name, write, Watching.stack(f));
  }

  /** The methods of the program's types, found from dynamic values (interfaces, fmt, sort.Interface). */
  final MethodSets methodSets;

  Machine(FnCode main, Object[] globals, List<String> globalNames, List<GoType> globalTypes, long maxStepNanos,
      MethodSets methodSets, int numCPU) {
    this.main = main;
    this.numCPU = numCPU;
    this.methodSets = methodSets;
    this.globals = globals;
    this.globalNames = List.copyOf(globalNames);
    this.globalTypes = globalTypes;
    this.maxStepNanos = maxStepNanos;
  }
}
