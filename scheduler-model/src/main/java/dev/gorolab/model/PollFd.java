package dev.gorolab.model;

/**
 * os.Stdout as a file descriptor (R16.1, written down in docs/gomaxprocs.md): go1.19's internal/poll. A print
 * ends in {@code (*FD).Write} (fd_unix.go), which takes the fd's write lock
 * ({@code fd.writeLock}, fd_mutex.go {@code rwlock(false)}), makes one {@code write} system call
 * (syscall.Write, entersyscall/exitsyscall) and unlocks ({@code rwunlock}). The text is visible
 * when the {@code write} returns, not when the print starts: two Ps that print at once queue on
 * the lock, and nothing another P prints can appear after the last line of a program that has
 * already returned from main.
 *
 * <p>Used only for runs whose timing varies ({@link ParallelTiming#varies}): with one P nobody
 * else can hold the lock, a write of a few microseconds is never retaken by sysmon, and a print
 * stays the single step it always was (GOMAXPROCS=1 traces are unchanged). Engine thread only;
 * part of {@link GoRuntime}.
 */
final class PollFd {
  /** The name shown for a goroutine waiting on the lock and in narration. */
  static final String STDOUT = "os.Stdout";

  /** The unfinished {@code (*FD).Write} of one goroutine. */
  static final class Write {
    static final byte LOCK = 0;
    static final byte UNLOCK = 1;
    final String text;
    /** LOCK: formatted (or woken from the write semaphore), rwlock comes next; UNLOCK: the write returned. */
    byte stage = LOCK;

    Write(String text) {
      this.text = text;
    }
  }

  private final GoRuntime rt;
  /** Whether the process has written to stdout before (the first write is cold). */
  boolean wroteBefore;
  /** fd_mutex.go {@code mutexWLock}: a write is in progress. */
  boolean locked;
  /** fd_mutex.go {@code mutexWWait}: how many writers wait for the lock. */
  int waiters;
  /** fd_mutex.go {@code wsema}: the writers waiting, FIFO (poll_runtime_Semacquire, lifo=false). */
  final Semaphore wsema = new Semaphore("the write lock of " + STDOUT);

  PollFd(GoRuntime rt) {
    this.rt = rt;
  }

  /**
   * {@code fmt.Fprint(os.Stdout, …)}: the print's step formats the text (its cost); then, before
   * the goroutine's next step, {@code (*FD).Write} takes the lock and makes the write syscall
   * ({@link #resume}). So a body may go on after a print within its step, as before.
   */
  void write(G g, String text) {
    g.write = new Write(text);
  }

  /**
   * fd_mutex.go {@code rwlock(false)}: a free lock is taken and the {@code write} starts (an
   * entersyscall for a drawn duration, R10.1); a held one counts a waiter and parks in
   * {@code runtime_Semacquire(&fd.wsema)} as {@code semacquire} (R14.1).
   */
  void writeLock(G g, P p) {
    if (!locked) {
      locked = true;
      g.write.stage = Write.UNLOCK;
      rt.entersyscall(g, p, rt.timing.write(!wroteBefore));
      wroteBefore = true;
      return;
    }
    waiters++;
    wsema.waiters.addLast(g);
    rt.park(g, GoRuntime.WAIT_SEMACQUIRE, this, -1, STDOUT);
  }

  /** exitsyscall of the {@code write}: the bytes are in the file now (before the G gets a P back). */
  void written(G g) {
    rt.emit(new Event.Output(rt.now(), g.id, g.write.text));
  }

  /**
   * The rest of a Write, run before the goroutine's next body step: a formatted or woken writer
   * tries the lock (a woken one may lose it to a barging one); a finished one unlocks. False if it
   * parked or entered the write syscall.
   */
  boolean resume(G g, P p) {
    Write w = g.write;
    if (w.stage == Write.LOCK) {
      writeLock(g, p);
      return false;
    }
    g.write = null;
    writeUnlock(g, p);
    return true;
  }

  /**
   * fd_mutex.go {@code rwunlock(false)}: clear the lock; with writers waiting, take one off the
   * count and {@code runtime_Semrelease(&fd.wsema)}: the head waiter goes to this P's runnext
   * (R6.2) and must take the lock again itself.
   */
  void writeUnlock(G g, P p) {
    locked = false;
    if (waiters > 0) {
      waiters--;
      G w = wsema.waiters.pollFirst();
      rt.ready(w, p, g.id, wsema.wake);
    }
  }
}
