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
  /** R14.3 lockSlow's {@code iter}: spins so far (reset after each wake-up). */
  int iter;
  /** R14.3: in the middle of a spin (runtime_doSpin); lockSlow's loop goes on when it ends. */
  boolean spinning;

  LockWait(SyncMutex mu) {
    this.mu = mu;
  }
}
