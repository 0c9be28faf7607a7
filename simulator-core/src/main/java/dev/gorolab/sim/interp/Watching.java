package dev.gorolab.sim.interp;

/** The interpreter's side of {@link MemoryWatch}: locations, names and stacks of accesses. */
final class Watching {
  private Watching() {}

  static void global(Frame f, int index, boolean write) {
    Machine m = f.g.machine;
    if (m.globalKeys == null) {
      m.globalKeys = new Object[m.globals.length];
      for (int i = 0; i < m.globalKeys.length; i++) {
        m.globalKeys[i] = Integer.valueOf(i);
      }
    }
    m.watch(f, m.globalKeys[index], m.globalNames.get(index), write);
  }

  static void cell(Frame f, Cell c, boolean write) {
    f.g.machine.watch(f, c, null, write);
  }

  /**
   * Element {@code index} of {@code store} (a slice's backing array, counted from its start, or
   * an array value): one location per store and index, so that two slices over one array share
   * their elements, as Go's race detector sees them by address. {@code of} names the slice or
   * array when it is a variable ({@code results[2]}).
   */
  static void element(Frame f, Object store, int length, int index, Ev of, boolean write) {
    Machine m = f.g.machine;
    if (m.elementKeys == null) {
      m.elementKeys = new java.util.IdentityHashMap<>();
    }
    Object[] keys = m.elementKeys.computeIfAbsent(store, s -> new Object[length]);
    if (keys[index] == null) {
      keys[index] = new Object();
    }
    String name = nameOf(f, of);
    m.watch(f, keys[index], name == null ? null : name + "[" + index + "]", write);
  }

  private static String nameOf(Frame f, Ev of) {
    if (of instanceof Ev.Local l) {
      return l.v.name;
    }
    if (of instanceof Ev.Global g) {
      return f.g.machine.globalNames.get(g.index);
    }
    return null;
  }

  /** The stack of {@code f}: its function at the current line, then each caller at its call. */
  static MemoryWatch.Stack stack(Frame f) {
    MemoryWatch.Stack caller = f.caller == null ? null : callerStack(f.caller);
    return new MemoryWatch.Stack(f.fn.goName, line(f, f.pc), caller);
  }

  private static MemoryWatch.Stack callerStack(Frame f) {
    MemoryWatch.Stack caller = f.caller == null ? null : callerStack(f.caller);
    return new MemoryWatch.Stack(f.fn.goName, line(f, f.pc - 1), caller);
  }

  private static int line(Frame f, int pc) {
    Instr[] code = f.fn.code;
    return code.length == 0 ? f.fn.line : code[Math.max(0, Math.min(pc, code.length - 1))].line;
  }
}
