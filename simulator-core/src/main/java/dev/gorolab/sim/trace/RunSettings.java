package dev.gorolab.sim.trace;

/**
 * What a lecturer can change between runs of one program.
 *
 * @param gomaxprocs number of Ps, 1..256
 * @param seed seed of the chooser (select order, steal victims)
 * @param maxSteps the run stops with a clear note after this many events, or after
 *     {@link Simulation#workLimit} goroutine steps (a loop that makes no event)
 * @param maxMemoryBytes the largest value (slice, channel buffer, string) the program may make;
 *     a larger one ends the run with a clear note
 */
public record RunSettings(int gomaxprocs, long seed, long maxSteps, long maxMemoryBytes) {
  /**
   * A safety net for runaway programs, not a wall for real ones: a million channel round trips
   * (10 events each) fit twice over.
   */
  public static final long DEFAULT_MAX_STEPS = 20_000_000L;

  /** 256 MiB of modelled values: far past any lecture program, well within a laptop's JVM. */
  public static final long DEFAULT_MAX_MEMORY_BYTES = 256L << 20;

  /** Settings with the default memory budget. */
  public RunSettings(int gomaxprocs, long seed, long maxSteps) {
    this(gomaxprocs, seed, maxSteps, DEFAULT_MAX_MEMORY_BYTES);
  }

  public RunSettings {
    if (maxMemoryBytes < 1) {
      throw new IllegalArgumentException("maxMemoryBytes must be positive, was " + maxMemoryBytes);
    }
    if (gomaxprocs < 1 || gomaxprocs > 256) {
      throw new IllegalArgumentException("GOMAXPROCS must be 1..256, was " + gomaxprocs);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be positive, was " + maxSteps);
    }
  }
}
