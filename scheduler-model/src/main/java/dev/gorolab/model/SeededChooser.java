package dev.gorolab.model;

/**
 * The default {@link Chooser}: SplitMix64, fully specified here so that a seed gives the same
 * choices on every JVM and machine (unlike {@code java.util.Random}'s unspecified successors).
 */
public final class SeededChooser implements Chooser {
  private long state;

  public SeededChooser(long seed) {
    this.state = seed;
  }

  @Override
  public int choose(ChoicePoint kind, int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be >= 1, was " + bound);
    }
    // Lemire's multiply-shift on the top 32 bits; the tiny bias is irrelevant for teaching.
    long r = next() >>> 32;
    return (int) ((r * bound) >>> 32);
  }

  private long next() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
