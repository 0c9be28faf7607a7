package dev.gorolab.model;

/**
 * The durations that vary from run to run when Ps run in parallel, drawn through the
 * {@link Chooser} ({@link Chooser.ChoicePoint#TIMING}) so that a seed fixes them and different
 * seeds spread the way real runs do. With GOMAXPROCS=1 nothing here is drawn: one P runs the
 * program alone and the fixed costs decide everything, as before. While an explorer decides the
 * order of parallel Ps itself, the typical (median) values are used and nothing is drawn.
 *
 * <p>Each distribution is a table of equally likely quantiles. Where the numbers come from is
 * written in docs/gomaxprocs.md: they were fitted so that the outputs of the lecture programs of
 * test/src/test/resources/parallel match real go1.19 runs on a 2-core machine.
 *
 * <p>Engine thread only; part of {@link GoRuntime}.
 */
final class ParallelTiming {
  /**
   * notewakeup/futexwakeup to the first schedule of an M parked on {@code midle} (R3.7 startm
   * of an idle M), in ns: a futex wake of a sleeping thread on an idle core, often leaving a deep
   * idle state, so usually tens of microseconds and now and then far more.
   */
  static final long[] WAKE_IDLE_M_NANOS = {
    4_000, 6_000, 8_000, 10_000, 12_000, 15_000, 18_000, 22_000,
    26_000, 32_000, 40_000, 50_000, 65_000, 85_000, 120_000, 200_000
  };
  /** newm → newosproc (clone) to the new thread's first schedule (R3.7 startm creating an M), in ns. */
  static final long[] START_NEW_M_NANOS = {
    20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000, 60_000,
    70_000, 80_000, 90_000, 100_000, 120_000, 150_000, 200_000, 300_000
  };
  /**
   * How much longer or shorter than its fixed cost a goroutine's step takes on a core, in
   * percent of the cost: caches, branch predictors, the other core's traffic.
   */
  static final int[] STEP_PERCENT = {60, 70, 80, 85, 90, 95, 100, 100, 100, 105, 110, 120, 130, 150, 180, 250};

  /**
   * R16.1: {@code fmt.Println}'s formatting plus one {@code write(2)} of a short line to a file,
   * entersyscall to exitsyscall, in ns.
   */
  static final long[] WRITE_NANOS = {
    1_000, 1_200, 1_400, 1_500, 1_600, 1_800, 2_000, 2_000,
    2_200, 2_400, 2_600, 3_000, 3_500, 4_000, 5_000, 8_000
  };

  /** R14.3 runtime_doSpin, in ns (see {@link #spin}). */
  static final long[] SPIN_NANOS = {
    300, 400, 500, 600, 700, 700, 800, 800, 900, 900, 1_000, 1_100, 1_200, 1_400, 1_600, 2_000
  };

  private final Chooser chooser;
  private final boolean drawn;

  ParallelTiming(Chooser chooser, boolean explorerOrdersPs) {
    this.chooser = chooser;
    this.drawn = !explorerOrdersPs && chooser.offers(Chooser.ChoicePoint.TIMING);
  }

  /**
   * Whether durations are drawn now: only for a run started with more than one P and while it
   * has more than one. A run started with GOMAXPROCS=1 keeps its fixed timing throughout, even
   * after runtime.GOMAXPROCS(n), so every GOMAXPROCS=1 result stays what it was.
   */
  boolean varies(int startProcs, int gomaxprocs) {
    return drawn && startProcs > 1 && gomaxprocs > 1;
  }

  /** R3.7 with timing: how long after startm the M begins its search. */
  long mStart(boolean created) {
    return draw(created ? START_NEW_M_NANOS : WAKE_IDLE_M_NANOS);
  }

  /** R16.1: one {@code write} of a printed line to os.Stdout, entersyscall to exitsyscall. */
  long write() {
    return draw(WRITE_NANOS);
  }

  /**
   * R14.3: one runtime_doSpin, procyield(30): 30 PAUSE instructions (tens of cycles each on
   * current x86 cores) plus the reload of the mutex state, in ns.
   */
  long spin() {
    return draw(SPIN_NANOS);
  }

  /** A step of fixed cost {@code nanos} as it runs on a core this time (at least 1 ns). */
  long step(long nanos) {
    int pct = STEP_PERCENT[chooser.choose(Chooser.ChoicePoint.TIMING, STEP_PERCENT.length)];
    return Math.max(1, nanos * pct / 100);
  }

  private long draw(long[] quantiles) {
    return quantiles[chooser.choose(Chooser.ChoicePoint.TIMING, quantiles.length)];
  }
}
