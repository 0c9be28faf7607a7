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
   * R3.7 startm of the start-up M (the one gcenable's wakep made, {@link M#startupSpare}), to its
   * first schedule, in ns. At main.main that M has only just stopped searching (runfinq's wakep
   * in the os package's init woke it once more): half the time it is still searching, or its
   * thread has not left the core yet, and it takes work within 0.5–3 µs; the other half it is
   * parked and woken like any parked M (every other value of {@link #WAKE_IDLE_M_NANOS}'s
   * range, 5 µs to 0.24 ms). The half is fitted (docs/gomaxprocs.md): it is how the goroutine of
   * {@code main-returns-early} prints first in 2 % of Go's runs and worker 1 takes job 1 on
   * the second P in {@code buffered-workers}.
   */
  static final long[] WAKE_STARTUP_M_NANOS = {
    500, 700, 900, 1_200, 1_500, 2_000, 2_500, 3_000,
    5_000, 8_000, 12_000, 20_000, 40_000, 80_000, 160_000, 240_000
  };
  /**
   * notewakeup/futexwakeup to the first schedule of an M parked on {@code midle} (R3.7 startm of
   * an idle M), in ns: a futex wake of a thread asleep in futex_wait, through the other (virtual)
   * core's wake-up interrupt and the kernel's switch to it, so never under 5 µs; tens to a couple
   * of hundred when the core has to come out of halt. The 5 µs floor is what real Go shows for
   * {@code unbuffered-producer-consumer} (1,000 of 1,000 runs on one P): an M woken by main's
   * {@code ready} would otherwise arrive during main's next write syscall, when runqgrab does not
   * back off (the victim is {@code _Psyscall}), and steal the producer.
   */
  static final long[] WAKE_IDLE_M_NANOS = {
    5_000, 6_500, 8_000, 10_000, 13_000, 16_000, 20_000, 25_000,
    30_000, 40_400, 54_300, 73_100, 98_400, 132_500, 178_300, 240_000
  };
  /** newm → newosproc (clone) to the new thread's first schedule (R3.7 startm creating an M), in ns. */
  static final long[] START_NEW_M_NANOS = {
    20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000, 60_000,
    70_000, 80_000, 90_000, 100_000, 120_000, 150_000, 200_000, 300_000
  };
  /**
   * R3.7: what startm costs the M that calls wakep, in ns: the futex(FUTEX_WAKE) system call of
   * notewakeup. The goroutine that ran {@code go} or woke another pays it before its next step.
   */
  static final long[] FUTEX_WAKE_COST_NANOS = {1_000, 2_000, 3_000, 5_000};
  /** R3.7: the same for a new M: newm allocates the M and its g0 stack and calls clone, in ns. */
  static final long[] CLONE_COST_NANOS = {5_000, 8_000, 10_000, 15_000};
  /**
   * R16.1: {@code fmt.Println} from the write lock to the end of its write: the write(2) of a short
   * line to a file with entersyscall/exitsyscall around it, in ns. Measured with
   * tools/measure-print-cost.sh (docs/gomaxprocs.md): a warm {@code os.Stdout.Write} of a short
   * line to a file takes 1.8 µs (10th to 90th percentile 1.78–1.90 µs), a whole warm
   * {@code fmt.Println} 2.0 µs, on the recording machine with go1.19.8; the table spreads around it.
   */
  static final long[] WRITE_NANOS = {1_200, 1_400, 1_500, 1_600, 1_700, 1_800, 2_000, 2_400};
  /**
   * R16.1: the same for the first print of the process, which runs cold: the print and write
   * path's code and data are touched for the first time (page faults), fmt's printer comes from
   * an empty sync.Pool, and the kernel updates the new file's times (a journal transaction).
   */
  static final long[] FIRST_WRITE_NANOS = {10_000, 20_000, 30_000, 40_000};
  /**
   * time.go doaddtimer → netpollGenericInit: what the process's first timer costs the M adding it,
   * in ns: epoll_create1, the wake-up pipe and epoll_ctl, run cold (their code touched for the
   * first time). Fitted (see docs/gomaxprocs.md): it is why, in Go, main's first time.Sleep lets
   * the other P print first.
   */
  static final long[] NETPOLL_INIT_NANOS = {20_000, 40_000, 60_000, 80_000};
  /**
   * R3.7 and the operating system: the delay before the first goroutine step of an M that startm
   * woke, in ns. On two cores shared by m0, the woken M and sysmon, the kernel now and then puts
   * the woken thread on its waker's core, where it runs only once the waker's turn ends; the
   * goroutine it has just taken waits meanwhile. Fitted (see docs/gomaxprocs.md): 6 in 8 runs no
   * delay, else 0.2 or 0.5 ms.
   */
  static final long[] FIRST_RUN_DELAY_NANOS = {0, 0, 0, 0, 0, 0, 200_000, 500_000};
  /**
   * R14.3 runtime_doSpin, procyield(30), in ns: 30 PAUSE instructions (from about 8 cycles each on
   * recent AMD cores to 65 on Zen 2 and 140 on recent Intel ones) and the reload of the mutex state.
   */
  static final long[] SPIN_NANOS = {
    100, 150, 200, 200, 250, 300, 300, 350, 400, 450, 500, 550, 600, 700, 800, 900
  };
  /**
   * R10.2 with sysmon's real tick, in ns: from entersyscall to the sysmon pass that takes the P
   * back. sysmon sleeps {@code usleep(20)} between passes while the program is young (proc.go
   * sysmon, {@code delay = 20}); usleep is nanosleep, which the kernel stretches by the thread's
   * timer slack (50 µs by default, prctl(2) PR_SET_TIMERSLACK), so a pass comes about every 70 µs.
   * The first pass that sees the syscall only records its syscalltick, the next one retakes: one
   * to two periods after entry, at a phase the run does not control (16 equally likely).
   */
  static final long[] RETAKE_NANOS = {
    70_000, 74_375, 78_750, 83_125, 87_500, 91_875, 96_250, 100_625,
    105_000, 109_375, 113_750, 118_125, 122_500, 126_875, 131_250, 135_625
  };
  /**
   * How much longer or shorter than its fixed cost a goroutine's step takes on a core, in
   * percent of the cost: caches, branch predictors, the other core's traffic.
   */
  static final int[] STEP_PERCENT = {80, 82, 85, 87, 89, 92, 95, 97, 100, 106, 112, 119, 126, 134, 142, 150};

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
  long mStart(boolean created, boolean startup) {
    return draw(created ? START_NEW_M_NANOS : startup ? WAKE_STARTUP_M_NANOS : WAKE_IDLE_M_NANOS);
  }

  /** R16.1: one {@code write} of a printed line to os.Stdout, entersyscall to exitsyscall. */
  long write(boolean first) {
    return draw(first ? FIRST_WRITE_NANOS : WRITE_NANOS);
  }

  /** R10.2: from entersyscall to sysmon's retake of the P (see {@link #RETAKE_NANOS}). */
  long retake() {
    return draw(RETAKE_NANOS);
  }

  /** R14.3: one runtime_doSpin (see {@link #SPIN_NANOS}). */
  long spin() {
    return draw(SPIN_NANOS);
  }

  /** The first timer's netpoller initialisation (see {@link #NETPOLL_INIT_NANOS}). */
  long netpollInit() {
    return draw(NETPOLL_INIT_NANOS);
  }

  /** R3.7: the delay before a woken M's first goroutine step (see {@link #FIRST_RUN_DELAY_NANOS}). */
  long firstRunDelay() {
    return draw(FIRST_RUN_DELAY_NANOS);
  }

  /** R3.7: what startm costs the M that calls it: a futex wake, or a clone for a new M. */
  long wakeCost(boolean created) {
    return draw(created ? CLONE_COST_NANOS : FUTEX_WAKE_COST_NANOS);
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
