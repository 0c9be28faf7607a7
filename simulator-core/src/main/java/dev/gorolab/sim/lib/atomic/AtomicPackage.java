package dev.gorolab.sim.lib.atomic;

import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoPointer;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/**
 * Package {@code sync/atomic}'s typed values (go1.19): Int32, Int64, Uint32, Uint64 with Load,
 * Store, Add, Swap, CompareAndSwap, and Bool with Load, Store, Swap, CompareAndSwap. Each call is
 * one step of its goroutine, so no other goroutine can run between its read and its write. Also
 * {@code atomic.Value}.
 */
public final class AtomicPackage {
  private AtomicPackage() {}

  public static void register(Packages.Registry r) {
    registerFunctions(r);
    registerValue(r);
    ints(r, Basic.ATOMIC_INT32, Basic.INT32);
    ints(r, Basic.ATOMIC_INT64, Basic.INT64);
    ints(r, Basic.ATOMIC_UINT32, Basic.UINT32);
    ints(r, Basic.ATOMIC_UINT64, Basic.UINT64);
    GoType t = Basic.ATOMIC_BOOL;
    GoType b = Basic.BOOL;
    r.zero(t, (c, a) -> new AtomicCell(t));
    r.method(t, "Load", fn(List.of(), List.of(b)), (c, a) -> cell(a[0]).load());
    r.method(t, "Store", fn(List.of(b), List.of()), (c, a) -> {
      cell(a[0]).store(bit(a[1]));
      return null;
    });
    r.method(t, "Swap", fn(List.of(b), List.of(b)), (c, a) -> {
      AtomicCell x = cell(a[0]);
      Object old = x.load();
      x.store(bit(a[1]));
      return old;
    });
    r.method(t, "CompareAndSwap", fn(List.of(b, b), List.of(Basic.BOOL)), (c, a) -> {
      AtomicCell x = cell(a[0]);
      if (x.raw() != bit(a[1])) {
        return false;
      }
      x.store(bit(a[2]));
      return true;
    });
  }

  /**
   * {@code atomic.Value} (go1.19 sync/atomic/value.go): Load, Store, Swap and CompareAndSwap, each
   * one indivisible step; nil and a value of another type than the first stored panic with Go's
   * words. CompareAndSwap compares with {@code ==} on interfaces.
   */
  private static void registerValue(Packages.Registry r) {
    GoType t = Basic.ATOMIC_VALUE;
    GoType any = GoType.EMPTY_INTERFACE;
    r.zero(t, (c, a) -> new ValueCell());
    r.method(t, "Load", fn(List.of(), List.of(any)), (c, a) -> value(a[0]).value);
    r.method(t, "Store", fn(List.of(any), List.of()), (c, a) -> {
      ValueCell v = value(a[0]);
      if (a[1] == null) {
        throw new LibPanic("sync/atomic: store of nil value into Value");
      }
      if (v.value != null && !sameType(v.value, a[1])) {
        throw new LibPanic("sync/atomic: store of inconsistently typed value into Value");
      }
      v.value = a[1];
      return null;
    });
    r.method(t, "Swap", fn(List.of(any), List.of(any)), (c, a) -> {
      ValueCell v = value(a[0]);
      if (a[1] == null) {
        throw new LibPanic("sync/atomic: swap of nil value into Value");
      }
      if (v.value != null && !sameType(v.value, a[1])) {
        throw new LibPanic("sync/atomic: swap of inconsistently typed value into Value");
      }
      Object old = v.value;
      v.value = a[1];
      return old;
    });
    r.method(t, "CompareAndSwap", fn(List.of(any, any), List.of(Basic.BOOL)), (c, a) -> {
      ValueCell v = value(a[0]);
      Object old = a[1];
      Object neu = a[2];
      if (neu == null) {
        throw new LibPanic("sync/atomic: compare and swap of nil value into Value");
      }
      if (old != null && !sameType(old, neu)) {
        throw new LibPanic("sync/atomic: compare and swap of inconsistently typed values");
      }
      if (v.value == null) {
        if (old != null) {
          return false;
        }
        v.value = neu;
        return true;
      }
      if (!sameType(v.value, neu)) {
        throw new LibPanic("sync/atomic: compare and swap of inconsistently typed value into Value");
      }
      if (!java.util.Objects.equals(v.value, old)) {
        return false;
      }
      v.value = neu;
      return true;
    });
  }

