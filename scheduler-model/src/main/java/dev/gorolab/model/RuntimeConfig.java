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
    int maxGoroutines) {

  public static final int MAX_PROCS = 256;

  public RuntimeConfig {
    if (gomaxprocs < 1 || gomaxprocs > MAX_PROCS) {
      throw new IllegalArgumentException("gomaxprocs must be 1.." + MAX_PROCS + ", was " + gomaxprocs);
    }
    if (timeSliceNanos <= 0 || syscallRetakeNanos <= 0 || maxStepNanos <= 0 || maxGoroutines <= 0) {
      throw new IllegalArgumentException("durations and limits must be positive");
    }
  }

  /** go1.19 defaults with the given GOMAXPROCS and seed. */
  public static RuntimeConfig defaults(int gomaxprocs, long seed) {
    return new RuntimeConfig(
        gomaxprocs, seed, 4, 10_000_000L, 20_000L, 1_000_000L, 1_000_000L, true, 2_000_000);
  }

  public RuntimeConfig withGomaxprocs(int n) {
    return new RuntimeConfig(n, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines);
  }

  public RuntimeConfig withSeed(long s) {
    return new RuntimeConfig(gomaxprocs, s, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines);
  }

  public RuntimeConfig withInitialSchedTick(int tick) {
    return new RuntimeConfig(gomaxprocs, seed, tick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, maxGoroutines);
  }

  public RuntimeConfig withFinalizerGoroutine(boolean present) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, present, maxGoroutines);
  }

  public RuntimeConfig withMaxGoroutines(int max) {
    return new RuntimeConfig(gomaxprocs, seed, initialSchedTick, timeSliceNanos, syscallRetakeNanos,
        mutexStarvationNanos, maxStepNanos, finalizerGoroutine, max);
  }
}
