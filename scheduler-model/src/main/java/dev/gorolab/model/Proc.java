package dev.gorolab.model;

import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * runtime/proc.go: goroutine creation (newproc, goid caches, free slots), the run queues, gopark
 * and goready, preemption, Ms and Ps (wakep, startm, stopm), schedule/findRunnable with stealing,
 * idle Ps and the netpoller, checkdead, goyield and procresize. Engine thread only.
 */
abstract sealed class Proc extends RuntimeState permits Syscall {

  // ---- goroutine creation, ids, slots ---------------------------------------------------------

  G newG(GoroutineBody body, int parent, boolean system, P p, String function) {
    long id = newGoid(p);
    G g = new G((int) id, allgs.size(), parent, system, function, body);
    g.slot = gfget(p);
    allgs.add(g);
    if (id >= byId.length) {
      byId = Arrays.copyOf(byId, (int) Math.max(id + 1, byId.length * 2L));
    }
    byId[(int) id] = g;
    g.status = G.RUNNABLE; // R1.2: _Gdead -> _Grunnable
    totalLive++;
    if (!system) {
      userLive++;
    }
    touch(g);
    return g;
  }

  /** R2.2 newproc: the new G goes into the creator's runnext, the old one to the LRQ tail; then wakep (R3.7). */
  int newproc(GoroutineBody body, int line) {
    if (totalLive >= config.maxGoroutines()) {
      end(EndReason.GOROUTINE_LIMIT, -1,
          "GoroLab stopped the run: more than " + config.maxGoroutines() + " live goroutines\n");
      return -1;
    }
    G g = cur;
    P p = curP;
    G ng = newG(body, g.id, false, p, body.function());
    int displaced = runqput(p, ng, true); // R2.2: into runnext, the old one to the LRQ tail
    emit(new Event.GoroutineCreated(now, ng.id, ng.function, g.id, p.id, line, displaced, false));
    flushOverflow();
    wakep(); // R2.2/R3.7
    return ng.id;
  }

  /** R13.1: ids come from the creating P's cache of 16, refilled from {@code sched.goidgen}. */
  long newGoid(P p) {
    if (p.goidcache == p.goidcacheend) {
      goidgen += GOID_BATCH;
      p.goidcache = goidgen - (GOID_BATCH - 1);
      p.goidcacheend = p.goidcache + GOID_BATCH;
    }
    return p.goidcache++;
  }

  /** R1.2 gfget: a dead goroutine's allgs slot is reused (the id never is). */
  int gfget(P p) {
    if (p.gFree.size() == 0 && globalGFree.size() > 0) {
      while (p.gFree.size() < 32 && globalGFree.size() > 0) {
        p.gFree.push(globalGFree.pop());
      }
    }
    return p.gFree.size() > 0 ? p.gFree.pop() : nextSlot++;
  }

  /** R1.2 gfput: a P keeps at most 64 free slots, then moves all but 32 to the global list. */
  void gfput(P p, int slot) {
    p.gFree.push(slot);
    if (p.gFree.size() >= 64) {
      while (p.gFree.size() > 32) {
        globalGFree.push(p.gFree.pop());
      }
    }
  }

  // ---- run queues -----------------------------------------------------------------------------

  /**
   * R2.2/R6.2 runqput: with {@code next}, {@code g} takes runnext and the old occupant goes to the
   * LRQ tail; returns the displaced id or -1. A full LRQ overflows to the GRQ (R2.3).
   */
  int runqput(P p, G g, boolean next) {
    touch(p);
    int displaced = -1;
    if (next) {
      G old = p.runnext;
      p.runnext = g;
      if (old == null) {
        return -1;
      }
      g = old;
      displaced = old.id;
    }
    if (p.runqsize() < P.LRQ_SIZE) {
      p.runq.addLast(g);
    } else {
      runqputslow(p, g);
    }
    return displaced;
  }

  /** R2.3 runqputslow: the oldest 128 plus the G being added move, in order, to the GRQ tail. */
  void runqputslow(P p, G g) {
    int[] moved = new int[P.LRQ_SIZE / 2 + 1];
    for (int i = 0; i < P.LRQ_SIZE / 2; i++) {
      G x = lrqPop(p);
      grq.addLast(x);
      moved[i] = x.id;
    }
    grq.addLast(g);
    moved[P.LRQ_SIZE / 2] = g.id;
    grqDirty = true;
    overflowMoved = new IntList(moved, moved.length);
    overflowP = p;
  }

