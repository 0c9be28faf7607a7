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

  /** Tells the watch about an access in frame {@code f}'s current instruction. */
  void watch(Frame f, Object location, String name, boolean write) {
    watch.access(f.g.ops.self(), location, name, write, Watching.stack(f));
  }

  Machine(FnCode main, Object[] globals, List<String> globalNames, List<GoType> globalTypes, long maxStepNanos) {
    this.main = main;
    this.globals = globals;
    this.globalNames = List.copyOf(globalNames);
    this.globalTypes = globalTypes;
    this.maxStepNanos = maxStepNanos;
  }
}
