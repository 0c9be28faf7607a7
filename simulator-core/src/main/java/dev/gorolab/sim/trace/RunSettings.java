package dev.gorolab.sim.trace;

/**
 * What a lecturer can change between runs of one program.
 *
 * @param gomaxprocs number of Ps, 1..256
 * @param seed seed of the chooser (select order, steal victims)
 * @param maxSteps the run stops with a clear note after this many events
 */
public record RunSettings(int gomaxprocs, long seed, long maxSteps) {
  public static final long DEFAULT_MAX_STEPS = 5_000_000L;

  public RunSettings {
    if (gomaxprocs < 1 || gomaxprocs > 256) {
      throw new IllegalArgumentException("GOMAXPROCS must be 1..256, was " + gomaxprocs);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be positive, was " + maxSteps);
    }
  }
}
