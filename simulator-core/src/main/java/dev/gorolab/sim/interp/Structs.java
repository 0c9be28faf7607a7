package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoArray;
import dev.gorolab.sim.program.GoPointer;
import dev.gorolab.sim.program.GoStruct;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import dev.gorolab.sim.program.Library;

/**
 * Go's value semantics for structs and arrays, and pointers.
 *
 * <p>A {@link GoStruct} or {@link GoArray} object is the storage of one location. A value leaving
 * a location (assigned, passed, returned, sent, put in an interface) is copied by {@link #copy};
 * an assignment into a location copies into its storage ({@link #store}), so that a pointer to a
 * struct, which refers to the storage object, sees every later assignment. Runtime objects in a
 * struct (a {@code sync.Mutex} field) are made with the struct: a copy gets a Mutex of its own,
 * as copying a Go struct copies the Mutex (the classic bug of a value receiver).
 */
final class Structs {
  private Structs() {}

  /** Whether values of {@code t} are structs or arrays (copied when they leave a location). */
  static boolean isAggregate(GoType t) {
    GoType u = t == null ? null : GoType.under(t);
    return u instanceof GoType.Struct || u instanceof GoType.Array;
  }

  /** Whether the zero value of {@code t} holds runtime objects, which only a goroutine can make. */
  static boolean needsRuntime(GoType t) {
    if (t == null) {
      return false;
    }
    if (Library.isRuntimeObject(t)) {
      return true;
    }
    GoType u = GoType.under(t);
    if (u instanceof GoType.Struct s) {
      for (GoType.Field f : s.fields()) {
        if (needsRuntime(f.type())) {
          return true;
        }
      }
    }
    return u instanceof GoType.Array a && needsRuntime(a.elem());
  }

  /** The zero value of {@code t}, runtime objects made for goroutine {@code g} and named {@code name}. */
  static Object zero(GoType t, G g, String name) {
    if (t == GoType.Basic.WAIT_GROUP) {
      return g.ops.makeWaitGroup(name);
    }
    if (t == GoType.Basic.MUTEX) {
      return g.ops.makeMutex(name);
    }
    if (t != null && dev.gorolab.sim.lib.Packages.zero(t) != null) {
      return LibCall.call(dev.gorolab.sim.lib.Packages.zero(t), g, name, new Object[0]);
    }
    GoType u = t == null ? null : GoType.under(t);
    if (u instanceof GoType.Struct s) {
      Object[] fields = new Object[s.fields().size()];
      for (int i = 0; i < fields.length; i++) {
        GoType.Field f = s.fields().get(i);
        fields[i] = zero(f.type(), g, name + "." + f.name());
      }
      return new GoStruct(t, fields);
    }
    if (u instanceof GoType.Array a) {
      Object[] elems = new Object[(int) a.len()];
      for (int i = 0; i < elems.length; i++) {
        elems[i] = zero(a.elem(), g, name + "[" + i + "]");
      }
      return new GoArray(a, elems);
    }
    return Values.zero(t);
  }

  /** A copy of value {@code v}: structs and arrays deeply (their runtime objects made anew), others as they are. */
  static Object copy(Object v, G g) {
    if (v instanceof GoStruct s) {
      Object[] fields = new Object[s.size()];
      GoType.Struct st = s.structType();
      for (int i = 0; i < fields.length; i++) {
        fields[i] = copyField(s.get(i), st.fields().get(i).type(), g);
      }
      return new GoStruct(s.type(), fields);
    }
    if (v instanceof GoArray a) {
      Object[] elems = new Object[a.len()];
      for (int i = 0; i < elems.length; i++) {
        elems[i] = copyField(a.get(i), a.type().elem(), g);
      }
      return new GoArray(a.type(), elems);
    }
    return v;
  }

  private static Object copyField(Object v, GoType t, G g) {
    if (v instanceof dev.gorolab.model.Mutex m && t == Basic.MUTEX) {
      // a copied Mutex is a Mutex of its own (unlocked: copying a locked one is what go vet's copylocks reports)
      return g.ops.makeMutex("copy of a mutex");
    }
    if (v instanceof dev.gorolab.model.WaitGroup && t == Basic.WAIT_GROUP) {
      return g.ops.makeWaitGroup("copy of a wait group");
    }
    return copy(v, g);
  }

  /** The value to store in a location holding {@code old}: a struct or array is copied into the old storage. */
  static Object store(Object old, Object v) {
    if (old instanceof GoStruct o && v instanceof GoStruct n && o.type() == n.type()) {
      o.assignFrom(n);
      return o;
    }
    if (old instanceof GoArray o && v instanceof GoArray n) {
      o.assignFrom(n);
      return o;
    }
    return v;
  }

  /** The panic of a nil pointer dereference, as the runtime reports a SIGSEGV at address 0. */
  static GoPanic nilDereference() {
    return GoPanic.runtimeError("invalid memory address or nil pointer dereference");
  }

