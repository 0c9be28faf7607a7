package dev.gorolab.model;

/** A WaitGroup's state (R14.2): the counter and the semaphore's FIFO of waiters. */
final class SyncWaitGroup {
  final int id;
  final String name;
  int counter;
  final SharedQueue<G> waiters = new SharedQueue<>();
  boolean dirty;
  /** The state the last delta carried (see G#shown). */
  RuntimeSnapshot.WaitGroupState shown;

  /** Why a waiter woke, spelled once per WaitGroup rather than once per wake-up. */
  private String releaseWake;

  SyncWaitGroup(int id, String name) {
    this.id = id;
    this.name = name;
  }

  String releaseWake() {
    if (releaseWake == null) {
      releaseWake = "WaitGroup " + name;
    }
    return releaseWake;
  }
}
