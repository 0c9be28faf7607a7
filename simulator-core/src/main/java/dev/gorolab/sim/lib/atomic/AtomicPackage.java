package dev.gorolab.sim.lib.atomic;

import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/**
 * Package {@code sync/atomic}'s typed values (go1.19): Int32, Int64, Uint32, Uint64 with Load,
 * Store, Add, Swap, CompareAndSwap, and Bool with Load, Store, Swap, CompareAndSwap. Each call is
 * one step of its goroutine, so no other goroutine can run between its read and its write.
 */
public final class AtomicPackage {
  private AtomicPackage() {}

  public static void register(Packages.Registry r) {
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
