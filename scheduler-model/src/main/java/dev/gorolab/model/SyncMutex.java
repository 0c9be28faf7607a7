package dev.gorolab.model;

/**
 * A Mutex's state as {@code sync/mutex.go} keeps it (R14.3/R14.4): the locked, woken and
 * starving bits, the waiter count, and the semaphore (count and wait queue) it parks on.
 */
final class SyncMutex {
  final int id;
  final String name;
  boolean locked;
  boolean woken;
  boolean starving;
  int waiters;
  int sema;
  final SharedQueue<G> semq = new SharedQueue<>();
  /** The goroutine holding the lock, for display only: Go does not record an owner. */
  int holder = -1;
  boolean dirty;
  /** The state the last delta carried (an unchanged entity is left out of the next delta). */
  RuntimeSnapshot.MutexState shown;

  // Why a waiter woke, spelled once per mutex rather than once per wake-up.
  final String unlockWake;
  final String handoffWake;

  SyncMutex(int id, String name) {
    this.id = id;
    this.name = name;
    this.unlockWake = "unlock of " + name;
    this.handoffWake = "hand-off of " + name;
  }
}