  /** Emits the overflow of the last runqput, after the event of the operation that caused it. */
  void flushOverflow() {
    if (overflowMoved != null) {
      IntList moved = overflowMoved;
      overflowMoved = null;
      emit(new Event.LocalQueueOverflow(now, overflowP.id, moved));
    }
  }

  G lrqPop(P p) {
    G g = p.runq.pollFirst();
    touch(p);
    return g;
  }

  // ---- G state transitions --------------------------------------------------------------------

  /** Like Go's casgstatus: an illegal transition is an engine bug and throws with both states. */
  void casgstatus(G g, byte from, byte to) {
    if (g.status != from) {
      throw new InvariantViolation(g.id, G.statusName(from), G.statusName(g.status), now,
          "illegal transition to " + G.statusName(to));
    }
    g.status = to;
    touch(g);
  }

  /** R6.1 park: record the wait reason, _Grunning -> _Gwaiting, drop it from its M and P. */
  void park(G g, String reason, Object waitOn, int ch, String object) {
    P p = curP;
    casgstatus(g, G.RUNNING, G.WAITING);
    g.waitReason = reason;
    g.waitOn = waitOn;
    p.curg = null;
    p.m.g = null;
    touch(p);
    touch(p.m);
    events.goroutineBlocked(now, g.id, p.id, reason, ch, object);
  }

  /** R6.2 ready: the woken G goes to the waker's runnext, the old one to the LRQ tail; then wakep. */
  void ready(G g, P p, int waker, String because) {
    casgstatus(g, G.WAITING, G.RUNNABLE);
    g.waitReason = "";
    g.waitOn = null;
    int displaced = runqput(p, g, true);
    events.goroutineReadied(now, g.id, waker, p.id, Place.RUNNEXT, displaced, because);
    flushOverflow();
    wakep();
  }

  /** R4.1/R4.3 preemption: the G (or runnext chain) used its slice; it goes to the GRQ tail. */
  void preempt(P p, G g) {
    casgstatus(g, G.RUNNING, G.RUNNABLE);
    p.curg = null;
    p.m.g = null;
    grq.addLast(g);
    grqDirty = true;
    touch(p);
    touch(p.m);
    emit(new Event.GoroutinePreempted(now, g.id, p.id, p.sliceRan));
    p.nextAt = now;
  }

  /** Goroutine exit (goexit0): _Gdead, slot back to the P's free list, never its id. */
  void goexit(G g, P p) {
    casgstatus(g, G.RUNNING, G.DEAD);
    p.curg = null;
    p.m.g = null;
    touch(p);
    touch(p.m);
    g.body = null;
    g.lockWait = null;
    g.syncWait = null;
    g.write = null;
    g.resValue = null;
    totalLive--;
    if (!g.system) {
      userLive--;
    }
    gfput(p, g.slot);
    emit(new Event.GoroutineExited(now, g.id, p.id));
  }

  // ---- Ms and Ps ------------------------------------------------------------------------------

  M newM() {
    M m = new M(allm.size());
    allm.add(m);
    touch(m);
    return m;
  }

  void acquire(M m, P p) {
    m.p = p;
    p.m = m;
    p.status = PStatus.RUNNING;
    touch(m);
    touch(p);
  }

  void pidleput(P p) {
    p.status = PStatus.IDLE;
    p.m = null;
    p.curg = null;
    pidle.addFirst(p);
    touch(p);
  }

  void setSpinning(M m, boolean spinning) {
    if (m.spinning != spinning) {
      m.spinning = spinning;
      nmspinning += spinning ? 1 : -1;
    }
    m.status = spinning ? MStatus.SPINNING : (m.p != null ? MStatus.RUNNING : m.status);
    touch(m);
  }

  /** R3.7 wakep: if a P is idle and no M spins, start a spinning M. */
  void wakep() {
    if (pidle.isEmpty() || nmspinning != 0) {
      return;
    }
    startm(null, true);
  }

