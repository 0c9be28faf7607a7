package dev.gorolab.model;

/**
 * The settings of one simulated run. Everything that changes what Go would do is here; the
 * defaults imitate go1.19 on linux/amd64 (see docs/cost-model.md).
 *
 * @param gomaxprocs number of Ps, 1..256
 * @param seed seed of the default {@link Chooser}
 * @param initialSchedTick P0's {@code schedtick} when main starts (R3.4: 4 imitates go1.19)
 * @param timeSliceNanos sysmon's {@code forcePreemptNS} (R4.1), 10 ms
 * @param syscallRetakeNanos how long a P stays with an M blocked in a syscall before sysmon hands
 *     it off (R10.2), 20 µs
 * @param mutexStarvationNanos {@code starvationThresholdNs} (R14.4), 1 ms
 * @param maxStepNanos the longest a single body step may take, so preemption lands on time
 * @param finalizerGoroutine whether the program imports fmt/os, so that runfinq (id 5) sits in
 *     P0's runnext when main starts (R1.7, R13.2)
 * @param maxGoroutines live goroutine limit; exceeding it ends the run with a clear message
 * @param reservedGoroutineIds ids taken by runtime goroutines created lazily before the first user
 *     goroutine, such as GC mark workers after {@code runtime.GC()} (R13.3, §15.1); default 0
 */
public record RuntimeConfig(
    int gomaxprocs,
    long seed,
    int initialSchedTick,
    long timeSliceNanos,
    long syscallRetakeNanos,
    long mutexStarvationNanos,
    long maxStepNanos,
    boolean finalizerGoroutine,
    int maxGoroutines,
    int reservedGoroutineIds) {

  public static final int MAX_PROCS = 256;

  /**
   * Most Ps a program's own {@code runtime.GOMAXPROCS(n)} may ask for; more stops the run with a
   * note (Go 1.19 has no limit, and every P costs memory and time in each step of the model).
   */
  public static final int MAX_PROCS_IN_PROGRAM = 1024;

  public RuntimeConfig {
    if (gomaxprocs < 1 || gomaxprocs > MAX_PROCS) {
      throw new IllegalArgumentException("gomaxprocs must be 1.." + MAX_PROCS + ", was " + gomaxprocs);
    }
    if (timeSliceNanos <= 0 || syscallRetakeNanos <= 0 || maxStepNanos <= 0 || maxGoroutines <= 0) {
      throw new IllegalArgumentException("durations and limits must be positive");
    }
    if (reservedGoroutineIds < 0) {
      throw new IllegalArgumentException("reservedGoroutineIds must be >= 0, was " + reservedGoroutineIds);
    }
  }

  /** The settings without reserved goroutine ids (the original nine components). */
  public RuntimeConfig(int gomaxprocs, long seed, int initialSchedTick, long timeSliceNanos,
      long syscallRetakeNanos, long mutexStarvationNanos, long maxStepNanos, boolean finalizerGoroutine,
      int maxGoroutines) {
    this(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos, mutexStarvationNanos,
        maxStepNanos, finalizerGoroutine, maxGoroutines, 0);
  }

  /** go1.19 defaults with the given GOMAXPROCS and seed. */
  public static RuntimeConfig defaults(int gomaxprocs, long seed) {
    return new RuntimeConfig(
        gomaxprocs, seed, 4, 10_000_000L, 20_000L, 1_000_000L, 1_000_000L, true, 2_000_000);
  }

  public RuntimeConfig withGomaxprocs(int n) {
    return new RuntimeConfig(n, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines, reservedGoroutineIds);
  }

  public RuntimeConfig withSeed(long s) {
    return new RuntimeConfig(gomaxprocs, s, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines, reservedGoroutineIds);
  }

  public RuntimeConfig withInitialSchedTick(int tick) {
    return new RuntimeConfig(gomaxprocs, seed, tick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines, reservedGoroutineIds);
  }

  public RuntimeConfig withFinalizerGoroutine(boolean present) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, present, maxGoroutines, reservedGoroutineIds);
  }

  public RuntimeConfig withMaxGoroutines(int max) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, max, reservedGoroutineIds);
  }

  public RuntimeConfig withReservedGoroutineIds(int n) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines, n);
  }

  public RuntimeConfig withTimeSliceNanos(long nanos) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, nanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines, reservedGoroutineIds);
  }
}
