package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoSlice;

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

  /** Element {@code index} of slice {@code s}, a location shared with every slice over its array. */
  static void element(Frame f, GoSlice s, int index, Ev of, boolean write) {
    Object[] store = (Object[]) s.backing();
    element(f, store, store.length, s.offset() + index, of, write);
  }

  /** Element {@code index} of array value {@code a}. */
  static void element(Frame f, dev.gorolab.sim.program.GoArray a, int index, Ev of, boolean write) {
    element(f, a, a.len(), index, of, write);
  }

  /**
   * Element {@code index} of {@code store} (a slice's backing array, counted from its start, or
   * an array value): one location per store and index, so that two slices over one array share
   * their elements, as Go's race detector sees them by address. {@code of} names the slice or
   * array when it is a variable ({@code results[2]}); the name is made once, with the location.
   */
  private static void element(Frame f, Object store, int length, int index, Ev of, boolean write) {
    Machine m = f.g.machine;
    if (m.elementKeys == null) {
      m.elementKeys = new java.util.IdentityHashMap<>();
    }
    ElementKey[] keys = m.elementKeys.computeIfAbsent(store, k -> new ElementKey[length]);
    ElementKey key = keys[index];
    if (key == null) {
      String name = nameOf(f, of);
      key = new ElementKey(name == null ? null : name + "[" + index + "]");
      keys[index] = key;
    }
    m.watch(f, key, key.name, write);
  }

  /** An element's location for the watch (compared by identity) and its name in the flag, or null. */
  static final class ElementKey {
    final String name;

    ElementKey(String name) {
      this.name = name;
    }
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
