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
  /** The local run queue, at most {@link #LRQ_SIZE} long; a shared queue so snapshots need not copy it. */
  final SharedQueue<G> runq = new SharedQueue<>();
  int schedtick;
  int syscalltick;
  /** Virtual nanoseconds run on the current slice, since the last non-inherited execute (R4.1). */
  long sliceRan;
  /** Whether curg has taken a step since it was put on this P: a preemption lands only between steps. */
  boolean stepped;
  /** When the M holding it performs its next action (a step of curg, or schedule()). */
  long nextAt;
  /** Time the runtime itself spent busy in this step on top of the body's cost (a mutex spin, R14.3). */
  long busyNanos;
  long syscallSince;
  long retakeAt;
  final PriorityQueue<Timer> timers = new PriorityQueue<>();
  /** How many timers in the heap are stopped but not yet removed (p.deletedTimers). */
  int deletedTimers;
  /** The {@code time} package's timers in the heap (not sleeps), for display: few, unlike sleepers. */
  final java.util.ArrayList<Timer> libTimers = new java.util.ArrayList<>();
  long goidcache;
  long goidcacheend;
  IntStack gFree = new IntStack();
  boolean dirty;
  /** The state the last delta carried, so an unchanged entity is left out of the next one. */
  RuntimeSnapshot.ProcessorState shown;

  P(int id) {
    this.id = id;
  }

  int runqsize() {
    return runq.size();
  }

  boolean runqempty() {
    return runnext == null && runq.isEmpty();
  }
}
