package dev.gorolab.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * sync/mutex.go (R14.3/R14.4) on runtime/sema.go: Lock's fast path and lockSlow, Unlock with
 * starvation hand-off, and the continuation of parked sync operations ({@link Sema} holds
 * sema.go, rwmutex.go and cond.go). Engine thread only.
 */
abstract sealed class SyncPackage extends Select permits GoRuntime {

  // ---- sync.Mutex (R14.3/R14.4) ---------------------------------------------------------------

  /** R14.3 Lock fast path: only a mutex in state 0 is taken by the CAS. */
  boolean lock(SyncMutex mu) {
    if (!mu.locked && !mu.woken && !mu.starving && mu.waiters == 0) {
      mu.locked = true;
      mu.holder = cur.id;
      touch(mu);
      emit(new Event.MutexLocked(now, cur.id, mu.name, false));
      return true;
    }
    LockWait lw = new LockWait(mu);
    cur.lockWait = lw;
    return lockSlow(cur, lw);
  }

  /** sync.runtime_doSpin's procyield(active_spin_cnt=30): R14.3, proc.go. */
  static final int ACTIVE_SPIN = 4;

  /**
   * R14.3 sync_runtime_canSpin (proc.go): at most {@link #ACTIVE_SPIN} spins, only while another
   * P runs ({@code gomaxprocs > npidle + nmspinning + 1}) and this P's run queue, runnext
   * included, is empty. With GOMAXPROCS=1 never. Applied while the timing of parallel Ps varies
   * (an explorer tries every order of the Ps' steps itself, so spinning adds nothing to it).
   */
  boolean canSpin(int iter) {
    if (iter >= ACTIVE_SPIN || !timing.varies(config.gomaxprocs(), gomaxprocs)) {
      return false;
    }
    if (gomaxprocs <= pidle.size() + nmspinning + 1) {
      return false;
    }
    return curP.runqempty();
  }

  /**
   * R14.3/R14.4 lockSlow's loop: spin while the mutex is locked (not starving) and canSpin, then
   * barge if unlocked and not starving, else count as a waiter and semacquire (tail first, head on
   * re-waits). A spin ends this step; the loop goes on at the goroutine's next one.
   */
  boolean lockSlow(G g, LockWait lw) {
    SyncMutex mu = lw.mu;
    while (true) {
      if (mu.locked && !mu.starving && canSpin(lw.iter)) {
        // R14.3: tell Unlock not to wake a waiter while we spin (mutexWoken), then runtime_doSpin.
        if (!lw.awoke && !mu.woken && mu.waiters != 0) {
          mu.woken = true;
          lw.awoke = true;
          touch(mu);
        }
        lw.iter++;
        lw.spinning = true;
        curP.busyNanos = timing.spin();
        emit(new Event.MutexSpinning(now, g.id, mu.name, lw.iter));
        return false;
      }
      boolean oldLocked = mu.locked;
      boolean oldStarving = mu.starving;
      if (!oldStarving) {
        mu.locked = true;
      }
      if (oldLocked || oldStarving) {
        mu.waiters++;
      }
      if (lw.starving && oldLocked && !mu.starving) {
        mu.starving = true; // R14.4 entering starvation mode
        touch(mu);
        emit(new Event.MutexStarving(now, g.id, mu.name));
      }
      if (lw.awoke) {
        mu.woken = false;
      }
      touch(mu);
      if (!oldLocked && !oldStarving) {
        g.lockWait = null;
        mu.holder = g.id;
        emit(new Event.MutexLocked(now, g.id, mu.name, false));
        return true;
      }
      lw.lifo = lw.waitStart >= 0;
      if (lw.waitStart < 0) {
        lw.waitStart = now;
      }
      if (!semacquire(g, lw)) {
        return false;
      }
      if (afterSemacquire(g, lw)) {
        return true;
      }
    }
  }

  /** R14.1 semacquire: take a count without parking, else queue (head when lifo) and park. */
  boolean semacquire(G g, LockWait lw) {
    SyncMutex mu = lw.mu;
    if (mu.sema > 0) {
      mu.sema--;
      touch(mu);
      return true;
    }
    if (lw.lifo) {
      mu.semq.addFirst(g);
    } else {
      mu.semq.addLast(g);
    }
    touch(mu);
    park(g, WAIT_SEMACQUIRE, mu, -1, mu.name);
    return false;
  }

  /** R14.4: after the semaphore, a starving mutex is ours (hand-off); otherwise compete again. */
  boolean afterSemacquire(G g, LockWait lw) {
    SyncMutex mu = lw.mu;
    lw.starving = lw.starving || now - lw.waitStart > config.mutexStarvationNanos();
    if (mu.starving) {
      mu.locked = true;
      mu.waiters--;
      if (!lw.starving || mu.waiters == 0) {
        mu.starving = false; // R14.4 leaving starvation mode
      }
      g.lockWait = null;
      mu.holder = g.id;
      touch(mu);
      emit(new Event.MutexLocked(now, g.id, mu.name, true));
      return true;
    }
    lw.awoke = true;
    lw.iter = 0; // R14.3: a woken waiter may spin again
    return false;
  }

