package dev.gorolab.model;

/** The local variables of an unfinished {@code lockSlow} (R14.3/R14.4) of one goroutine. */
final class LockWait {
  final SyncMutex mu;
  long waitStart = -1;
  boolean starving;
  boolean awoke;
  boolean lifo;
  /** Set by a starving Unlock's semaphore hand-off: ownership was passed directly (R14.4). */
  boolean ticket;

  LockWait(SyncMutex mu) {
    this.mu = mu;
  }
}
