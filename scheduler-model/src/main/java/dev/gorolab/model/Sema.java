package dev.gorolab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * runtime/sema.go for the sync package: semaphores (semacquire1/semrelease1, handoff off: a woken
 * waiter must take the count again and may lose it to a barging goroutine) and the notify lists
 * under {@code sync.Cond} (notifyListAdd/Wait/NotifyOne/NotifyAll); with go1.19's sync/rwmutex.go
 * and sync/cond.go built on them. Engine thread only; part of {@link GoRuntime}.
 */
final class Sema {
  static final String WAIT_COND = "sync.Cond.Wait";

  private final GoRuntime rt;

  Sema(GoRuntime rt) {
    this.rt = rt;
  }

  // ---- runtime/sema.go ------------------------------------------------------------------------

  /**
   * R14.1 semacquire1: take a count if there is one and go on; else queue at the tail and park as
   * {@code semacquire}, to try again when woken ({@link #semacquireAgain}). Returns whether it took one.
   */
  boolean semacquire(G g, Semaphore s, Object waitOn, String object, SyncWait then) {
    if (s.count > 0) {
      s.count--;
      return true;
    }
    s.waiters.addLast(g);
    g.syncWait = then;
    rt.park(g, GoRuntime.WAIT_SEMACQUIRE, waitOn, -1, object);
    return false;
  }

  /** A woken semacquire: cansemacquire, or back to the tail of the queue (R14.1). */
  boolean semacquireAgain(G g, SyncWait sw, Object waitOn, String object) {
    g.syncWait = null;
    return semacquire(g, sw.sema, waitOn, object, sw);
  }

  /** R14.1 semrelease1: count++, and the head waiter goes to the releaser's runnext (R6.2). */
  void semrelease(Semaphore s, P p, int waker) {
    s.count++;
    G w = s.waiters.pollFirst();
    if (w != null) {
      rt.ready(w, p, waker, s.wake);
    }
  }

  // ---- sync/rwmutex.go ------------------------------------------------------------------------

  /** RLock: one more reader; with a writer pending (readerCount < 0), wait on readerSem. */
  boolean rlock(G g, SyncRWMutex rw) {
    rw.readerCount++;
    rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.RLOCK, rw.readers(), rw.writer(),
        List.of()));
    if (rw.readerCount < 0) {
      return semacquire(g, rw.readerSem, rw, rw.name, new SyncWait(SyncWait.SEMACQUIRE, rw.readerSem, null, rw, null, 0));
    }
    return true;
  }

  /** RUnlock: one reader fewer; the last reader a pending writer waits for releases writerSem. */
  void runlock(G g, SyncRWMutex rw, P p) {
    int r = --rw.readerCount;
    if (r < 0) {
      if (r + 1 == 0 || r + 1 == -SyncRWMutex.MAX_READERS) {
        rw.readerCount++;
        rt.fatal("sync: RUnlock of unlocked RWMutex", "");
        return;
      }
      List<Integer> woken = List.of();
      if (--rw.readerWait == 0) {
        woken = rw.writerSem.waiters.isEmpty() ? List.of() : List.of(rw.writerSem.waiters.peekFirst().id);
        rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.RUNLOCK, rw.readers(), true, woken));
        semrelease(rw.writerSem, p, g.id);
        return;
      }
    }
    rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.RUNLOCK, rw.readers(), rw.writer(),
        List.of()));
  }

  /** Lock, after {@code rw.w} is held: announce the writer, then wait for the readers inside. */
  boolean lockAnnounce(G g, SyncRWMutex rw) {
    int r = (rw.readerCount -= SyncRWMutex.MAX_READERS) + SyncRWMutex.MAX_READERS;
    if (r != 0 && (rw.readerWait += r) != 0) {
      rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.LOCK_WAITS_FOR_READERS, r, true,
          List.of()));
      return semacquire(g, rw.writerSem, rw, rw.name, new SyncWait(SyncWait.SEMACQUIRE, rw.writerSem, null, rw, null, 0));
    }
    rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.LOCK, 0, true, List.of()));
    return true;
  }

  /**
   * Unlock: no writer any more; every reader that arrived meanwhile is released from readerSem,
   * then the writers' Mutex is unlocked. Returns false if that Unlock yielded (starvation hand-off).
   */
  boolean unlock(G g, SyncRWMutex rw, P p) {
    int r = (rw.readerCount += SyncRWMutex.MAX_READERS);
    if (r >= SyncRWMutex.MAX_READERS) {
      rw.readerCount -= SyncRWMutex.MAX_READERS;
      rt.fatal("sync: Unlock of unlocked RWMutex", "");
      return false;
    }
    List<Integer> woken = new ArrayList<>();
    int k = 0;
    for (G w : rw.readerSem.waiters) {
      if (k++ < r) {
        woken.add(w.id);
      }
    }
    rt.emit(new Event.RWMutexChanged(rt.now(), g.id, rw.name, Event.RWMutexOp.UNLOCK, rw.readers(), false,
        List.copyOf(woken)));
    for (int i = 0; i < r; i++) {
      semrelease(rw.readerSem, p, g.id);
    }
    return rt.unlock(rw.w);
  }

  // ---- runtime/sema.go notify lists, sync/cond.go ---------------------------------------------

  /** notifyListAdd: the waiter's ticket. */
  int notifyListAdd(SyncCond c) {
    return c.wait++;
  }

  /**
   * notifyListWait: a ticket already notified returns at once; otherwise the goroutine joins the
   * list's tail and parks as {@code sync.Cond.Wait}. Returns whether it went on without parking.
   */
  boolean notifyListWait(G g, SyncCond c, int ticket, SyncWait then) {
    if (ticket - c.notify < 0) {
      return true;
    }
    c.waiters.addLast(g);
    g.condTicket = ticket;
    g.syncWait = then;
    rt.park(g, WAIT_COND, c, -1, c.name);
    return false;
  }

  /** notifyListNotifyOne (Signal): the waiter holding the next ticket goes to runnext. */
  void notifyOne(G g, SyncCond c, P p) {
    if (c.wait == c.notify) {
      rt.emit(new Event.CondNotified(rt.now(), g.id, c.name, false, List.of()));
      return;
    }
    int t = c.notify++;
    G found = null;
    for (G w : c.waiters) {
      if (w.condTicket == t) {
        found = w;
        break;
      }
    }
    if (found != null) {
      c.waiters.remove(found);
    }
    rt.emit(new Event.CondNotified(rt.now(), g.id, c.name, false, found == null ? List.of() : List.of(found.id)));
    if (found != null) {
      rt.ready(found, p, g.id, c.signalWake);
    }
  }

  /** notifyListNotifyAll (Broadcast): every waiter, in list order, each to runnext (R6.3: last woken runs first). */
  void notifyAll(G g, SyncCond c, P p) {
    c.notify = c.wait;
    List<Integer> ids = new ArrayList<>();
    for (G w : c.waiters) {
      ids.add(w.id);
    }
    rt.emit(new Event.CondNotified(rt.now(), g.id, c.name, true, List.copyOf(ids)));
    G w;
    while ((w = c.waiters.pollFirst()) != null) {
      rt.ready(w, p, g.id, c.broadcastWake);
    }
  }
}
