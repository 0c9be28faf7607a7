package dev.gorolab.model;

import dev.gorolab.model.Event.TimerDelivery;

/**
 * Runtime timers as runtime/time.go keeps them: each P's heap ordered by {@code when}; addtimer,
 * deltimer, modtimer, and checkTimers/runtimer/runOneTimer firing them at scheduling points
 * (R9.2), waking into the runnext of the P that runs them (R9.3). The {@code time} package builds
 * on them without helper goroutines: a timer's channel has one slot and {@code sendTime} never
 * blocks; {@code AfterFunc}'s {@code goFunc} starts a goroutine from the timer.
 *
 * <p>Engine thread only; part of {@link GoRuntime}, whose state it reads and changes.
 */
final class Timers {
  private final GoRuntime rt;
  private long seq;
  private int nextId;
  /** netpollInited: set by the first timer of the process. */
  private boolean netpollInited;

  Timers(GoRuntime rt) {
    this.rt = rt;
  }

  long nextSeq() {
    return seq++;
  }

  int nextId() {
    return nextId++;
  }

  /**
   * addtimer: cleantimers first (stopped timers at the heap's top go), then the timer joins
   * {@code pp}'s heap as waiting, and a netpoller sleeping past it is woken (wakeNetPoller, R9.4).
   */
  void addtimer(Timer t, P pp) {
    cleantimers(pp);
    doaddtimer(t, pp);
    rt.wakeNetPoller(t.when);
  }

  private void doaddtimer(Timer t, P pp) {
    if (!netpollInited) {
      netpollInited = true;
      P cur = rt.curP;
      if (cur != null && rt.timing.varies(rt.config.gomaxprocs(), rt.gomaxprocs)) {
        // time.go doaddtimer: the process's first timer initialises the netpoller
        // (netpollGenericInit: epoll_create1, eventfd, epoll_ctl), system calls of the M adding it.
        cur.busyNanos += rt.timing.netpollInit();
      }
    }
    t.status = Timer.WAITING;
    t.pp = pp;
    t.seq = seq++;
    pp.timers.add(t);
    if (!t.isSleep()) {
      pp.libTimers.add(t);
    }
    rt.touch(pp);
  }

  /** dodeltimer0: the timer leaves its P's heap. */
  private void dodeltimer(Timer t) {
    P pp = t.pp;
    pp.timers.remove(t);
    if (!t.isSleep()) {
      pp.libTimers.remove(t);
    }
    rt.touch(pp);
  }

  /** cleantimers: stopped timers at the top of the heap are removed. */
  private void cleantimers(P pp) {
    while (!pp.timers.isEmpty() && pp.timers.peek().status == Timer.DELETED) {
      Timer t = pp.timers.peek();
      dodeltimer(t);
      t.status = Timer.REMOVED;
      pp.deletedTimers--;
    }
  }

  /**
   * deltimer (Timer.Stop, Ticker.Stop): a waiting timer is marked deleted and stays in the heap
   * until a scheduler pass removes it; returns whether this stopped it from firing.
   */
  boolean deltimer(Timer t) {
    if (t.status != Timer.WAITING) {
      return false; // already fired, stopped or removed
    }
    t.status = Timer.DELETED;
    t.pp.deletedTimers++;
    rt.touch(t.pp);
    return true;
  }

  /**
   * modtimer (Timer.Reset, Ticker.Reset): a timer still in a heap moves to its new time there; one
   * that fired or was removed is added to {@code current}'s heap. Returns whether it was pending
   * (waiting, not stopped), which is what Reset returns.
   */
  boolean modtimer(Timer t, long when, long period, P current) {
    boolean pending = t.status == Timer.WAITING;
    if (t.status == Timer.WAITING || t.status == Timer.DELETED) {
      if (t.status == Timer.DELETED) {
        t.pp.deletedTimers--;
      }
      P pp = t.pp;
      dodeltimer(t);
      t.when = when;
      t.period = period;
      doaddtimer(t, pp);
    } else {
      t.when = when;
      t.period = period;
      cleantimers(current);
      doaddtimer(t, current);
    }
    rt.wakeNetPoller(when);
    return pending;
  }

  /**
   * checkTimers/runtimer (R9.2): on {@code pp}'s heap, stopped timers at the top are removed and
   * due ones fire in {@code when} order into {@code runner}'s runnext. Does nothing before the
   * first timer is due unless, on its own P, more than a quarter of the heap is stopped timers.
   * Returns whether a timer fired.
   */
  boolean checkTimers(P pp, P runner) {
    if (pp.timers.isEmpty()) {
      return false;
    }
    long now = rt.now();
    boolean local = pp == runner;
    if (now < pp.timers.peek().when && !(local && pp.deletedTimers > pp.timers.size() / 4)) {
      return false;
    }
    boolean ran = false;
    while (!pp.timers.isEmpty()) {
      Timer t = pp.timers.peek();
      if (t.status == Timer.DELETED) {
        dodeltimer(t);
        t.status = Timer.REMOVED;
        pp.deletedTimers--;
        continue;
      }
      if (t.when > now || rt.ended()) {
        break;
      }
      runOneTimer(pp, t, runner);
      ran = true;
    }
    if (local && pp.deletedTimers > pp.timers.size() / 4) {
      clearDeletedTimers(pp);
    }
    return ran;
  }

  /** clearDeletedTimers: every stopped timer leaves the heap. */
  private void clearDeletedTimers(P pp) {
    pp.timers.removeIf(t -> {
      if (t.status == Timer.DELETED) {
        t.status = Timer.REMOVED;
        return true;
      }
      return false;
    });
    pp.libTimers.removeIf(t -> t.status == Timer.REMOVED);
    pp.deletedTimers = 0;
    rt.touch(pp);
  }

