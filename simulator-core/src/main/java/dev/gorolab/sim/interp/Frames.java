package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoType;
import java.util.ArrayList;
import java.util.List;

/** A heap cell holding a variable that a closure captured; Go closures share variables by reference. */
final class Cell {
  Object v;
  /** Goroutines that see this cell, once a {@code go} statement shared it; null while private. */
  private int[] sharers;
  private int sharerCount;

  Cell(Object v) {
    this.v = v;
  }

  /**
   * Adds {@code g} to the sharers unless it is one already; O(1): {@code go} of a closure over a
   * shared variable (100,000 workers capturing one channel) would otherwise scan every sharer.
   * The array keeps the order of arrival (writes mark sharers changed in that order); past a few
   * sharers an open-addressing set of the ids answers "already there?".
   */
  void addSharer(int g) {
    if (sharers == null) {
      sharers = new int[4];
    }
    if (index == null) {
      for (int i = 0; i < sharerCount; i++) {
        if (sharers[i] == g) {
          return;
        }
      }
    } else if (!indexAdd(g)) {
      return;
    }
    if (sharerCount == sharers.length) {
      sharers = java.util.Arrays.copyOf(sharers, sharerCount * 2);
    }
    sharers[sharerCount++] = g;
    if (index == null && sharerCount > LINEAR_SHARERS) {
      index = new int[64];
      for (int i = 0; i < sharerCount; i++) {
        indexAdd(sharers[i]);
      }
    }
  }

  /** The sharers in order of arrival (a copy). */
  int[] sharerIds() {
    return sharers == null ? new int[0] : java.util.Arrays.copyOf(sharers, sharerCount);
  }

  private static final int LINEAR_SHARERS = 8;
  /** Open-addressing set of sharer ids + 1 (0 is empty), at most half full; null while few. */
  private int[] index;

  /** Adds {@code g} to the index; false if it was there. */
  private boolean indexAdd(int g) {
    if ((sharerCount + 1) * 2 > index.length) {
      int[] old = index;
      index = new int[old.length * 2];
      for (int k : old) {
        if (k != 0) {
          indexPut(k);
        }
      }
    }
    return indexPut(g + 1);
  }

  private boolean indexPut(int key) {
    int mask = index.length - 1;
    for (int i = (key * 0x9E3779B9) >>> 7 & mask; ; i = (i + 1) & mask) {
      if (index[i] == key) {
        return false;
      }
      if (index[i] == 0) {
        index[i] = key;
        return true;
      }
    }
  }

  /** Writes the variable; other goroutines showing it in their locals are told they changed. */
  void write(Object value, G writer) {
    if (writer.machine.watch != null) {
      Watching.cell(writer.top, this, true);
    }
    v = value;
    writer.machine.cellWrites++;
    if (sharerCount > 0) {
      int self = writer.ops.self();
      for (int i = 0; i < sharerCount; i++) {
        if (sharers[i] != self) {
          writer.ops.markChanged(sharers[i]);
        }
      }
    }
  }
}

/** A variable declared in a function: its slot, and whether some closure captured it. */
final class VarInfo {
  final String name;
  final int slot;
  /** The declared type, or null when inferred (then the value's dynamic type is shown). */
  final GoType type;
  final FnCode owner;
  final boolean hidden;
  /** For variables declared by {@code :=}, the initialiser's type when the compiler can tell. */
  GoType inferred;
  /** Set while compiling when a nested function refers to it; final once compilation ends. */
  boolean captured;
  /** The instruction range in which the variable is in scope, for {@code locals()}. */
  int startPc;
  int endPc = Integer.MAX_VALUE;
  private String typeName;

  /**
   * Whether every value the declared type admits is immutable (numbers, strings, bools, times,
   * channels, WaitGroup and Mutex handles): then locals() need not look at a value it has seen.
   */
  final boolean immutableType;

  VarInfo(String name, int slot, GoType type, FnCode owner, boolean hidden) {
    this.name = name;
    this.slot = slot;
    this.type = type;
    this.owner = owner;
    this.hidden = hidden;
    this.immutableType = type instanceof GoType.Chan || type instanceof GoType.Basic;
  }
  /** The declared type as Go spells it, or null when inferred; spelled once, not per rendering. */
  String typeName() {
    if (typeName == null && type != null) {
      typeName = type.toString();
    }
    return typeName;
  }

}

/** Where a closure's captured variable comes from: a local of the enclosing function or one of its captures. */
record UpvalRef(VarInfo var, boolean fromParentLocal, int parentUpval) {}

/** A compiled function: its code, its variable slots and what it captures. */
final class FnCode {
  final String goName;
  final GoType.Func type;
  final FnCode parent;
  final List<VarInfo> vars = new ArrayList<>();
  final List<UpvalRef> upvals = new ArrayList<>();
  final List<VarInfo> params = new ArrayList<>();
  /** The named result variables ({@code func f() (n int, err error)}), or null when results are unnamed. */
  List<VarInfo> namedResults;
  int nslots;
  Instr[] code;
  /** Where calls enter; main's code starts with the package initialisation, which only the main goroutine runs. */
  int entryPc;
  int line;
  int closureCount;
  Closure plain;

