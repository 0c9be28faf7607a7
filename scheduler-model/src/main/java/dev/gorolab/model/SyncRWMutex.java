package dev.gorolab.model;

/**
 * An RWMutex's state as go1.19's sync/rwmutex.go keeps it: the writers' Mutex {@code w}, the
 * reader count (minus {@link #MAX_READERS} while a writer is pending or holds it), the number of
 * readers a pending writer still waits for, and the two semaphores.
 */
final class SyncRWMutex {
  /** rwmutexMaxReaders. */
  static final int MAX_READERS = 1 << 30;

  final int id;
  final String name;
  final SyncMutex w;
  int readerCount;
  int readerWait;
  final Semaphore writerSem;
  final Semaphore readerSem;

  SyncRWMutex(int id, String name, SyncMutex w) {
    this.id = id;
    this.name = name;
    this.w = w;
    this.writerSem = new Semaphore(name + ".writerSem");
    this.readerSem = new Semaphore(name + ".readerSem");
  }

  /** Readers holding it now. */
  int readers() {
    return readerCount < 0 ? readerCount + MAX_READERS : readerCount;
  }

  /** Whether a writer holds it or waits for readers to leave. */
  boolean writer() {
    return readerCount < 0;
  }
}