  /** R3.7 startm: reuse an idle M (LIFO) or create one, give it the P; returns the M id or -1. */
  int startm(P p, boolean spinning) {
    if (p == null) {
      p = pidle.pollFirst();
      if (p == null) {
        return -1;
      }
    } else {
      pidle.remove(p);
    }
    M m = midle.pollFirst();
    boolean created = m == null;
    if (created) {
      if (allm.size() >= MAX_THREADS) { // R10.4 checkmcount
        pidleput(p);
        fatal("thread exhaustion", "runtime: program exceeds " + MAX_THREADS + "-thread limit\n");
        return -1;
      }
      m = newM();
    }
    acquire(m, p);
    p.curg = null;
    if (curP != null && curP.status == PStatus.RUNNING && timing.varies(config.gomaxprocs(), gomaxprocs)) {
      // R3.7 startm → notewakeup/futexwakeup (or newm's clone) is a system call made by the M
      // that calls wakep: the goroutine that ran go or ready pays for it before its next statement.
      curP.busyNanos += timing.wakeCost(created);
    }
    // R3.7: with one P the fixed wake-up; with parallel Ps a drawn one (futex wake of a parked M,
    // the start-up M that may still be searching, or clone of a new one), so that seeds spread
    // like real runs (ParallelTiming).
    p.nextAt = later(now, timing.varies(config.gomaxprocs(), gomaxprocs) ? timing.mStart(created, m.startupSpare) : M_WAKE_NANOS);
    m.startupSpare = false;
    m.status = MStatus.RUNNING;
    m.justWoken = true;
    setSpinning(m, spinning);
    emit(new Event.MachineStarted(now, m.id, p.id, created, spinning));
    return m.id;
  }

  /** R3.6 step 5 stopm: the M parks on the idle list; mput runs the deadlock check (R11.1). */
  void stopm(M m) {
    m.p = null;
    m.g = null;
    m.status = MStatus.IDLE;
    clearBackoff(m);
    midle.addFirst(m);
    touch(m);
    emit(new Event.MachineParked(now, m.id));
    checkdead();
  }

  // ---- the scheduler --------------------------------------------------------------------------

  /** One action of a P whose G is running: preemption at the step boundary, or one body step. */
  void step(P p) {
    G g = p.curg;
    // R4.1/R15.4: a G, or runnext chain on inherited time, that ran a whole slice is preempted at
    // its next step boundary. A G that has not stepped yet gets one step: sysmon's request reaches
    // a G that inherited an expired slice only on its next pass (R4.2).
    if (p.stepped && p.sliceRan >= config.timeSliceNanos()) {
      preempt(p, g);
      return;
    }
    if (exploreGoroutines && chunkP != p) {
      g = pickGoroutine(p, g);
    }
    cur = g;
    curP = p;
    try {
      if (g.write != null && !stdout.resume(g, p)) {
        if (!ended) {
          curP.nextAt = now;
        }
        return;
      }
      if (g.lockWait != null && !lockContinue(g)) {
        if (!ended) {
          curP.nextAt = later(now, takeBusy(curP));
        }
        return;
      }
      if (g.syncWait != null && !syncContinue(g)) {
        if (!ended) {
          curP.nextAt = later(now, takeBusy(curP));
        }
        return;
      }
      if (ended) {
        return;
      }
      long c;
      try {
        c = g.body.step(ops());
      } catch (GoRuntimePanic unrecovered) {
        // The body did not unwind it (a body without deferred calls): it ends the program (R12.3).
        if (!ended) {
          panicNow(unrecovered.getMessage());
        }
        return;
      }
      if (ended) {
        return;
      }
      if (exploreTiming) {
        boolean local = g.status == G.RUNNING && curP.curg == g && g.body.lastStepLocal();
        chunkP = local ? curP : null;
        chunkG = local ? g : null;
      }
      if (c < 1) {
        throw new IllegalStateException("GoroutineBody.step must return at least 1 ns, got " + c
            + " from goroutine " + g.id + " (" + g.function + ")");
      }
      touch(g); // its line and locals moved on
      if (g.status == G.SYSCALL) {
        return;
      }
      P pp = curP; // GOMAXPROCS(n) may have moved the caller to another P
      pp.sliceRan += c;
      pp.stepped = true;
      pp.nextAt = later(now, timing.varies(config.gomaxprocs(), gomaxprocs) ? timing.step(c) : c);
      pp.nextAt = later(pp.nextAt, takeBusy(pp));
    } finally {
      cur = null;
      curP = null;
    }
  }

  /** The runtime's own busy time of this step (a mutex spin), counted on the slice; then zero. */
  static long takeBusy(P p) {
    long b = p.busyNanos;
    p.busyNanos = 0;
    p.sliceRan += b;
    return b;
  }

