package dev.gorolab.sim.lib.math;

import dev.gorolab.sim.lib.LibFunc;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Package {@code math} (go1.19 src/math). Functions whose result Go defines exactly (Sqrt, Floor,
 * Ceil, Trunc, Abs, Mod, Max, Min, Round) give Go's bits; Pow, Log2, Log10 and Hypot are ports of
 * Go's own algorithms (they are not correctly rounded, so another library would differ in the
 * last bit). Exp is rounded correctly (see {@link #exp}); Log, Sin, Cos, Tan, Cbrt use fdlibm
 * (StrictMath), whose Log is the algorithm of Go's; Go's trigonometry may differ from fdlibm in the
 * last bit for some arguments.
 */
public final class MathPackage {
  private MathPackage() {}

  private static final GoType F = Basic.FLOAT64;
  private static final GoType.Func F_F = new GoType.Func(List.of(F), List.of(F));
  private static final GoType.Func FF_F = new GoType.Func(List.of(F, F), List.of(F));

  private static LibFunc unary(DoubleUnaryOperator op) {
    return (c, a) -> op.applyAsDouble((Double) a[0]);
  }

  private static LibFunc binary(DoubleBinaryOperator op) {
    return (c, a) -> op.applyAsDouble((Double) a[0], (Double) a[1]);
  }

  public static void register(Packages.Registry r) {
    constants(r);
    r.member("Sqrt", F_F, unary(Math::sqrt));
    r.member("Abs", F_F, unary(Math::abs));
    r.member("Floor", F_F, unary(Math::floor));
    r.member("Ceil", F_F, unary(Math::ceil));
    r.member("Trunc", F_F, unary(x -> Double.isNaN(x) || Double.isInfinite(x) ? x : x < 0 ? Math.ceil(x) : Math.floor(x)));
    r.member("Round", F_F, unary(MathPackage::round));
    r.member("RoundToEven", F_F, unary(Math::rint));
    // go1.19 dim.go: an infinity of the right sign wins even over NaN; then NaN; +0 over -0
    r.member("Max", FF_F, binary((x, y) -> x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY
        ? Double.POSITIVE_INFINITY : Math.max(x, y)));
    r.member("Min", FF_F, binary((x, y) -> x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY
        ? Double.NEGATIVE_INFINITY : Math.min(x, y)));
    r.member("Mod", FF_F, binary((x, y) -> x % y)); // fmod: exact, the sign of x, as Go's Mod
    r.member("Pow", FF_F, binary(MathPackage::pow));
    r.member("Exp", F_F, unary(MathPackage::exp));
    r.member("Log", F_F, unary(StrictMath::log));
    r.member("Log2", F_F, unary(MathPackage::log2));
    r.member("Log10", F_F, unary(x -> StrictMath.log(x) * INV_LN10));
    r.member("Hypot", FF_F, binary(MathPackage::hypot));
    r.member("Cbrt", F_F, unary(StrictMath::cbrt));
    r.member("Sin", F_F, unary(StrictMath::sin));
    r.member("Cos", F_F, unary(StrictMath::cos));
    r.member("Tan", F_F, unary(StrictMath::tan));
    r.member("Inf", new GoType.Func(List.of(Basic.INT), List.of(F)),
        (c, a) -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    r.member("NaN", new GoType.Func(List.of(), List.of(F)), (c, a) -> Double.NaN);
    r.member("IsNaN", new GoType.Func(List.of(F), List.of(Basic.BOOL)), (c, a) -> Double.isNaN((Double) a[0]));
    r.member("IsInf", new GoType.Func(List.of(F, Basic.INT), List.of(Basic.BOOL)), (c, a) -> {
      double x = (Double) a[0];
      long sign = (Long) a[1];
      return sign >= 0 && x == Double.POSITIVE_INFINITY || sign <= 0 && x == Double.NEGATIVE_INFINITY;
    });
    r.member("Signbit", new GoType.Func(List.of(F), List.of(Basic.BOOL)),
        (c, a) -> Double.doubleToRawLongBits((Double) a[0]) < 0);
    r.member("Float64bits", new GoType.Func(List.of(F), List.of(Basic.UINT64)),
        (c, a) -> Double.doubleToRawLongBits((Double) a[0]));
    r.member("Float64frombits", new GoType.Func(List.of(Basic.UINT64), List.of(F)),
        (c, a) -> Double.longBitsToDouble((Long) a[0]));
  }

  /** {@code 1 / Ln10} and {@code 1 / Ln2} as Go's constant arithmetic makes them: exact, rounded once. */
  private static final double INV_LN10 = 0.43429448190325182765112891891660508229439700580366656611445378;
  private static final double INV_LN2 = 1.44269504088896340735992468100189213742664595415298593413544940;
  private static final java.math.MathContext MC = new java.math.MathContext(50);
  private static final BigDecimal LN2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009");

  /**
   * math.Exp, rounded correctly from a 50-digit computation. Go 1.19 on amd64 computes Exp in
   * assembly to within an ulp (fdlibm is not as close: it gives 2.7182818284590455 for Exp(1),
   * Go 2.718281828459045); the correctly rounded value is Go's for the arguments we tried.
   */
  static double exp(double x) {
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    if (x > 709.782712893384) {
      return Double.POSITIVE_INFINITY;
    }
    if (x < -745.1332191019412) {
      return 0;
    }
    if (x == 0) {
      return 1;
    }
    BigDecimal bx = new BigDecimal(x);
    long k = Math.round(x * INV_LN2);
    BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (int n = 1; n < 60; n++) {
      term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
      sum = sum.add(term, MC);
      if (term.abs().compareTo(new BigDecimal("1e-48")) < 0) {
        break;
      }
    }
    BigDecimal scale = new BigDecimal(BigInteger.TWO.pow((int) Math.abs(k)));
    BigDecimal result = k >= 0 ? sum.multiply(scale) : sum.divide(scale, new java.math.MathContext(60));
    return result.doubleValue();
  }

  private static void constants(Packages.Registry r) {
    GoType ui = Basic.UNTYPED_INT;
    GoType uf = Basic.UNTYPED_FLOAT;
    BigInteger one = BigInteger.ONE;
    for (int bits : new int[] {8, 16, 32, 64}) {
      r.constant("MaxInt" + bits, ui, one.shiftLeft(bits - 1).subtract(one));
      r.constant("MinInt" + bits, ui, one.shiftLeft(bits - 1).negate());
      r.constant("MaxUint" + bits, ui, one.shiftLeft(bits).subtract(one));
    }
    r.constant("MaxInt", ui, one.shiftLeft(63).subtract(one));
    r.constant("MinInt", ui, one.shiftLeft(63).negate());
    r.constant("MaxUint", ui, one.shiftLeft(64).subtract(one));
    // The digits of go1.19 math/const.go.
    r.constant("E", uf, new BigDecimal("2.71828182845904523536028747135266249775724709369995957496696763"));
    r.constant("Pi", uf, new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
    r.constant("Phi", uf, new BigDecimal("1.61803398874989484820458683436563811772030917980576286213544862"));
    r.constant("Sqrt2", uf, new BigDecimal("1.41421356237309504880168872420969807856967187537694807317667974"));
    r.constant("SqrtE", uf, new BigDecimal("1.64872127070012814684865078831382191247657180373512584208025452"));
    r.constant("SqrtPi", uf, new BigDecimal("1.77245385090551602729816748334114518279754945612238712821380779"));
    r.constant("SqrtPhi", uf, new BigDecimal("1.27201964951406896425242246173749149171560804184009624861664038"));
    r.constant("Ln2", uf, new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009"));
    r.constant("Ln10", uf, new BigDecimal("2.30258509299404568401799145468436420760110148862877297603332790"));
    // MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52)); SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
    r.constant("MaxFloat64", uf, one.shiftLeft(53).subtract(one).shiftLeft(971));
    r.constant("SmallestNonzeroFloat64", uf, new BigInteger[] {one, one.shiftLeft(1074)});
    r.constant("MaxFloat32", uf, one.shiftLeft(24).subtract(one).shiftLeft(104));
    r.constant("SmallestNonzeroFloat32", uf, new BigInteger[] {one, one.shiftLeft(149)});
  }

  /** math.Round: half away from zero, on the bits (go1.19 math/floor.go). */
  static double round(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int e = (int) (bits >>> 52) & 0x7FF;
    if (e < 1023) {
      bits &= 1L << 63;
      if (e == 1022) {
        bits |= 0x3FF0000000000000L;
      }
    } else if (e < 1023 + 52) {
      long half = 1L << 51;
      e -= 1023;
      bits += half >>> e;
      bits &= ~((1L << 52) - 1 >>> e);
    }
    return Double.longBitsToDouble(bits);
  }

  /** math.Log2 (go1.19 log10.go): exact for powers of two. */
  static double log2(double x) {
    double[] fe = frexp(x);
    if (fe[0] == 0.5) {
      return fe[1] - 1;
    }
    return StrictMath.log(fe[0]) * INV_LN2 + fe[1];
  }

  /** math.Hypot (go1.19 hypot.go). */
  static double hypot(double p, double q) {
    if (Double.isInfinite(p) || Double.isInfinite(q)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(p) || Double.isNaN(q)) {
      return Double.NaN;
    }
    p = Math.abs(p);
    q = Math.abs(q);
    if (p < q) {
      double t = p;
      p = q;
      q = t;
    }
    if (p == 0) {
      return 0;
    }
    q = q / p;
    return p * Math.sqrt(1 + q * q);
  }

  /** math.Frexp: {frac, exp} with frac in [½, 1). */
  static double[] frexp(double f) {
    if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) {
      return new double[] {f, 0};
    }
    int exp = 0;
    if (Math.abs(f) < Double.MIN_NORMAL) {
      f *= 1L << 52;
      exp = -52;
    }
    long x = Double.doubleToRawLongBits(f);
    exp += (int) ((x >>> 52) & 0x7FF) - 1023 + 1;
    x &= ~(0x7FFL << 52);
    x |= (-1L + 1023) << 52;
    return new double[] {Double.longBitsToDouble(x), exp};
  }

  /** math.Modf: {integer part, fractional part}. */
  static double[] modf(double f) {
    if (f < 1) {
      if (f < 0) {
        double[] r = modf(-f);
        return new double[] {-r[0], -r[1]};
      }
      if (f == 0) {
        return new double[] {f, f};
      }
      return new double[] {0, f};
    }
    long x = Double.doubleToRawLongBits(f);
    int e = (int) ((x >>> 52) & 0x7FF) - 1023;
    if (e < 52) {
      x &= ~((1L << (52 - e)) - 1);
    }
    double i = Double.longBitsToDouble(x);
    return new double[] {i, f - i};
  }

  private static boolean isOddInt(double x) {
    if (Math.abs(x) >= (1L << 53)) {
      return false;
    }
    double[] m = modf(x);
    return m[1] == 0 && ((long) m[0] & 1) == 1;
  }

  /** math.Pow, ported from go1.19 math/pow.go (repeated squaring for the integer part of y). */
  static double pow(double x, double y) {
    if (y == 0 || x == 1) {
      return 1;
    } else if (y == 1) {
      return x;
    } else if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    } else if (x == 0) {
      if (y < 0) {
        return Double.doubleToRawLongBits(x) < 0 && isOddInt(y) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      } else if (y > 0) {
        return Double.doubleToRawLongBits(x) < 0 && isOddInt(y) ? x : 0;
      }
    } else if (Double.isInfinite(y)) {
      if (x == -1) {
        return 1;
      } else if ((Math.abs(x) < 1) == (y > 0)) {
        return 0;
      } else {
        return Double.POSITIVE_INFINITY;
      }
    } else if (Double.isInfinite(x)) {
      if (x < 0) {
        return pow(1 / x, -y);
      }
      if (y < 0) {
        return 0;
      } else if (y > 0) {
        return Double.POSITIVE_INFINITY;
      }
    } else if (y == 0.5) {
      return Math.sqrt(x);
    } else if (y == -0.5) {
      return 1 / Math.sqrt(x);
    }
    double[] m = modf(Math.abs(y));
    double yi = m[0];
    double yf = m[1];
    if (yf != 0 && x < 0) {
      return Double.NaN;
    }
    if (yi >= 0x1p63) {
      if (x == -1) {
        return 1;
      } else if ((Math.abs(x) < 1) == (y > 0)) {
        return 0;
      }
      return Double.POSITIVE_INFINITY;
    }
    double a1 = 1.0;
    long ae = 0;
    if (yf != 0) {
      if (yf > 0.5) {
        yf--;
        yi++;
      }
      a1 = exp(yf * StrictMath.log(x));
    }
    double[] fe = frexp(x);
    double x1 = fe[0];
    long xe = (long) fe[1];
    for (long i = (long) yi; i != 0; i >>= 1) {
      if (xe < -(1 << 12) || (1 << 12) < xe) {
        ae += xe;
        break;
      }
      if ((i & 1) == 1) {
        a1 *= x1;
        ae += xe;
      }
      x1 *= x1;
      xe <<= 1;
      if (x1 < .5) {
        x1 += x1;
        xe--;
      }
    }
    if (y < 0) {
      a1 = 1 / a1;
      ae = -ae;
    }
    return ldexp(a1, ae);
  }

  /** math.Ldexp: frac × 2^exp, rounding once into the subnormal range. */
  static double ldexp(double frac, long exp) {
    if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) {
      return frac;
    }
    int e = (int) Math.max(-2200, Math.min(2200, exp));
    return Math.scalb(frac, e);
  }
}