  // ---- pointers ----

  /** Gives storage objects addresses in the order they are first pointed to: 0xc000010000, 0xc000010010, ... */
  static final class Addresses {
    private final java.util.IdentityHashMap<Object, Long> addresses = new java.util.IdentityHashMap<>();
    private long next = 0xc000010000L;

    long of(Object storage, long size) {
      Long a = addresses.get(storage);
      if (a == null) {
        a = next;
        next += Math.max(16, (size + 15) & ~15L);
        addresses.put(storage, a);
      }
      return a;
    }
  }

  private abstract static class Ptr implements GoPointer {
    final GoType.Pointer type;
    final Addresses addresses;

    Ptr(GoType.Pointer type, Addresses addresses) {
      this.type = type;
      this.addresses = addresses;
    }

    @Override
    public GoType.Pointer type() {
      return type;
    }

    @Override
    public String toString() {
      return "0x" + Long.toHexString(address());
    }
  }

  /** A pointer to a struct or array: its storage object. */
  static final class ObjPtr extends Ptr {
    final Object storage;

    ObjPtr(Object storage, GoType.Pointer type, Addresses addresses) {
      super(type, addresses);
      this.storage = storage;
    }

    @Override
    public Object load() {
      return storage;
    }

    @Override
    public void store(Object v) {
      Structs.store(storage, v);
    }

    @Override
    public long address() {
      int n = storage instanceof GoStruct s ? s.size() : ((GoArray) storage).len();
      return addresses.of(storage, 8L * n);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ObjPtr p && p.storage == storage;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(storage);
    }
  }

  /** A pointer to a variable that lives in a cell (a local whose address is taken). */
  static final class CellPtr extends Ptr {
    final Cell cell;
    final G owner;

    CellPtr(Cell cell, GoType.Pointer type, Addresses addresses, G owner) {
      super(type, addresses);
      this.cell = cell;
      this.owner = owner;
    }

    @Override
    public Object load() {
      return cell.v;
    }

    @Override
    public void store(Object v) {
      cell.v = Structs.store(cell.v, Values.conform(v, type.elem()));
    }

    @Override
    public long address() {
      return addresses.of(cell, 8);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CellPtr p && p.cell == cell;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(cell);
    }
  }

  /** A pointer to a package-level variable. */
  static final class GlobalPtr extends Ptr {
    final Object[] globals;
    final int index;

    GlobalPtr(Object[] globals, int index, GoType.Pointer type, Addresses addresses) {
      super(type, addresses);
      this.globals = globals;
      this.index = index;
    }

    @Override
    public Object load() {
      return globals[index];
    }

    @Override
    public void store(Object v) {
      globals[index] = Structs.store(globals[index], Values.conform(v, type.elem()));
    }

    @Override
    public long address() {
      return addresses.of(globals, 8L * globals.length) + 8L * index;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GlobalPtr p && p.globals == globals && p.index == index;
    }

    @Override
    public int hashCode() {
      return index;
    }
  }

  /** A pointer to a (non-aggregate) field of a struct, or element of an array. */
  static final class FieldPtr extends Ptr {
    final Object storage;
    final int index;

    FieldPtr(Object storage, int index, GoType.Pointer type, Addresses addresses) {
      super(type, addresses);
      this.storage = storage;
      this.index = index;
    }

    @Override
    public Object load() {
      return storage instanceof GoStruct s ? s.get(index) : ((GoArray) storage).get(index);
    }

    @Override
    public void store(Object v) {
      Object c = Values.conform(v, type.elem());
      if (storage instanceof GoStruct s) {
        s.set(index, c);
      } else {
        ((GoArray) storage).set(index, c);
      }
    }

    @Override
    public long address() {
      int n = storage instanceof GoStruct s ? s.size() : ((GoArray) storage).len();
      return addresses.of(storage, 8L * n) + 8L * index;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FieldPtr p && p.storage == storage && p.index == index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(storage) * 31 + index;
    }
  }

  /** A pointer to an element of a slice's backing array. */
  static final class ElemPtr extends Ptr {
    final dev.gorolab.sim.program.GoSlice slice;
    final int index;

    ElemPtr(dev.gorolab.sim.program.GoSlice slice, int index, GoType.Pointer type, Addresses addresses) {
      super(type, addresses);
      this.slice = slice;
      this.index = index;
    }

    @Override
    public Object load() {
      return slice.get(index);
    }

    @Override
    public void store(Object v) {
      slice.set(index, Values.conform(v, type.elem()));
    }

    @Override
    public long address() {
      return addresses.of(slice.backing(), 8L * slice.cap()) + 8L * (slice.offset() + index);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ElemPtr p && p.slice.backing() == slice.backing() && p.slice.offset() + p.index == slice.offset() + index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(slice.backing()) * 31 + slice.offset() + index;
    }
  }
}