  /**
   * R3.1 schedule()/findRunnable on {@code p} by the M holding it: timers, the 1-in-61 GRQ check,
   * runnext, LRQ, GRQ batch, stealing, else idle.
   */
  void schedule(P p) {
    M m = p.m;
    while (true) {
      // R3.5: an M back from runqgrab's usleep(3) goes on with its steal loop, not from the top.
      if (m.backoffVictim == null) {
        runTimers(p, p); // R3.1 step 1 / R9.2: this P's expired timers, woken into its runnext
        if (ended) {
          return;
        }
        // R3.1 step 3: fairness, one G from the GRQ every 61st tick.
        if (p.schedtick % FAIRNESS_TICKS == 0 && !grq.isEmpty()) {
          G g = grq.pollFirst();
          grqDirty = true;
          execute(p, g, false, Source.GLOBAL_FAIRNESS, null);
          return;
        }
        // R3.1 step 4 runqget: runnext first, inheriting the slice (R3.3), else the LRQ head.
        if (p.runnext != null) {
          G g = p.runnext;
          p.runnext = null;
          touch(p);
          execute(p, g, true, Source.RUNNEXT, null);
          return;
        }
        if (p.runqsize() > 0) {
          execute(p, lrqPop(p), false, Source.LOCAL_QUEUE, null);
          return;
        }
        // R3.2: a GRQ batch.
        if (!grq.isEmpty()) {
          globrunqget(p);
          return;
        }
      }
      // R3.5: steal, if this M may spin.
      if (m.backoffVictim != null || m.spinning || 2 * nmspinning < gomaxprocs - pidle.size()) {
        if (!m.spinning) {
          setSpinning(m, true);
        }
        int r = stealWork(p, m);
        if (r == STEAL_FOUND) {
          G g = stolenG;
          Event e = stolenEvent;
          stolenG = null;
          stolenEvent = null;
          execute(p, g, stolenInherit, stolenSource, e);
          return;
        }
        if (r == STEAL_BACKOFF) {
          p.nextAt = later(now, STEAL_BACKOFF_NANOS); // R3.5 runqgrab's usleep(3)
          return;
        }
        if (r == STEAL_RAN_TIMERS) {
          continue;
        }
      }
      goIdle(p, m);
      return;
    }
  }

  /** R3.2 globrunqget: n = len/GOMAXPROCS+1, capped at len and 128; run the first, the rest to the LRQ. */
  void globrunqget(P p) {
    int n = Math.min(Math.min(grq.size() / gomaxprocs + 1, grq.size()), GRQ_BATCH_MAX);
    G first = grq.pollFirst();
    int[] toLocal = new int[n - 1];
    for (int i = 1; i < n; i++) {
      G g = grq.pollFirst();
      runqput(p, g, false);
      toLocal[i - 1] = g.id;
    }
    grqDirty = true;
    execute(p, first, false,
        Source.GLOBAL_BATCH, new Event.GlobalQueueBatch(now, p.id, n, new IntList(toLocal, toLocal.length)));
  }

  /** R3.3 execute: _Grunning on the P; a new slice and tick++ unless the slice is inherited. */
  void execute(P p, G g, boolean inherit, Source source, Event before) {
    M m = p.m;
    casgstatus(g, G.RUNNABLE, G.RUNNING);
    p.curg = g;
    m.g = g;
    if (!inherit) {
      p.schedtick++;
      p.sliceRan = 0;
    }
    boolean wasSpinning = m.spinning;
    if (wasSpinning) {
      setSpinning(m, false);
    }
    m.status = MStatus.RUNNING;
    clearBackoff(m);
    p.stepped = false;
    p.nextAt = now;
    if (m.justWoken) {
      // R3.7: a woken M's thread may wait for a core before its first goroutine step (ParallelTiming).
      m.justWoken = false;
      if (timing.varies(config.gomaxprocs(), gomaxprocs)) {
        p.nextAt = later(now, timing.firstRunDelay());
      }
    }
    touch(p);
    touch(m);
    if (before != null) {
      emit(before);
    }
    events.goroutineStarted(now, g.id, p.id, m.id, source, !inherit, p.schedtick);
    if (wasSpinning) {
      wakep(); // R3.7 resetspinning: a spinning M that found work wakes another
    }
  }

  static final int STEAL_NONE = 0;
  static final int STEAL_FOUND = 1;
  static final int STEAL_BACKOFF = 2;
  static final int STEAL_RAN_TIMERS = 3;

