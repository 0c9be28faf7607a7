package dev.gorolab.sim.lib.sort;

import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Package {@code sort} (go1.19 sort/sort.go, slice.go, search.go) on Go 1.19's own algorithms
 * ({@link Pdqsort}): sort.Slice calls the program's less function, on the calling goroutine, in
 * the order Go's pdqsort does, so an unstable sort leaves equal elements where Go leaves them;
 * sort.Sort, Stable and IsSorted call a {@code sort.Interface}'s Len, Less and Swap the same way.
 */
public final class SortPackage {
  private SortPackage() {}

  private static final GoType.Slice INTS = new GoType.Slice(Basic.INT);
  private static final GoType.Slice STRINGS = new GoType.Slice(Basic.STRING);
  private static final GoType.Slice FLOATS = new GoType.Slice(Basic.FLOAT64);
  private static final GoType.Func LESS = new GoType.Func(List.of(Basic.INT, Basic.INT), List.of(Basic.BOOL));
  private static final GoType.Func PREDICATE = new GoType.Func(List.of(Basic.INT), List.of(Basic.BOOL));

  private static GoType.Func fn(List<GoType> params, GoType... results) {
    return new GoType.Func(params, List.of(results));
  }

  public static void register(Packages.Registry r) {
    r.member("Ints", fn(List.of(INTS)), (c, a) -> sortSlice((GoSlice) a[0], SortPackage::lessInt, false));
    r.member("Strings", fn(List.of(STRINGS)), (c, a) -> sortSlice((GoSlice) a[0], SortPackage::lessString, false));
    r.member("Float64s", fn(List.of(FLOATS)), (c, a) -> sortSlice((GoSlice) a[0], SortPackage::lessFloat, false));
    r.member("IntsAreSorted", fn(List.of(INTS), Basic.BOOL), (c, a) -> isSorted((GoSlice) a[0], SortPackage::lessInt));
    r.member("StringsAreSorted", fn(List.of(STRINGS), Basic.BOOL),
        (c, a) -> isSorted((GoSlice) a[0], SortPackage::lessString));
    r.member("Float64sAreSorted", fn(List.of(FLOATS), Basic.BOOL),
        (c, a) -> isSorted((GoSlice) a[0], SortPackage::lessFloat));
    r.member("SearchInts", fn(List.of(INTS, Basic.INT), Basic.INT), (c, a) -> {
      GoSlice s = (GoSlice) a[0];
      long x = (Long) a[1];
      return search(s == null ? 0 : s.len(), i -> (Long) s.get(i) >= x);
    });
    r.member("SearchStrings", fn(List.of(STRINGS, Basic.STRING), Basic.INT), (c, a) -> {
      GoSlice s = (GoSlice) a[0];
      String x = (String) a[1];
      return search(s == null ? 0 : s.len(), i -> compare((String) s.get(i), x) >= 0);
    });
    r.member("Search", fn(List.of(Basic.INT, PREDICATE), Basic.INT),
        (c, a) -> search((int) Math.min((Long) a[0], Integer.MAX_VALUE), i -> truth(c.call(a[1], (long) i))));
    r.member("Slice", fn(List.of(GoType.EMPTY_INTERFACE, LESS)),
        (c, a) -> sortSlice(slice(a[0]), (s, i, j) -> truth(c.call(a[1], (long) i, (long) j)), false));
    r.member("SliceStable", fn(List.of(GoType.EMPTY_INTERFACE, LESS)),
        (c, a) -> sortSlice(slice(a[0]), (s, i, j) -> truth(c.call(a[1], (long) i, (long) j)), true));
    r.member("SliceIsSorted", fn(List.of(GoType.EMPTY_INTERFACE, LESS), Basic.BOOL),
        (c, a) -> isSorted(slice(a[0]), (s, i, j) -> truth(c.call(a[1], (long) i, (long) j))));
    GoType.Func ofData = fn(List.of(GoType.SORT_INTERFACE));
    r.member("Reverse", fn(List.of(GoType.SORT_INTERFACE), GoType.SORT_INTERFACE), (c, a) -> new Reverse(a[0]));
    r.member("Sort", ofData, (c, a) -> sortData(c, a[0], false));
    r.member("Stable", ofData, (c, a) -> sortData(c, a[0], true));
    r.member("IsSorted", fn(List.of(GoType.SORT_INTERFACE), Basic.BOOL), (c, a) -> {
      Pdqsort.Data data = data(c, a[0]);
      int n = length(c, a[0]);
      for (int i = n - 1; i > 0; i--) {
        if (data.less(i, i - 1)) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * sort.Sort and sort.Stable on the program's {@code sort.Interface}: Len once, then Less and Swap
   * in the order Go 1.19's pdqsort (insertion sort and SymMerge for Stable) calls them, each
   * running to its return on the calling goroutine.
   */
  private static Object sortData(Caller c, Object x, boolean stable) {
    int n = length(c, x);
    Pdqsort.Data data = data(c, x);
    if (stable) {
      Pdqsort.stable(data, n);
    } else {
      Pdqsort.sort(data, n);
    }
    return null;
  }

  /** {@code sort.Reverse(data)}: go1.19's {@code *sort.reverse}, data with Less(i, j) turned into Less(j, i). */
  record Reverse(Object data) implements dev.gorolab.sim.program.GoFormat.LibraryValue {
    @Override
    public String goType() {
      return "*sort.reverse";
    }
  }

  private static int length(Caller c, Object x) {
    if (x instanceof Reverse r) {
      return length(c, r.data());
    }
    return (int) (long) (Long) c.call(method(c, x, "Len"))[0];
  }

  /** The method; for a nil interface null, which Caller.call reports as Go's nil dereference. */
  private static Object method(Caller c, Object x, String name) {
    return x == null ? null : c.method(x, name);
  }

  /** Less and Swap of a {@code sort.Interface} value, as the program's methods. */
  private static Pdqsort.Data data(Caller c, Object x) {
    if (x instanceof Reverse r) {
      Pdqsort.Data inner = data(c, r.data());
      return new Pdqsort.Data() {
        @Override
        public boolean less(int i, int j) {
          return inner.less(j, i);
        }

        @Override
        public void swap(int i, int j) {
          inner.swap(i, j);
        }
      };
    }
    Object less = method(c, x, "Less");
    Object swap = method(c, x, "Swap");
    return new Pdqsort.Data() {
      @Override
      public boolean less(int i, int j) {
        return truth(c.call(less, (long) i, (long) j));
      }

      @Override
      public void swap(int i, int j) {
        c.call(swap, (long) i, (long) j);
      }
    };
  }

  /** Less over the elements of a slice by index. */
  interface Less {
    boolean less(GoSlice s, int i, int j);
  }

  private static boolean truth(Object[] results) {
    return (Boolean) results[0];
  }

  /** sort.Slice's argument: a slice (reflectValueOf panics on anything else, as here). */
  private static GoSlice slice(Object x) {
    if (x instanceof dev.gorolab.sim.program.Typed t && (t.value() == null || t.value() instanceof GoSlice)) {
      return (GoSlice) t.value(); // a slice of a defined type, type People []Person
    }
    if (x == null || x instanceof GoSlice) {
      return (GoSlice) x;
    }
    throw new LibPanic("reflect: call of Slice on " + dev.gorolab.sim.program.GoFormat.typeName(x) + " Value");
  }

  private static boolean lessInt(GoSlice s, int i, int j) {
    return (Long) s.get(i) < (Long) s.get(j);
  }

  private static boolean lessString(GoSlice s, int i, int j) {
    return compare((String) s.get(i), (String) s.get(j)) < 0;
  }

  /** Float64Slice.Less: NaNs first. */
  private static boolean lessFloat(GoSlice s, int i, int j) {
    double x = (Double) s.get(i);
    double y = (Double) s.get(j);
    return x < y || (Double.isNaN(x) && !Double.isNaN(y));
  }

  /** Go orders strings by their UTF-8 bytes. */
  private static int compare(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Object sortSlice(GoSlice s, Less less, boolean stable) {
    if (s == null) {
      return null;
    }
    Pdqsort.Data data = new Pdqsort.Data() {
      @Override
      public boolean less(int i, int j) {
        return less.less(s, i, j);
      }

      @Override
      public void swap(int i, int j) {
        Object t = s.get(i);
        s.set(i, s.get(j));
        s.set(j, t);
      }
    };
    if (stable) {
      Pdqsort.stable(data, s.len());
    } else {
      Pdqsort.sort(data, s.len());
    }
    return null;
  }

  /** IsSorted: from the end, as Go walks. */
  private static boolean isSorted(GoSlice s, Less less) {
    int n = s == null ? 0 : s.len();
    for (int i = n - 1; i > 0; i--) {
      if (less.less(s, i, i - 1)) {
        return false;
      }
    }
    return true;
  }

  interface IntPredicate {
    boolean test(int i);
  }

  /** sort.Search: the smallest i in [0, n) with f(i) true, or n. */
  static long search(int n, IntPredicate f) {
    int i = 0;
    int j = n;
    while (i < j) {
      int h = (i + j) >>> 1;
      if (!f.test(h)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    return i;
  }

}
