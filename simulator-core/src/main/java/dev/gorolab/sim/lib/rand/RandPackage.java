package dev.gorolab.sim.lib.rand;

import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibFunc;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;

/**
 * Package {@code math/rand} as Go 1.19 has it (src/math/rand/rand.go): the top-level functions
 * draw from one source per run seeded with 1 (Go 1.19 does not seed it at random; Go 1.20 does),
 * {@code rand.Seed} reseeds it, and {@code rand.New(rand.NewSource(s))} makes a separate one. The
 * methods are ports of Go's, so a program prints the numbers real Go 1.19 prints. These numbers are
 * the program's own and do not go through GoroLab's chooser (which draws Go's runtime choices).
 */
public final class RandPackage {
  private RandPackage() {}

  private static final GoType I = Basic.INT;
  private static final GoType RAND = new GoType.Pointer(Basic.RAND);
  private static final GoType SOURCE = Basic.RAND_SOURCE;
  private static final GoType.Func SWAP = new GoType.Func(List.of(I, I), List.of());
  /** Where a run keeps its global source (see {@link Caller#runLocal}). */
  private static final Object GLOBAL = new Object();

  private interface RandOp {
    Object apply(Caller c, RngSource r, Object[] args);
  }

  private static GoType.Func fn(List<GoType> params, GoType... results) {
    return new GoType.Func(params, List.of(results));
  }

  public static void register(Packages.Registry r) {
    both(r, "Seed", List.of(Basic.INT64), new GoType[0], (c, s, a) -> {
      s.seed((Long) a[0]);
      return null;
    });
    both(r, "Int", List.of(), new GoType[] {I}, (c, s, a) -> s.int63());
    both(r, "Int63", List.of(), new GoType[] {Basic.INT64}, (c, s, a) -> s.int63());
    both(r, "Int31", List.of(), new GoType[] {Basic.INT32}, (c, s, a) -> s.int63() >> 32);
    both(r, "Uint32", List.of(), new GoType[] {Basic.UINT32}, (c, s, a) -> (s.int63() >>> 31) & 0xffff_ffffL);
    both(r, "Intn", List.of(I), new GoType[] {I}, (c, s, a) -> intn(s, (Long) a[0]));
    both(r, "Int63n", List.of(Basic.INT64), new GoType[] {Basic.INT64}, (c, s, a) -> int63n(s, (Long) a[0]));
    both(r, "Int31n", List.of(Basic.INT32), new GoType[] {Basic.INT32}, (c, s, a) -> {
      long n = (Long) a[0];
      if (n <= 0) {
        throw new LibPanic("invalid argument to Int31n");
      }
      return int31n(s, n);
    });
    both(r, "Float64", List.of(), new GoType[] {Basic.FLOAT64}, (c, s, a) -> float64(s));
    both(r, "Perm", List.of(I), new GoType[] {new GoType.Slice(I)}, (c, s, a) -> perm(s, (Long) a[0]));
    both(r, "Shuffle", List.of(I, SWAP), new GoType[0], (c, s, a) -> {
      shuffle(c, s, (Long) a[0], a[1]);
      return null;
    });
    r.member("NewSource", fn(List.of(Basic.INT64), SOURCE), (c, a) -> new RngSource((Long) a[0]));
    r.member("New", fn(List.of(SOURCE), RAND), (c, a) -> {
      if (a[0] == null) {
        throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
      }
      return a[0];
    });
  }

  /** Registers {@code rand.name} on the run's global source and the method {@code (*Rand).name}. */
  private static void both(Packages.Registry r, String name, List<GoType> params, GoType[] results, RandOp op) {
    GoType.Func type = new GoType.Func(params, List.of(results));
    LibFunc global = (c, a) -> op.apply(c, global(c), a);
    r.member(name, type, global);
    r.method(Basic.RAND, name, type, (c, a) -> {
      if (a[0] == null) {
        throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
      }
      Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
      return op.apply(c, (RngSource) a[0], rest);
    });
  }

  private static RngSource global(Caller c) {
    return (RngSource) c.runLocal(GLOBAL, () -> new RngSource(1));
  }

  static long int31(RngSource s) {
    return s.int63() >> 32;
  }

  static long int63n(RngSource s, long n) {
    if (n <= 0) {
      throw new LibPanic("invalid argument to Int63n");
    }
    if ((n & (n - 1)) == 0) {
      return s.int63() & (n - 1);
    }
    long max = Long.MAX_VALUE - Long.remainderUnsigned(1L << 63, n);
    long v = s.int63();
    while (v > max) {
      v = s.int63();
    }
    return v % n;
  }

  static long int31n(RngSource s, long n) {
    if ((n & (n - 1)) == 0) {
      return int31(s) & (n - 1);
    }
    long max = Integer.MAX_VALUE - (1L << 31) % n;
    long v = int31(s);
    while (v > max) {
      v = int31(s);
    }
    return v % n;
  }

  static long intn(RngSource s, long n) {
    if (n <= 0) {
      throw new LibPanic("invalid argument to Intn");
    }
    if (n <= Integer.MAX_VALUE) {
      return int31n(s, n);
    }
    return int63n(s, n);
  }

  static double float64(RngSource s) {
    while (true) {
      double f = (double) s.int63() / 0x1p63;
      if (f != 1) {
        return f;
      }
    }
  }

  static GoSlice perm(RngSource s, long n) {
    if (n < 0) {
      throw new LibPanic("invalid argument to Intn");
    }
    Object[] m = new Object[(int) n];
    java.util.Arrays.fill(m, 0L);
    for (int i = 0; i < n; i++) {
      int j = (int) intn(s, i + 1);
      m[i] = m[j];
      m[j] = (long) i;
    }
    return GoSlice.of(new GoType.Slice(I), m);
  }

  /** The unexported int31n of Shuffle: Lemire's multiply-shift on Uint32. */
  static long int31nLemire(RngSource s, long n) {
    long v = (s.int63() >>> 31) & 0xffff_ffffL;
    long prod = v * n;
    long low = prod & 0xffff_ffffL;
    if (low < n) {
      long thresh = ((-n) & 0xffff_ffffL) % n;
      while (low < thresh) {
        v = (s.int63() >>> 31) & 0xffff_ffffL;
        prod = v * n;
        low = prod & 0xffff_ffffL;
      }
    }
    return prod >>> 32;
  }

  static void shuffle(Caller c, RngSource s, long n, Object swap) {
    if (n < 0) {
      throw new LibPanic("invalid argument to Shuffle");
    }
    long i = n - 1;
    for (; i > (1L << 31) - 1 - 1; i--) {
      long j = int63n(s, i + 1);
      c.call(swap, i, j);
    }
    for (; i > 0; i--) {
      long j = int31nLemire(s, i + 1);
      c.call(swap, i, j);
    }
  }
}
