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
  /** The state the last delta carried (see G#shown). */
  RuntimeSnapshot.MutexState shown;

  // Why a waiter woke, spelled once per mutex rather than once per wake-up.
  private String unlockWake;
  private String handoffWake;

  SyncMutex(int id, String name) {
    this.id = id;
    this.name = name;
  }

  String unlockWake() {
    if (unlockWake == null) {
      unlockWake = "unlock of " + name;
    }
    return unlockWake;
  }

  String handoffWake() {
    if (handoffWake == null) {
      handoffWake = "hand-off of " + name;
    }
    return handoffWake;
  }
}