  /**
   * R3.5 stealWork: 4 rounds over the other Ps in a random order (start + coprime stride from the
   * Chooser), skipping idle Ps; round 4 also runs their timers and may take their runnext. After
   * runqgrab's back-off ({@link #STEAL_BACKOFF}) the M comes back here and goes on where it was.
   */
  int stealWork(P p, M m) {
    int[] coprimes = coprimes(gomaxprocs);
    int round = 0;
    int pos = 0;
    int inc = 1;
    int k = 0;
    boolean ranTimer = false;
    boolean resumed = m.backoffVictim != null;
    if (resumed) {
      round = m.stealRound;
      pos = m.stealPos;
      inc = m.stealInc;
      k = m.stealK;
      ranTimer = m.stealRanTimer;
      P p2 = m.backoffVictim;
      G seen = m.backoffRunnext;
      m.backoffVictim = null;
      m.backoffRunnext = null;
      // R3.5 runqgrab after usleep(3): the CAS on runnext succeeds if the victim did not run the
      // goroutine meanwhile; otherwise runqgrab loops and looks at the victim again.
      int r = p2.runnext == seen ? takeRunnext(p, p2, round + 1) : runqsteal(p, p2, true, m, round + 1);
      if (r == STEAL_BACKOFF) {
        saveSteal(m, round, pos, inc, k, ranTimer);
        return r;
      }
      if (r != STEAL_NONE) {
        return r;
      }
      k++;
      pos = (pos + inc) % gomaxprocs;
    }
    for (; round < 4; round++) {
      boolean last = round == 3;
      if (!resumed) {
        pos = choose(Chooser.ChoicePoint.STEAL_START, gomaxprocs);
        inc = coprimes[choose(Chooser.ChoicePoint.STEAL_STRIDE, coprimes.length)];
        k = 0;
      }
      resumed = false;
      for (; k < gomaxprocs; k++, pos = (pos + inc) % gomaxprocs) {
        P p2 = allp[pos];
        if (p2 == p) {
          continue;
        }
        if (last && !p2.timers.isEmpty()) {
          // R9.2: a thief runs the victim's expired timers; the woken land in the thief's runnext.
          if (runTimers(p2, p)) {
            if (p.runnext != null) {
              stolenG = p.runnext;
              p.runnext = null;
              touch(p);
              stolenInherit = true;
              stolenSource = Source.RUNNEXT;
              stolenEvent = null;
              return STEAL_FOUND;
            }
            ranTimer = true;
          }
        }
        if (p2.status != PStatus.IDLE) {
          int r = runqsteal(p, p2, last, m, round + 1);
          if (r == STEAL_BACKOFF) {
            saveSteal(m, round, pos, inc, k, ranTimer);
            return r;
          }
          if (r != STEAL_NONE) {
            return r;
          }
        }
      }
    }
    return ranTimer ? STEAL_RAN_TIMERS : STEAL_NONE;
  }

  private static void saveSteal(M m, int round, int pos, int inc, int k, boolean ranTimer) {
    m.stealRound = round;
    m.stealPos = pos;
    m.stealInc = inc;
    m.stealK = k;
    m.stealRanTimer = ranTimer;
  }

  /** Drops a back-off in progress (the M stops searching: it found work, idles or is parked). */
  static void clearBackoff(M m) {
    m.backoffVictim = null;
    m.backoffRunnext = null;
  }

  /**
   * R3.5 runqgrab/runqsteal: ceil(half) of the victim's LRQ from the head, or its runnext in round
   * 4; before taking a running victim's runnext the M backs off (usleep(3)) on every such attempt,
   * so that the victim can schedule the goroutine itself (proc.go runqgrab, go1.19).
   */
  int runqsteal(P p, P p2, boolean stealRunnext, M m, int round) {
    int n = p2.runqsize();
    n = n - n / 2;
    if (n == 0) {
      if (!stealRunnext || p2.runnext == null) {
        return STEAL_NONE;
      }
      if (p2.status == PStatus.RUNNING) {
        m.backoffVictim = p2;
        m.backoffRunnext = p2.runnext;
        return STEAL_BACKOFF;
      }
      return takeRunnext(p, p2, round);
    }
    List<Integer> ids = new ArrayList<>(n);
    G last = null;
    for (int i = 0; i < n; i++) {
      G g = lrqPop(p2);
      ids.add(g.id);
      if (i < n - 1) {
        runqput(p, g, false);
      } else {
        last = g;
      }
    }
    stolenG = last;
    stolenInherit = false;
    stolenSource = Source.STOLEN;
    stolenEvent = new Event.Stolen(now, p.id, p2.id, Collections.unmodifiableList(ids), false, round);
    return STEAL_FOUND;
  }

  /** R3.5: the victim's runnext, whole (the end of runqgrab's runnext branch); none if it is empty. */
  int takeRunnext(P p, P p2, int round) {
    G last = p2.runnext;
    if (last == null) {
      return STEAL_NONE;
    }
    p2.runnext = null;
    touch(p2);
    stolenG = last;
    stolenInherit = false;
    stolenSource = Source.STOLEN;
    stolenEvent = new Event.Stolen(now, p.id, p2.id, List.of(last.id), true, round);
    return STEAL_FOUND;
  }

