package dev.gorolab.model;

import java.util.PriorityQueue;

/** A processor (Go's {@code p}, R1.5): runnext, a 256-slot local run queue, timers, ticks, id cache. */
final class P {
  static final int LRQ_SIZE = 256;

  final int id;
  RuntimeSnapshot.PStatus status = RuntimeSnapshot.PStatus.IDLE;
  /** The M holding it; for SYSCALL, the M blocked in the syscall that may take it back. */
  M m;
  G curg;
  G runnext;
  final G[] runq = new G[LRQ_SIZE];
  int runqhead;
  int runqtail;
  int schedtick;
  int syscalltick;
  /** Virtual nanoseconds run on the current slice, since the last non-inherited execute (R4.1). */
  long sliceRan;
  /** Whether curg has taken a step since it was put on this P: a preemption lands only between steps. */
  boolean stepped;
  /** When the M holding it performs its next action (a step of curg, or schedule()). */
  long nextAt;
  long syscallSince;
  long retakeAt;
  final PriorityQueue<Timer> timers = new PriorityQueue<>();
  long goidcache;
  long goidcacheend;
  IntStack gFree = new IntStack();
  boolean dirty;

  P(int id) {
    this.id = id;
  }

  int runqsize() {
    return runqtail - runqhead;
  }

  boolean runqempty() {
    return runnext == null && runqhead == runqtail;
  }
}
