package dev.gorolab.model;

/**
 * The rest of a sync operation a goroutine parked in, run by the runtime before the goroutine's
 * next step (as Go's code continues after gopark returns): a semacquire retrying for its count,
 * a Cond.Wait that must re-lock its Mutex, an RWMutex.Lock that must wait for readers.
 */
final class SyncWait {
  static final byte SEMACQUIRE = 0;
  static final byte COND_RELOCK = 1;
  static final byte RW_WAIT_READERS = 2;
  /** Cond.Wait after Unlock yielded (starvation hand-off): still to wait on the notify list. */
  static final byte COND_WAIT = 3;

  final byte what;
  final Semaphore sema;
  final SyncMutex mu;
  final SyncRWMutex rw;
  final SyncCond cond;
  final int ticket;

  SyncWait(byte what, Semaphore sema, SyncMutex mu, SyncRWMutex rw, SyncCond cond, int ticket) {
    this.what = what;
    this.sema = sema;
    this.mu = mu;
    this.rw = rw;
    this.cond = cond;
    this.ticket = ticket;
  }
}
