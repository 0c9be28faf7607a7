package dev.gorolab.model;

/** A WaitGroup's state (R14.2): the counter and the semaphore's FIFO of waiters. */
final class SyncWaitGroup {
  final int id;
  final String name;
  int counter;
  final SharedQueue<G> waiters = new SharedQueue<>();
  boolean dirty;
  /** The state the last delta carried (an unchanged entity is left out of the next delta). */
  RuntimeSnapshot.WaitGroupState shown;

  /** Why a waiter woke, spelled once per WaitGroup rather than once per wake-up. */
  final String releaseWake;

  SyncWaitGroup(int id, String name) {
    this.id = id;
    this.name = name;
    this.releaseWake = "WaitGroup " + name;
  }
}