  /**
   * runOneTimer: a periodic timer is pushed on by whole periods past now (missed ticks are
   * skipped), a one-shot one leaves the heap; then its function runs.
   */
  private void runOneTimer(P pp, Timer t, P runner) {
    long due = t.when;
    dodeltimer(t);
    if (t.period > 0) {
      long delta = t.when - rt.now();
      t.when += t.period * (1 + -delta / t.period);
      if (t.when < 0) {
        t.when = Long.MAX_VALUE; // maxWhen
      }
      doaddtimer(t, pp);
    } else {
      t.status = Timer.NO_STATUS;
    }
    switch (t.f) {
      case Timer.GOROUTINE_READY -> sleepTimerFired(t, pp, runner, due);
      case Timer.SEND_TIME -> {
        // sendTime: select { case c <- Now(): default: } — a timer never blocks (R9.3)
        Object v = t.timeValue.apply(rt.now());
        timerSend(t, pp, runner, due, v);
      }
      default -> timerGo(t, pp, runner, due);
    }
  }

  /** procresize's moveTimers: waiting timers move to {@code to}; stopped ones are dropped. */
  void moveTimers(P from, P to) {
    for (Timer t : from.timers) {
      if (t.status == Timer.DELETED) {
        t.status = Timer.REMOVED;
        continue;
      }
      t.pp = to;
      to.timers.add(t);
      if (!t.isSleep()) {
        to.libTimers.add(t);
      }
    }
    from.timers.clear();
    from.libTimers.clear();
    from.deletedTimers = 0;
    rt.touch(from);
    rt.touch(to);
  }

  /**
   * R9.1 timeSleep: {@code d <= 0} returns at once (no yield); else the G's timer goes into the
   * current P's heap and it parks as "sleep". Returns whether it parked.
   */
  boolean timeSleep(G g, P p, long nanos) {
    if (nanos <= 0) {
      return false; // R9.1: no yield
    }
    long when = GoRuntime.later(rt.now, nanos); // R9.1 timeSleep: past the clock's end, maxWhen
    Timer t = Timer.sleep(g, when);
    g.wakeAt = when;
    rt.park(g, GoRuntime.WAIT_SLEEP, t, -1, "");
    rt.emit(new Event.SleepStarted(rt.now, g.id, p.id, when));
    addtimer(t, p); // resetForSleep, run as park's unlock function
    return true;
  }

  /** goroutineReady, a sleep timer's function: the sleeper goes to the runner's runnext (R9.3). */
  private void sleepTimerFired(Timer t, P owner, P runner, long due) {
    G g = t.g;
    g.wakeAt = -1;
    rt.touch(g);
    rt.emit(new Event.TimerFired(rt.now, g.id, owner.id, due));
    rt.ready(g, runner, -1, "timer");
  }

  /**
   * sendTime's non-blocking send of the time on a timer's channel (chan.go selectnbsend): to a
   * waiting receiver directly (readied into the runner's runnext, R9.3), else into the one-slot
   * buffer, else dropped.
   */
  private void timerSend(Timer t, P owner, P runner, long due, Object v) {
    Hchan c = t.c;
    Sudog r = c.closed ? null : c.recvq.pollFirst();
    if (r != null) {
      rt.touch(c);
      rt.wonBy(r);
      G rg = r.g;
      rg.resValue = v;
      rg.resOk = true;
      rg.resCase = r.caseIndex;
      rt.emit(new Event.TimerExpired(rt.now, owner.id, t.id, t.name, due, t.kind, Event.TimerDelivery.HANDED_TO_RECEIVER,
          rg.id, c.id));
      rt.ready(rg, runner, -1, t.fireWake);
      return;
    }
    boolean buffered = !c.closed && c.qcount < c.cap;
    if (buffered) {
      int slot = c.sendx;
      c.buf[slot] = v;
      c.contents.addLast(BufferedValues.kept(v));
      c.sendx = (c.sendx + 1) % c.cap;
      c.qcount++;
      rt.touch(c);
    }
    rt.emit(new Event.TimerExpired(rt.now, owner.id, t.id, t.name, due, t.kind,
        buffered ? Event.TimerDelivery.BUFFERED : Event.TimerDelivery.DROPPED, -1, c.id));
  }

  /** goFunc, an AfterFunc timer's function: {@code go f()} from the timer, into the runner's runnext (R9.3). */
  private void timerGo(Timer t, P owner, P runner, long due) {
    if (rt.totalLive >= rt.config.maxGoroutines()) {
      rt.end(Event.EndReason.GOROUTINE_LIMIT, -1,
          "GoroLab stopped the run: more than " + rt.config.maxGoroutines() + " live goroutines\n");
      return;
    }
    GoroutineBody body = t.goFunc.get();
    G ng = rt.newG(body, -1, false, runner, body.function());
    int displaced = rt.runqput(runner, ng, true);
    rt.emit(new Event.TimerExpired(rt.now, owner.id, t.id, t.name, due, t.kind, Event.TimerDelivery.STARTED_GOROUTINE,
        ng.id, -1));
    rt.emit(new Event.GoroutineCreated(rt.now, ng.id, ng.function, -1, runner.id, 0, displaced, false));
    rt.flushOverflow();
    rt.wakep();
  }


  /** The delivery for the event of a timer that sent on its channel. */
  static TimerDelivery delivery(int receiver, boolean buffered) {
    return receiver >= 0 ? TimerDelivery.HANDED_TO_RECEIVER
        : buffered ? TimerDelivery.BUFFERED : TimerDelivery.DROPPED;
  }
}