  /** The rest of a Lock for a spinner or a woken waiter, run before its body's next step; false if it parked or spins again. */
  boolean lockContinue(G g) {
    LockWait lw = g.lockWait;
    if (lw.spinning) {
      lw.spinning = false; // R14.3: the spin is over; lockSlow's loop looks at the mutex again
      return lockSlow(g, lw);
    }
    if (lw.ticket) {
      lw.ticket = false;
    } else if (!semacquire(g, lw)) {
      return false;
    }
    if (afterSemacquire(g, lw)) {
      return true;
    }
    return lockSlow(g, lw);
  }

  /** R14.3/R14.4 Unlock; returns false when a starving hand-off made the unlocker goyield. */
  boolean unlock(SyncMutex mu) {
    G g = cur;
    if (!mu.locked) {
      fatal("sync: unlock of unlocked mutex", "");
      return false;
    }
    mu.locked = false;
    mu.holder = -1;
    touch(mu);
    if (!mu.starving) {
      if (mu.waiters == 0 || mu.woken) {
        emit(new Event.MutexUnlocked(now, g.id, mu.name, -1, false));
        return true;
      }
      // R14.3: wake the head waiter; it must compete again (barging).
      mu.waiters--;
      mu.woken = true;
      mu.sema++;
      G w = mu.semq.pollFirst();
      emit(new Event.MutexUnlocked(now, g.id, mu.name, w == null ? -1 : w.id, false));
      if (w != null) {
        ready(w, curP, g.id, mu.unlockWake);
      }
      return true;
    }
    // R14.4: hand the mutex to the head waiter, then goyield to the LRQ tail (R5.2).
    mu.sema++;
    G w = mu.semq.pollFirst();
    emit(new Event.MutexUnlocked(now, g.id, mu.name, w == null ? -1 : w.id, true));
    if (w == null) {
      return true;
    }
    mu.sema--;
    w.lockWait.ticket = true;
    ready(w, curP, g.id, mu.handoffWake);
    goyield(g, curP);
    return false;
  }

  /**
   * The rest of a parked sync operation, run before the goroutine's next step (after lockWait):
   * false if it parked again (or yielded).
   */
  boolean syncContinue(G g) {
    SyncWait sw = g.syncWait;
    switch (sw.what) {
      case SyncWait.SEMACQUIRE -> {
        if (!sema.semacquireAgain(g, sw, sw.rw, sw.rw.name)) {
          return false;
        }
        if (sw.sema == sw.rw.writerSem) {
          emit(new Event.RWMutexChanged(now, g.id, sw.rw.name, Event.RWMutexOp.LOCK, 0, true, List.of()));
        }
        return true;
      }
      case SyncWait.RW_WAIT_READERS -> {
        g.syncWait = null;
        return sema.lockAnnounce(g, sw.rw);
      }
      case SyncWait.COND_WAIT -> {
        g.syncWait = null;
        if (!sema.notifyListWait(g, sw.cond, sw.ticket,
            new SyncWait(SyncWait.COND_RELOCK, null, sw.mu, null, sw.cond, sw.ticket))) {
          return false;
        }
        return lock(sw.mu);
      }
      default -> { // COND_RELOCK: notified; Cond.Wait ends with c.L.Lock()
        g.syncWait = null;
        return lock(sw.mu);
      }
    }
  }


  /** R14.2 WaitGroup.Add (sync/waitgroup.go): at zero every waiter is released, FIFO, into runnext (R6.3). */
  void waitGroupAdd(SyncWaitGroup w, int delta) {
    w.counter += delta;
    touch(w);
    if (w.counter < 0) {
      // R14.2: sync/waitgroup.go panics (an ordinary panic: deferred calls run, recover works)
      throw new GoRuntimePanic("sync: negative WaitGroup counter");
    }
    // A trace keeps every event: the usual Add or Done releases nobody and shares one empty list.
    List<Integer> released = w.counter == 0 ? w.waiters.view(G_ID) : List.of();
    emit(new Event.WaitGroupAdded(now, cur.id, w.name, delta, w.counter, released));
    // R14.2: at zero, release the semaphore once per waiter, FIFO; each lands in runnext (R6.3).
    while (w.counter == 0 && !w.waiters.isEmpty()) {
      G g = w.waiters.pollFirst();
      touch(w);
      ready(g, curP, cur.id, w.releaseWake);
    }
  }

  /** R14.2 WaitGroup.Wait: returns at once at zero, else parks as semacquire; true if it did not park. */
  boolean waitGroupWait(SyncWaitGroup w) {
    if (w.counter == 0) {
      return true;
    }
    w.waiters.addLast(cur);
    touch(w);
    park(cur, WAIT_SEMACQUIRE, w, -1, w.name);
    return false;
  }

  SyncPackage(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
  }
}
