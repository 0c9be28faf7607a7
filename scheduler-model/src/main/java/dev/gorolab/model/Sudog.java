package dev.gorolab.model;

/** A goroutine waiting on one channel queue (Go's {@code sudog}, R7.1). */
final class Sudog {
  final G g;
  final Hchan c;
  final boolean isSend;
  final Object value;
  /** The select case index in source order, or -1 for a plain send or receive. */
  final int caseIndex;
  /** The select this sudog belongs to, or null. */
  final SelectWait sel;

  Sudog(G g, Hchan c, boolean isSend, Object value, int caseIndex, SelectWait sel) {
    this.g = g;
    this.c = c;
    this.isSend = isSend;
    this.value = value;
    this.caseIndex = caseIndex;
    this.sel = sel;
  }
}
