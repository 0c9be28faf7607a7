package dev.gorolab.model;

/** A sleep timer in a P's heap (R9.1), ordered by {@code when}, then by insertion. */
final class Timer implements Comparable<Timer> {
  final long when;
  final long seq;
  final G g;

  Timer(long when, long seq, G g) {
    this.when = when;
    this.seq = seq;
    this.g = g;
  }

  @Override
  public int compareTo(Timer o) {
    int c = Long.compare(when, o.when);
    return c != 0 ? c : Long.compare(seq, o.seq);
  }
}