  FnCode(String goName, GoType.Func type, FnCode parent) {
    this.goName = goName;
    this.type = type;
    this.parent = parent;
  }

  private int[] shownLines;
  private VarInfo[][] shownVars;

  /**
   * The variables locals() shows at {@code pc}: not hidden, in scope. Built on first use, after
   * compiling; neighbouring pcs with the same variables share one array.
   */
  VarInfo[] shownVars(int pc) {
    if (shownVars == null) {
      VarInfo[][] table = new VarInfo[code.length + 1][];
      for (int at = 0; at < table.length; at++) {
        VarInfo[] here = inScope(at);
        table[at] = at > 0 && java.util.Arrays.equals(here, table[at - 1]) ? table[at - 1] : here;
      }
      shownVars = table;
    }
    return pc >= 0 && pc < shownVars.length ? shownVars[pc] : inScope(pc);
  }

  private VarInfo[] inScope(int pc) {
    ArrayList<VarInfo> out = new ArrayList<>();
    for (VarInfo v : vars) {
      if (!v.hidden && pc >= v.startPc && pc < v.endPc) {
        out.add(v);
      }
    }
    return out.toArray(new VarInfo[0]);
  }

  /**
   * The line a goroutine stopped at each pc shows: a forward jump (the end of an if's branch, a
   * loop's exit) shows where it lands, as a debugger would. Built on first use, after compiling.
   */
  int[] shownLines() {
    if (shownLines == null) {
      int[] lines = new int[code.length];
      for (int at = 0; at < code.length; at++) {
        int pc = at;
        for (int guard = 0; guard < 8 && code[pc] instanceof Instr.Jump j && j.target > pc; guard++) {
          pc = j.target;
        }
        lines[at] = code[pc].line;
      }
      shownLines = lines;
    }
    return shownLines;
  }

  VarInfo newVar(String name, GoType type, boolean hidden) {
    VarInfo v = new VarInfo(name, nslots++, type, this, hidden);
    vars.add(v);
    return v;
  }
}

/** A function value: compiled code plus the cells it captured. */
final class Closure implements GoFormat.FuncValue {
  private static final Cell[] NONE = new Cell[0];
  final FnCode fn;
  final Cell[] upvals;
  /** For a method value {@code x.M}: the receiver, passed before the arguments; else null. */
  final Object[] bound;

  Closure(FnCode fn, Cell[] upvals) {
    this(fn, upvals, null);
  }

  private Closure(FnCode fn, Cell[] upvals, Object[] bound) {
    this.fn = fn;
    this.upvals = upvals == null ? NONE : upvals;
    this.bound = bound;
  }

  /** The method value of this method with {@code receiver}. */
  Closure bind(Object receiver) {
    return new Closure(fn, upvals, new Object[] {receiver});
  }

  @Override
  public GoType.Func type() {
    if (bound != null) {
      List<GoType> ps = fn.type.params();
      return new GoType.Func(ps.subList(1, ps.size()), fn.type.results(), fn.type.variadic());
    }
    return fn.type;
  }

  /** Go prints a func value's code address; a stable one derived from its name. */
  @Override
  public String toString() {
    return "0x" + Integer.toHexString(0x47e000 + (fn.goName.hashCode() & 0xfff) * 0x20);
  }
}

/** One activation of a function on a goroutine's stack. */
final class Frame {
  final FnCode fn;
  final Object[] slots;
  final Cell[] upvals;
  final Frame caller;
  final G g;
  int pc;
  /** Where the caller wants the results; null to discard them. */
  Target[] resultTargets;
  /** Deferred calls, run last-in first-out on return. */
  ArrayList<Deferred> defers;
  boolean returning;
  Object[] results;
  /** True for a frame running a deferred call: its caller is returning. */
  boolean isDeferredCall;
  /** True while a panic unwinds this frame: it runs its deferred calls, then its caller unwinds. */
  boolean unwinding;

  Frame(FnCode fn, Cell[] upvals, Frame caller, G g) {
    this.fn = fn;
    this.slots = new Object[fn.nslots];
    this.upvals = upvals;
    this.caller = caller;
    this.g = g;
  }

  Object get(VarInfo v) {
    Object o = slots[v.slot];
    if (v.captured) {
      Cell c = (Cell) o;
      if (g.machine.watch != null) {
        Watching.cell(this, c, false);
      }
      return c.v;
    }
    return o;
  }

  /** Declares {@code v} afresh: a captured variable gets a new cell, as each Go declaration does. */
  void declare(VarInfo v, Object value) {
    g.slotWrites++;
    if (v.captured) {
      slots[v.slot] = new Cell(value);
    } else {
      slots[v.slot] = value;
    }
  }

  void set(VarInfo v, Object value) {
    g.slotWrites++;
    if (v.captured) {
      ((Cell) slots[v.slot]).write(value, g);
    } else {
      slots[v.slot] = value;
    }
  }
}

/** A deferred call: either a closure with its evaluated arguments, or a library action. */
record Deferred(Closure fn, Object[] args, Instr action) {}