  /** Whether two interface values have the same dynamic type (as %T names it). */
  private static boolean sameType(Object x, Object y) {
    return GoFormat.typeName(x).equals(GoFormat.typeName(y));
  }

  private static ValueCell value(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (ValueCell) v;
  }

  private static void ints(Packages.Registry r, GoType t, GoType e) {
    r.zero(t, (c, a) -> new AtomicCell(t));
    r.method(t, "Load", fn(List.of(), List.of(e)), (c, a) -> cell(a[0]).load());
    r.method(t, "Store", fn(List.of(e), List.of()), (c, a) -> {
      cell(a[0]).store(num(a[1]));
      return null;
    });
    r.method(t, "Add", fn(List.of(e), List.of(e)), (c, a) -> {
      AtomicCell x = cell(a[0]);
      x.store(x.raw() + num(a[1]));
      return x.load();
    });
    r.method(t, "Swap", fn(List.of(e), List.of(e)), (c, a) -> {
      AtomicCell x = cell(a[0]);
      Object old = x.load();
      x.store(num(a[1]));
      return old;
    });
    r.method(t, "CompareAndSwap", fn(List.of(e, e), List.of(Basic.BOOL)), (c, a) -> {
      AtomicCell x = cell(a[0]);
      if (x.raw() != x.wrap(num(a[1]))) {
        return false;
      }
      x.store(num(a[2]));
      return true;
    });
  }

  /**
   * The functions on pointers ({@code atomic.AddInt64(&x, 1)}), go1.19 sync/atomic/doc.go: each
   * reads and writes the variable in one indivisible step, wrapping to the size of its type.
   */
  static void registerFunctions(Packages.Registry r) {
    Basic[] kinds = {Basic.INT32, Basic.INT64, Basic.UINT32, Basic.UINT64, Basic.UINTPTR};
    String[] names = {"Int32", "Int64", "Uint32", "Uint64", "Uintptr"};
    for (int k = 0; k < kinds.length; k++) {
      Basic t = kinds[k];
      GoType p = new GoType.Pointer(t);
      r.member("Add" + names[k], fn(List.of(p, t), List.of(t)), (c, a) -> {
        GoPointer x = ptr(a[0]);
        long v = wrap(num(x.load()) + num(a[1]), t);
        x.store(v);
        return v;
      });
      r.member("Load" + names[k], fn(List.of(p), List.of(t)), (c, a) -> ptr(a[0]).load());
      r.member("Store" + names[k], fn(List.of(p, t), List.of()), (c, a) -> {
        ptr(a[0]).store(wrap(num(a[1]), t));
        return null;
      });
      r.member("Swap" + names[k], fn(List.of(p, t), List.of(t)), (c, a) -> {
        GoPointer x = ptr(a[0]);
        Object old = x.load();
        x.store(wrap(num(a[1]), t));
        return old;
      });
      r.member("CompareAndSwap" + names[k], fn(List.of(p, t, t), List.of(Basic.BOOL)), (c, a) -> {
        GoPointer x = ptr(a[0]);
        if (num(x.load()) != wrap(num(a[1]), t)) {
          return false;
        }
        x.store(wrap(num(a[2]), t));
        return true;
      });
    }
  }

  private static GoPointer ptr(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (GoPointer) v;
  }

  private static long wrap(long v, Basic t) {
    return switch (t) {
      case INT32 -> (int) v;
      case UINT32 -> v & 0xffff_ffffL;
      default -> v;
    };
  }

  private static GoType.Func fn(List<GoType> params, List<GoType> results) {
    return new GoType.Func(params, results);
  }

  private static AtomicCell cell(Object v) {
    return (AtomicCell) v;
  }

  private static long num(Object v) {
    return ((Number) v).longValue();
  }

  private static long bit(Object v) {
    return Boolean.TRUE.equals(v) ? 1 : 0;
  }
}