  // ---- exploring: the timing of parallel Ps and any interleaving --------------------------------
  //
  // Only when the chooser offers PROCESSOR_ORDER or NEXT_GOROUTINE. A step that touches only its
  // goroutine's own variables commutes with every step of every other goroutine, so any
  // interleaving can be reordered, without changing its outcome, into one where each goroutine's
  // local steps run right before its next shared step. The explorer therefore lets a goroutine
  // that took a local step take the next one too (a "chunk"), and offers other goroutines only
  // once a step touched shared memory or the runtime. docs/explore.md has the argument in full.

  /** The P that steps next: the one in mid-chunk, else a choice among all Ps running goroutines. */
  P nextStepper(P earliest) {
    if (chunkP != null && chunkP.status == PStatus.RUNNING && chunkP.curg == chunkG && chunkG != null) {
      return chunkP;
    }
    chunkP = null;
    chunkG = null;
    P[] candidates = new P[allp.length];
    int n = 0;
    candidates[n++] = earliest;
    for (P p : allp) {
      if (p != earliest && p.status == PStatus.RUNNING && p.curg != null) {
        candidates[n++] = p;
      }
    }
    if (n == 1) {
      return earliest;
    }
    // the others in the order the model would run them: by time, then P id
    java.util.Arrays.sort(candidates, 1, n, (a, b) -> a.nextAt != b.nextAt ? Long.compare(a.nextAt, b.nextAt) : a.id - b.id);
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = candidates[i].curg.id;
    }
    return candidates[chooser.chooseGoroutine(Chooser.ChoicePoint.PROCESSOR_ORDER, ids, n)];
  }

  /**
   * Any runnable user goroutine may take the next statement on {@code p}: {@code g} (the model's
   * pick) or one from a run queue. A different pick sends {@code g} to this P's LRQ tail, as
   * goyield does (R5.2), and runs the pick here.
   */
  G pickGoroutine(P p, G g) {
    ArrayList<G> candidates = new ArrayList<>();
    candidates.add(g);
    addRunnable(candidates, p);
    for (P p2 : allp) {
      if (p2 != p) {
        addRunnable(candidates, p2);
      }
    }
    for (G x : grq) {
      if (!x.system) {
        candidates.add(x);
      }
    }
    if (candidates.size() == 1) {
      return g;
    }
    int[] ids = new int[candidates.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = candidates.get(i).id;
    }
    int k = chooser.chooseGoroutine(Chooser.ChoicePoint.NEXT_GOROUTINE, ids, ids.length);
    if (k == 0) {
      return g;
    }
    G next = candidates.get(k);
    takeFromQueue(next);
    goyield(g, p);
    execute(p, next, false, Source.LOCAL_QUEUE, null);
    return next;
  }

  static void addRunnable(ArrayList<G> out, P p) {
    if (p.runnext != null && !p.runnext.system) {
      out.add(p.runnext);
    }
    for (G x : p.runq) {
      if (!x.system) {
        out.add(x);
      }
    }
  }

  /** Removes the runnable {@code g} from the runnext, local queue or global queue holding it. */
  void takeFromQueue(G g) {
    for (P p : allp) {
      if (p.runnext == g) {
        p.runnext = null;
        touch(p);
        return;
      }
      if (p.runq.remove(g)) {
        touch(p);
        return;
      }
    }
    if (grq.remove(g)) {
      grqDirty = true;
      return;
    }
    throw new IllegalStateException("goroutine " + g.id + " is runnable but in no run queue");
  }

  int choose(Chooser.ChoicePoint kind, int bound) {
    // A choice among one is no choice: explorers should not see it.
    return bound <= 1 ? 0 : chooser.choose(kind, bound);
  }

  static int[] coprimes(int n) {
    int[] out = new int[n];
    int k = 0;
    for (int i = 1; i <= n; i++) {
      if (gcd(i, n) == 1) {
        out[k++] = i;
      }
    }
    return Arrays.copyOf(out, k);
  }

  static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * R3.6 going idle: the P goes to the idle list; the M stops spinning; with timers pending one M
   * blocks in netpoll until the earliest (R3.6 step 4), else it parks (stopm, with checkdead).
   */
  void goIdle(P p, M m) {
    m.p = null;
    m.g = null;
    touch(m);
    pidleput(p);
    emit(new Event.ProcessorIdle(now, p.id, m.id));
    if (m.spinning) {
      setSpinning(m, false);
    }
    clearBackoff(m);
    if (netpollM == null && anyTimers()) {
      blockInNetpoll(m);
    } else {
      stopm(m);
    }
  }

  void blockInNetpoll(M m) {
    long e = earliestTimer();
    long delay = e - now;
    // R3.6 step 4: Linux epoll waits whole milliseconds, at least 1 ms; a due timer polls at once.
    long wake = delay <= 0 ? now : delay < NETPOLL_GRAIN_NANOS ? later(now, NETPOLL_GRAIN_NANOS)
        : later(now, delay / NETPOLL_GRAIN_NANOS * NETPOLL_GRAIN_NANOS);
    m.status = MStatus.NETPOLL;
    m.pollUntil = e;
    m.pollWakeAt = wake;
    netpollM = m;
    touch(m);
    emit(new Event.MachineNetpollBlocked(now, m.id, wake));
  }

  /** The M in netpoll wakes (its timeout, or a break), takes an idle P and searches, timers included. */
  void netpollWake() {
    M m = netpollM;
    netpollM = null;
    P p = pidle.pollFirst();
    acquire(m, p);
    p.curg = null;
    p.nextAt = now;
    // It may always steal (round 4 runs every P's timers), so a wake for a timer on a busy P is never lost.
    setSpinning(m, true);
    emit(new Event.MachineStarted(now, m.id, p.id, false, true));
    schedule(p);
  }

  /** R9.4 wakeNetPoller: a new timer earlier than the poller's wakes it; with no poller, wakep. */
  void wakeNetPoller(long when) {
    if (netpollM != null) {
      if (when < netpollM.pollUntil) {
        netpollM.pollUntil = when;
        netpollM.pollWakeAt = now;
        touch(netpollM);
      }
    } else {
      wakep();
    }
  }

  boolean anyTimers() {
    for (P p : allp) {
      if (!p.timers.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  long earliestTimer() {
    long e = Long.MAX_VALUE;
    for (P p : allp) {
      if (!p.timers.isEmpty()) {
        e = Math.min(e, p.timers.peek().when);
      }
    }
    return e;
  }

  /** R9.2/R9.3 checkTimers: {@code owner}'s expired timers fire in when order, readying into {@code runner}'s runnext. */
  boolean runTimers(P owner, P runner) {
    return timers.checkTimers(owner, runner);
  }

  /** R11 checkdead: run when an M parks; reports a deadlock only with no M running and no timer. */
  void checkdead() {
    for (M m : allm) {
      if (m.status != MStatus.IDLE) {
        return; // R11.1: running, spinning, in a syscall or in netpoll
      }
    }
    int waiting = 0;
    for (G g : allgs) {
      if (g.system || g.status == G.DEAD) {
        continue;
      }
      if (g.status != G.WAITING) {
        throw new InvariantViolation(g.id, "_Gwaiting", G.statusName(g.status), now,
            "checkdead: no M is running but a goroutine can run");
      }
      waiting++;
    }
    if (waiting == 0) {
      // R11.2: main called Goexit and everyone else is gone.
      end(EndReason.DEADLOCK, 2, "fatal error: " + NO_GOROUTINES + "\n");
      return;
    }
    if (anyTimers()) {
      return; // R11.2/R11.5: a pending timer postpones the report
    }
    // R11.3: every user goroutine in allgs-slot order, header only (we have no real frames).
    List<G> dump = new ArrayList<>();
    for (G g : allgs) {
      if (!g.system && g.status != G.DEAD) {
        dump.add(g);
      }
    }
    dump.sort((a, b) -> Integer.compare(a.slot, b.slot));
    StringBuilder sb = new StringBuilder("fatal error: ").append(DEADLOCK).append('\n');
    List<Integer> ids = new ArrayList<>(dump.size());
    for (G g : dump) {
      sb.append("\ngoroutine ").append(g.id).append(" [").append(g.waitReason).append("]:\n");
      ids.add(g.id);
    }
    String report = sb.toString();
    ended = true;
    emit(new Event.Deadlocked(now, report, Collections.unmodifiableList(ids)));
    end(EndReason.DEADLOCK, 2, report);
  }

  void parkForever(G g, String reason) {
    park(g, reason, G.FOREVER, -1, "");
  }

  /** R5.1 goschedImpl (Gosched): _Grunning -> _Grunnable, to the GRQ tail; the P schedules next. */
  void goschedImpl(G g, P p) {
    casgstatus(g, G.RUNNING, G.RUNNABLE);
    p.curg = null;
    p.m.g = null;
    touch(p);
    touch(p.m);
    grq.addLast(g);
    grqDirty = true;
    emit(new Event.GoroutineYielded(now, g.id, p.id));
  }

  /** R5.2 goyield: like Gosched but to this P's LRQ tail. */
  void goyield(G g, P p) {
    casgstatus(g, G.RUNNING, G.RUNNABLE);
    p.curg = null;
    p.m.g = null;
    touch(p.m);
    runqput(p, g, false);
    emit(new Event.GoroutineYieldedToLocalQueue(now, g.id, p.id));
    flushOverflow();
  }

  // ---- GOMAXPROCS --------------------------------------------------------------------------------

  /**
   * {@code runtime.GOMAXPROCS(n)} (stopTheWorld + procresize): other running goroutines are
   * preempted to the GRQ, removed Ps give their queues to the GRQ head and their timers to the
   * caller's P, and Ps with work get an M when the world restarts.
   */
  int procresize(int n) {
    int old = gomaxprocs;
    if (n < 1) {
      return old;
    }
    // go1.19 has no upper bound (_MaxGomaxprocs went in Go 1.10; allp grows): GOMAXPROCS(1000)
    // gives 1000 Ps. GoroLab stops past its own limit rather than clamp without a word.
    if (n > RuntimeConfig.MAX_PROCS_IN_PROGRAM) {
      end(EndReason.PROCESSOR_LIMIT, -1, "gorolab: stopped: runtime.GOMAXPROCS(" + n + ") asks for " + n
          + " Ps; GoroLab models at most " + RuntimeConfig.MAX_PROCS_IN_PROGRAM + " (Go 1.19 has no such limit)\n");
      return old;
    }
    if (n == old) {
      return old;
    }
    G g = cur;
    P cp = curP;
    M cm = cp.m;
    for (P q : allp) {
      if (q == cp) {
        continue;
      }
      if (q.status == PStatus.RUNNING) {
        M qm = q.m;
        if (q.curg != null) {
          preempt(q, q.curg);
        }
        if (qm.spinning) {
          setSpinning(qm, false);
        }
        q.m = null;
        q.status = PStatus.IDLE;
        touch(q);
        qm.p = null;
        qm.status = MStatus.IDLE;
        clearBackoff(qm);
        midle.addFirst(qm);
        touch(qm);
        emit(new Event.MachineParked(now, qm.id));
      } else if (q.status == PStatus.SYSCALL) {
        q.m = null; // the syscall's M will find its P gone (R10.3 slow path)
      }
      q.status = PStatus.IDLE;
      touch(q);
    }
    pidle.clear();
    P[] np = new P[n];
    for (int i = 0; i < n; i++) {
      np[i] = i < old ? allp[i] : new P(i);
      touch(np[i]);
    }
    P timerHome = cp.id < n ? cp : np[0];
    for (int i = old - 1; i >= n; i--) {
      P q = allp[i];
      while (q.runqsize() > 0) {
        grq.addFirst(q.runq.removeLast());
      }
      if (q.runnext != null) {
        grq.addFirst(q.runnext);
        q.runnext = null;
      }
      grqDirty = true;
      timers.moveTimers(q, timerHome);
      while (q.gFree.size() > 0) {
        globalGFree.push(q.gFree.pop());
      }
    }
    if (cp.id >= n) {
      P p0 = np[0];
      cp.curg = null;
      cp.m = null;
      acquire(cm, p0);
      p0.curg = g;
      p0.sliceRan = cp.sliceRan;
      p0.stepped = cp.stepped;
      curP = p0;
    }
    allp = np;
    gomaxprocs = n;
    resized = true;
    List<P> runnable = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      P q = allp[i];
      if (q == curP) {
        continue;
      }
      q.status = PStatus.IDLE;
      if (q.runqempty()) {
        pidle.addFirst(q);
      } else {
        runnable.add(q);
      }
    }
    emit(new Event.ProcessorsResized(now, old, n));
    for (P q : runnable) {
      startm(q, false);
    }
    wakep();
    return old;
  }

  /** The rest of a woken Lock (sync/mutex.go), run before the goroutine's next step; false if it parked again. */
  abstract boolean lockContinue(G g);

  /** The operations a goroutine body calls (the runtime's entry points). */
  abstract GoOps ops();

  /** The rest of a woken sync operation (sema.go, rwmutex.go, cond.go); false if it parked again. */
  abstract boolean syncContinue(G g);

  Proc(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
  }
}
