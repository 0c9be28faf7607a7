package dev.gorolab.model;

import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Go's M:N runtime (go1.19) as a discrete-event simulation over one virtual clock.
 *
 * <p>Each rule of docs/go-runtime-rules.md is applied in exactly one place, marked with a comment
 * naming it. Engine thread only: the class is not thread-safe, and bodies run inside
 * {@link #advance()}. See the package documentation for the design and the cost model.
 */
public final class GoRuntime {

  /** R3.1 step 3: the global queue is checked first every 61st tick. */
  static final int FAIRNESS_TICKS = 61;
  /** R3.2: the most a global-queue batch takes. */
  static final int GRQ_BATCH_MAX = P.LRQ_SIZE / 2;
  /** R13.1: {@code _GoidCacheBatch}. */
  static final int GOID_BATCH = 16;
  /** R3.7: a started (woken or new) M begins its search this long after {@code startm}. */
  static final long M_WAKE_NANOS = 5_000L;
  /** R3.5: a thief backs off this long before stealing a running victim's runnext. */
  static final long STEAL_BACKOFF_NANOS = 3_000L;
  /** R10.2: a P in a syscall is retaken regardless of the other conditions after 10 ms. */
  static final long SYSCALL_HOLD_MAX_NANOS = 10_000_000L;
  /** R3.6 step 4: netpoll sleeps whole milliseconds on Linux. */
  static final long NETPOLL_GRAIN_NANOS = 1_000_000L;
  /** R10.4: {@code checkmcount}'s thread limit. */
  static final int MAX_THREADS = 10_000;
  /** How long the finalizer goroutine runs before it parks (R1.7). */
  static final long RUNFINQ_STEP_NANOS = 1_000L;

  // Kinds of scheduled actions, in their tie-break priority at equal times.
  private static final int K_SYSCALL_EXIT = 0;
  private static final int K_RETAKE = 1;
  private static final int K_NETPOLL = 2;
  private static final int K_SCHEDULE = 3;
  private static final int K_STEP = 4;

  // Go's wait reasons (R1.3), go1.19 strings.
  static final String WAIT_CHAN_SEND = "chan send";
  static final String WAIT_CHAN_RECEIVE = "chan receive";
  static final String WAIT_CHAN_SEND_NIL = "chan send (nil chan)";
  static final String WAIT_CHAN_RECEIVE_NIL = "chan receive (nil chan)";
  static final String WAIT_SELECT = "select";
  static final String WAIT_SELECT_NO_CASES = "select (no cases)";
  static final String WAIT_SLEEP = "sleep";
  static final String WAIT_SEMACQUIRE = "semacquire";
  static final String WAIT_FINALIZER = "finalizer wait";

  static final String SEND_ON_CLOSED = "send on closed channel";
  static final String DEADLOCK = "all goroutines are asleep - deadlock!";
  static final String NO_GOROUTINES = "no goroutines (main called runtime.Goexit) - deadlock!";

  private final RuntimeConfig config;
  private final Chooser chooser;
  private final Consumer<Event> events;
  /** Whether the chooser explores the timing of parallel Ps and, further, any interleaving. */
  private final boolean exploreTiming;
  private final boolean exploreGoroutines;
  /**
   * While exploring: the P whose goroutine is in the middle of a run of local steps, and that
   * goroutine. No other goroutine is tried before the run ends with a step that touches shared
   * state (see {@link #nextStepper}).
   */
  private P chunkP;
  private G chunkG;
  private final Ops ops = new Ops();

  private long now;
  private P[] allp;
  private int gomaxprocs;
  private final SharedQueue<G> grq = new SharedQueue<>();
  private final ArrayDeque<P> pidle = new ArrayDeque<>();
  private final ArrayList<M> allm = new ArrayList<>();
  private final ArrayDeque<M> midle = new ArrayDeque<>();
  private int nmspinning;
  private final ArrayList<M> inSyscall = new ArrayList<>();
  private M netpollM;

  private final ArrayList<G> allgs = new ArrayList<>();
  private G[] byId = new G[64];
  private int nextSlot;
  private final IntStack globalGFree = new IntStack();
  private long goidgen;
  /** The runtime timers of runtime/time.go, on the Ps' heaps. */
  private final Timers timers = new Timers(this);
  /** The time package's timers by {@link RuntimeTimer} id. */
  private final ArrayList<Timer> timerById = new ArrayList<>();
  private int userLive;
  private int totalLive;
  private G mainG;

  private final ArrayList<Hchan> chans = new ArrayList<>();
  private final ArrayList<SyncWaitGroup> wgs = new ArrayList<>();
  private final ArrayList<SyncMutex> mutexes = new ArrayList<>();
  private final ArrayList<SyncRWMutex> rwmutexes = new ArrayList<>();
  private final ArrayList<SyncCond> conds = new ArrayList<>();
  /** Semaphores, notify lists, RWMutex and Cond (runtime/sema.go, sync/rwmutex.go, sync/cond.go). */
  private final Sema sema = new Sema(this);

  // Dirty tracking for takeDelta(): each entity is listed once until the next delta.
  private final ArrayList<G> dirtyG = new ArrayList<>();
  private final ArrayList<P> dirtyP = new ArrayList<>();
  private final ArrayList<M> dirtyM = new ArrayList<>();
  private final ArrayList<Hchan> dirtyC = new ArrayList<>();
  private final ArrayList<SyncWaitGroup> dirtyW = new ArrayList<>();
  private final ArrayList<SyncMutex> dirtyMu = new ArrayList<>();
  private boolean grqDirty;
  private boolean resized;

  private boolean started;
  private boolean ended;
  private EndReason endReason;
  private int exitCode;
  private String stderr = "";

  // The goroutine being stepped and its P; ops act for them.
  private G cur;
  private P curP;

  // Results passed out of chanrecv/stealWork without allocating.
  private Object recvValue;
  private boolean recvOk;
  private G stolenG;
  private boolean stolenInherit;
  private Source stolenSource;
  private Event stolenEvent;
  private IntList overflowMoved;
  private P overflowP;

  /** Creates a runtime with {@code config.gomaxprocs()} idle Ps and m0; call {@link #start} next. */
  public GoRuntime(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    this.config = config;
    this.chooser = chooser;
    this.events = events;
    this.exploreTiming = chooser.offers(Chooser.ChoicePoint.PROCESSOR_ORDER)
        || chooser.offers(Chooser.ChoicePoint.NEXT_GOROUTINE);
    this.exploreGoroutines = chooser.offers(Chooser.ChoicePoint.NEXT_GOROUTINE);
    this.gomaxprocs = config.gomaxprocs();
    this.allp = new P[gomaxprocs];
    for (int i = 0; i < gomaxprocs; i++) {
      allp[i] = new P(i);
      touch(allp[i]);
    }
    newM();
  }

  // ---- public API -----------------------------------------------------------------------------

  /** R1.7: runtime goroutines parked (ids 2–4), runfinq (5) in P0's runnext if configured, main (1) running on P0/m0. */
  public void start(GoroutineBody main) {
    if (started) {
      throw new IllegalStateException("start() was already called");
    }
    started = true;
    P p0 = allp[0];
    M m0 = allm.get(0);
    // R1.7: P0 is owned by m0; the other Ps are idle. pidleput pushes P(n-1)..P1, so P1 is on top.
    acquire(m0, p0);
    m0.status = MStatus.RUNNING;
    for (int i = gomaxprocs - 1; i >= 1; i--) {
      pidleput(allp[i]);
    }
    mainG = newG(main, -1, false, p0, main.function());
    emit(new Event.GoroutineCreated(now, mainG.id, mainG.function, -1, 0, main.line(), -1, false));
    String[][] system = {
      {"runtime.forcegchelper", "force gc (idle)"},
      {"runtime.bgsweep", "GC sweep wait"},
      {"runtime.bgscavenge", "GC scavenge wait"}
    };
    for (String[] s : system) {
      G g = newG(new RuntimeBody(s[0]), mainG.id, true, p0, s[0]);
      emit(new Event.GoroutineCreated(now, g.id, g.function, mainG.id, 0, 0, -1, true));
      casgstatus(g, G.RUNNABLE, G.WAITING);
      g.waitReason = s[1];
      g.waitOn = G.FOREVER;
      emit(new Event.GoroutineBlocked(now, g.id, 0, s[1], -1, ""));
    }
    if (config.finalizerGoroutine()) {
      // R1.7: runfinq is still sitting in P0's runnext when main.main starts.
      G fing = newG(new RuntimeBody("runtime.runfinq"), mainG.id, true, p0, "runtime.runfinq");
      runqput(p0, fing, true);
      emit(new Event.GoroutineCreated(now, fing.id, fing.function, mainG.id, 0, 0, -1, true));
    }
    for (int i = 0; i < config.reservedGoroutineIds(); i++) {
      newGoid(p0); // R13.3: lazily created runtime goroutines (GC workers) take ids too
    }
    emit(new Event.MachineStarted(now, m0.id, p0.id, true, false));
    casgstatus(mainG, G.RUNNABLE, G.RUNNING);
    p0.curg = mainG;
    m0.g = mainG;
    p0.schedtick = config.initialSchedTick(); // R3.4: the tick main starts with is a parameter
    p0.sliceRan = 0;
    p0.nextAt = now;
    touch(p0);
    touch(m0);
    emit(new Event.GoroutineStarted(now, mainG.id, 0, m0.id, Source.PROGRAM_START, true, p0.schedtick));
  }

  /** Performs the earliest pending action; returns false once the program has ended. */
  public boolean advance() {
    if (!started) {
      throw new IllegalStateException("call start() before advance()");
    }
    if (ended) {
      return false;
    }
    // The earliest action wins; ties by kind priority, then by P or M id (never hash order).
    long bt = Long.MAX_VALUE;
    int bk = Integer.MAX_VALUE;
    int bid = Integer.MAX_VALUE;
    Object target = null;
    for (int i = 0, n = inSyscall.size(); i < n; i++) {
      M m = inSyscall.get(i);
      if (before(m.syscallEnd, K_SYSCALL_EXIT, m.id, bt, bk, bid)) {
        bt = m.syscallEnd;
        bk = K_SYSCALL_EXIT;
        bid = m.id;
        target = m;
      }
    }
    for (P p : allp) {
      if (p.status == PStatus.RUNNING) {
        int k = p.curg != null ? K_STEP : K_SCHEDULE;
        if (before(p.nextAt, k, p.id, bt, bk, bid)) {
          bt = p.nextAt;
          bk = k;
          bid = p.id;
          target = p;
        }
      } else if (p.status == PStatus.SYSCALL) {
        if (before(p.retakeAt, K_RETAKE, p.id, bt, bk, bid)) {
          bt = p.retakeAt;
          bk = K_RETAKE;
          bid = p.id;
          target = p;
        }
      }
    }
    if (netpollM != null && !pidle.isEmpty()) {
      long t = Math.max(now, netpollM.pollWakeAt);
      if (before(t, K_NETPOLL, netpollM.id, bt, bk, bid)) {
        bt = t;
        bk = K_NETPOLL;
        bid = netpollM.id;
        target = netpollM;
      }
    }
    if (target == null) {
      throw new IllegalStateException("no pending action at t=" + now + "ns but the program has not ended");
    }
    if (bk == K_STEP && exploreTiming) {
      target = nextStepper((P) target);
      bt = Math.max(bt, ((P) target).nextAt);
    }
    now = Math.max(now, bt);
    switch (bk) {
      case K_SYSCALL_EXIT -> exitsyscall((M) target);
      case K_RETAKE -> retake((P) target);
      case K_NETPOLL -> netpollWake();
      case K_SCHEDULE -> schedule((P) target);
      default -> step((P) target);
    }
    return true;
  }

  /**
   * {@code t + d} on the virtual clock, never past its end: time.go's timeSleep sets
   * {@code when = nanotime() + ns} and, when that overflows, {@code maxWhen} (1<<63 - 1), so that
   * {@code time.Sleep(math.MaxInt64)} sleeps until the end of time instead of waking in the past.
   */
  static long later(long t, long d) {
    long sum = t + d;
    return d > 0 && sum < t ? Long.MAX_VALUE : sum;
  }

  private static boolean before(long t, int k, int id, long bt, int bk, int bid) {
    if (t != bt) {
      return t < bt;
    }
    if (k != bk) {
      return k < bk;
    }
    return id < bid;
  }

  public boolean ended() {
    return ended;
  }

  /** Why the program ended, or null while it runs. */
  public EndReason endReason() {
    return endReason;
  }

  public int exitCode() {
    return exitCode;
  }

  /** Go's exact words for a panic, deadlock or fatal error; the note of an external stop; else empty. */
  public String stderr() {
    return stderr;
  }

  public long now() {
    return now;
  }

  /** Ends the run from outside (a step limit); exit code -1 means the program did not exit by itself. */
  public void stop(EndReason reason, String note) {
    if (!ended) {
      end(reason, -1, note);
    }
  }

  // ---- goroutine creation, ids, slots ---------------------------------------------------------

  private G newG(GoroutineBody body, int parent, boolean system, P p, String function) {
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

  /** R13.1: ids come from the creating P's cache of 16, refilled from {@code sched.goidgen}. */
  private long newGoid(P p) {
    if (p.goidcache == p.goidcacheend) {
      goidgen += GOID_BATCH;
      p.goidcache = goidgen - (GOID_BATCH - 1);
      p.goidcacheend = p.goidcache + GOID_BATCH;
    }
    return p.goidcache++;
  }

  /** R1.2 gfget: a dead goroutine's allgs slot is reused (the id never is). */
  private int gfget(P p) {
    if (p.gFree.size() == 0 && globalGFree.size() > 0) {
      while (p.gFree.size() < 32 && globalGFree.size() > 0) {
        p.gFree.push(globalGFree.pop());
      }
    }
    return p.gFree.size() > 0 ? p.gFree.pop() : nextSlot++;
  }

  /** R1.2 gfput: a P keeps at most 64 free slots, then moves all but 32 to the global list. */
  private void gfput(P p, int slot) {
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
  private int runqput(P p, G g, boolean next) {
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
  private void runqputslow(P p, G g) {
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
  private void flushOverflow() {
    if (overflowMoved != null) {
      IntList moved = overflowMoved;
      overflowMoved = null;
      emit(new Event.LocalQueueOverflow(now, overflowP.id, moved));
    }
  }

  private G lrqPop(P p) {
    G g = p.runq.pollFirst();
    touch(p);
    return g;
  }

  // ---- G state transitions --------------------------------------------------------------------

  /** Like Go's casgstatus: an illegal transition is an engine bug and throws with both states. */
  private void casgstatus(G g, byte from, byte to) {
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
    emit(new Event.GoroutineBlocked(now, g.id, p.id, reason, ch, object));
  }

  /** R6.2 ready: the woken G goes to the waker's runnext, the old one to the LRQ tail; then wakep. */
  void ready(G g, P p, int waker, String because) {
    casgstatus(g, G.WAITING, G.RUNNABLE);
    g.waitReason = "";
    g.waitOn = null;
    int displaced = runqput(p, g, true);
    emit(new Event.GoroutineReadied(now, g.id, waker, p.id, Place.RUNNEXT, displaced, because));
    flushOverflow();
    wakep();
  }

  /** R4.1/R4.3 preemption: the G (or runnext chain) used its slice; it goes to the GRQ tail. */
  private void preempt(P p, G g) {
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
  private void goexit(G g, P p) {
    casgstatus(g, G.RUNNING, G.DEAD);
    p.curg = null;
    p.m.g = null;
    touch(p);
    touch(p.m);
    g.body = null;
    g.lockWait = null;
    g.syncWait = null;
    g.resValue = null;
    totalLive--;
    if (!g.system) {
      userLive--;
    }
    gfput(p, g.slot);
    emit(new Event.GoroutineExited(now, g.id, p.id));
  }

  // ---- Ms and Ps ------------------------------------------------------------------------------

  private M newM() {
    M m = new M(allm.size());
    allm.add(m);
    touch(m);
    return m;
  }

  private void acquire(M m, P p) {
    m.p = p;
    p.m = m;
    p.status = PStatus.RUNNING;
    touch(m);
    touch(p);
  }

  private void pidleput(P p) {
    p.status = PStatus.IDLE;
    p.m = null;
    p.curg = null;
    pidle.addFirst(p);
    touch(p);
  }

  private void setSpinning(M m, boolean spinning) {
    if (m.spinning != spinning) {
      m.spinning = spinning;
      nmspinning += spinning ? 1 : -1;
    }
    m.status = spinning ? MStatus.SPINNING : (m.p != null ? MStatus.RUNNING : m.status);
    touch(m);
  }

  /** R3.7 wakep: if a P is idle and no M spins, start a spinning M. */
  private void wakep() {
    if (pidle.isEmpty() || nmspinning != 0) {
      return;
    }
    startm(null, true);
  }

  /** R3.7 startm: reuse an idle M (LIFO) or create one, give it the P; returns the M id or -1. */
  private int startm(P p, boolean spinning) {
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
    p.nextAt = later(now, M_WAKE_NANOS);
    m.status = MStatus.RUNNING;
    setSpinning(m, spinning);
    emit(new Event.MachineStarted(now, m.id, p.id, created, spinning));
    return m.id;
  }

  /** R3.6 step 5 stopm: the M parks on the idle list; mput runs the deadlock check (R11.1). */
  private void stopm(M m) {
    m.p = null;
    m.g = null;
    m.status = MStatus.IDLE;
    m.backedOff = false;
    midle.addFirst(m);
    touch(m);
    emit(new Event.MachineParked(now, m.id));
    checkdead();
  }

  // ---- the scheduler --------------------------------------------------------------------------

  /** One action of a P whose G is running: preemption at the step boundary, or one body step. */
  private void step(P p) {
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
      if (g.lockWait != null && !lockContinue(g)) {
        if (!ended) {
          curP.nextAt = now;
        }
        return;
      }
      if (g.syncWait != null && !syncContinue(g)) {
        if (!ended) {
          curP.nextAt = now;
        }
        return;
      }
      if (ended) {
        return;
      }
      long c;
      try {
        c = g.body.step(ops);
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
      pp.nextAt = later(now, c);
    } finally {
      cur = null;
      curP = null;
    }
  }

  /**
   * R3.1 schedule()/findRunnable on {@code p} by the M holding it: timers, the 1-in-61 GRQ check,
   * runnext, LRQ, GRQ batch, stealing, else idle.
   */
  private void schedule(P p) {
    M m = p.m;
    while (true) {
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
      // R3.5: steal, if this M may spin.
      if (m.spinning || 2 * nmspinning < gomaxprocs - pidle.size()) {
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
          p.nextAt = later(now, STEAL_BACKOFF_NANOS);
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
  private void globrunqget(P p) {
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
  private void execute(P p, G g, boolean inherit, Source source, Event before) {
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
    m.backedOff = false;
    p.stepped = false;
    p.nextAt = now;
    touch(p);
    touch(m);
    if (before != null) {
      emit(before);
    }
    emit(new Event.GoroutineStarted(now, g.id, p.id, m.id, source, !inherit, p.schedtick));
    if (wasSpinning) {
      wakep(); // R3.7 resetspinning: a spinning M that found work wakes another
    }
  }

  private static final int STEAL_NONE = 0;
  private static final int STEAL_FOUND = 1;
  private static final int STEAL_BACKOFF = 2;
  private static final int STEAL_RAN_TIMERS = 3;

  /**
   * R3.5 stealWork: 4 rounds over the other Ps in a random order (start + coprime stride from the
   * Chooser), skipping idle Ps; round 4 also runs their timers and may take their runnext.
   */
  private int stealWork(P p, M m) {
    boolean ranTimer = false;
    int[] coprimes = coprimes(gomaxprocs);
    for (int round = 0; round < 4; round++) {
      boolean last = round == 3;
      int pos = choose(Chooser.ChoicePoint.STEAL_START, gomaxprocs);
      int inc = coprimes[choose(Chooser.ChoicePoint.STEAL_STRIDE, coprimes.length)];
      for (int k = 0; k < gomaxprocs; k++, pos = (pos + inc) % gomaxprocs) {
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
          if (r != STEAL_NONE) {
            return r;
          }
        }
      }
    }
    return ranTimer ? STEAL_RAN_TIMERS : STEAL_NONE;
  }

  /** R3.5 runqgrab/runqsteal: ceil(half) of the victim's LRQ from the head, or its runnext in round 4. */
  private int runqsteal(P p, P p2, boolean stealRunnext, M m, int round) {
    int n = p2.runqsize();
    n = n - n / 2;
    List<Integer> ids = new ArrayList<>(Math.max(n, 1));
    G last;
    boolean fromRunnext = false;
    if (n == 0) {
      if (!stealRunnext || p2.runnext == null) {
        return STEAL_NONE;
      }
      if (p2.status == PStatus.RUNNING && !m.backedOff) {
        // Give a running victim about 3 µs to schedule its own runnext first.
        m.backedOff = true;
        return STEAL_BACKOFF;
      }
      last = p2.runnext;
      p2.runnext = null;
      touch(p2);
      ids.add(last.id);
      fromRunnext = true;
    } else {
      last = null;
      for (int i = 0; i < n; i++) {
        G g = lrqPop(p2);
        ids.add(g.id);
        if (i < n - 1) {
          runqput(p, g, false);
        } else {
          last = g;
        }
      }
    }
    stolenG = last;
    stolenInherit = false;
    stolenSource = Source.STOLEN;
    stolenEvent = new Event.Stolen(now, p.id, p2.id, Collections.unmodifiableList(ids), fromRunnext, round);
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
  private P nextStepper(P earliest) {
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
  private G pickGoroutine(P p, G g) {
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

  private static void addRunnable(ArrayList<G> out, P p) {
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
  private void takeFromQueue(G g) {
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

  /**
   * A hash of everything that decides how the run goes on: the runtime's state (as
   * {@link #snapshot()} shows it, plus slices, timers and results in flight) and, through
   * {@code bodies}, the live goroutines' own state. {@link Long#MIN_VALUE} when {@code bodies}
   * cannot hash theirs. Explorers prune a schedule that reaches a state already explored.
   *
   * <p>With {@code anyInterleaving}, where any runnable goroutine may take the next statement,
   * the scheduler's bookkeeping (which queue or P holds a runnable goroutine, ticks, slices) no
   * longer decides what can happen next, only which option is numbered 0; it is left out, and so
   * is the clock while no timer is pending. What remains: each goroutine's status and what it
   * waits on, channels, WaitGroups, Mutexes, timers relative to now.
   */
  public long fingerprint(java.util.function.ToLongFunction<List<GoroutineBody>> bodies, boolean anyInterleaving) {
    ArrayList<GoroutineBody> live = new ArrayList<>();
    for (G g : allgs) {
      if (g.body != null && g.status != G.DEAD) {
        live.add(g.body);
      }
    }
    long b = bodies.applyAsLong(live);
    if (b == Long.MIN_VALUE) {
      return b;
    }
    long h = b;
    if (anyInterleaving) {
      boolean timers = false;
      for (P p : allp) {
        long sum = 0;
        for (Timer t : p.timers) {
          sum += mix(t.when - now, t.g.id); // order-free: the heap's array order depends on history
          timers = true;
        }
        h = mix(h, sum);
      }
      h = mix(h, timers ? now : -1);
      for (G g : allgs) {
        if (g.status == G.DEAD) {
          continue;
        }
        h = mix(h, g.id);
        h = mix(h, g.status == G.RUNNING ? G.RUNNABLE : g.status);
        h = mix(h, g.waitReason.hashCode());
      }
      for (Hchan c : chans) {
        h = mix(h, state(c).hashCode());
      }
      for (SyncWaitGroup w : wgs) {
        h = mix(h, state(w).hashCode());
      }
      for (SyncMutex mu : mutexes) {
        h = mix(h, state(mu).hashCode());
      }
      for (SyncRWMutex rw : rwmutexes) {
        h = mix(h, rw.readerCount * 31L + rw.readerWait);
        h = mix(h, rw.readerSem.count * 31L + rw.writerSem.count);
      }
      for (SyncCond c : conds) {
        h = mix(h, c.wait * 31L + c.notify);
      }
    } else {
      h = mix(h, snapshot().hashCode());
      h = mix(h, goidgen);
      for (P p : allp) {
        h = mix(h, p.sliceRan);
        h = mix(h, p.stepped ? 1 : 0);
        h = mix(h, p.nextAt);
        h = mix(h, p.goidcache);
        long timers = 0;
        for (Timer t : p.timers) {
          timers += mix(t.when, t.g.id);
        }
        h = mix(h, timers);
      }
    }
    h = mix(h, chunkP == null ? -1 : chunkP.id);
    for (G g : allgs) {
      if (g.status != G.DEAD) {
        h = mix(h, java.util.Objects.hashCode(g.resValue));
        h = mix(h, (g.resOk ? 1 : 0) + (g.resPanic ? 2 : 0) + 4L * g.resCase);
        h = mix(h, g.lockWait == null ? 0 : 1);
        h = mix(h, g.syncWait == null ? -1 : g.syncWait.what);
      }
    }
    return h;
  }

  private static long mix(long h, long x) {
    long z = h * 0x9E3779B97F4A7C15L + x;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int choose(Chooser.ChoicePoint kind, int bound) {
    // A choice among one is no choice: explorers should not see it.
    return bound <= 1 ? 0 : chooser.choose(kind, bound);
  }

  private static int[] coprimes(int n) {
    int[] out = new int[n];
    int k = 0;
    for (int i = 1; i <= n; i++) {
      if (gcd(i, n) == 1) {
        out[k++] = i;
      }
    }
    return Arrays.copyOf(out, k);
  }

  private static int gcd(int a, int b) {
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
  private void goIdle(P p, M m) {
    m.p = null;
    m.g = null;
    touch(m);
    pidleput(p);
    emit(new Event.ProcessorIdle(now, p.id, m.id));
    if (m.spinning) {
      setSpinning(m, false);
    }
    m.backedOff = false;
    if (netpollM == null && anyTimers()) {
      blockInNetpoll(m);
    } else {
      stopm(m);
    }
  }

  private void blockInNetpoll(M m) {
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
  private void netpollWake() {
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

  private boolean anyTimers() {
    for (P p : allp) {
      if (!p.timers.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private long earliestTimer() {
    long e = Long.MAX_VALUE;
    for (P p : allp) {
      if (!p.timers.isEmpty()) {
        e = Math.min(e, p.timers.peek().when);
      }
    }
    return e;
  }

  /** R9.2/R9.3 checkTimers: {@code owner}'s expired timers fire in when order, readying into {@code runner}'s runnext. */
  private boolean runTimers(P owner, P runner) {
    return timers.checkTimers(owner, runner);
  }

  /** goroutineReady, a sleep timer's function: the sleeper goes to the runner's runnext (R9.3). */
  void sleepTimerFired(Timer t, P owner, P runner, long due) {
    G g = t.g;
    g.wakeAt = -1;
    touch(g);
    emit(new Event.TimerFired(now, g.id, owner.id, due));
    ready(g, runner, -1, "timer");
  }

  /**
   * sendTime's non-blocking send of the time on a timer's channel (chan.go selectnbsend): to a
   * waiting receiver directly (readied into the runner's runnext, R9.3), else into the one-slot
   * buffer, else dropped.
   */
  void timerSend(Timer t, P owner, P runner, long due, Object v) {
    Hchan c = t.c;
    Sudog r = c.closed ? null : c.recvq.pollFirst();
    if (r != null) {
      touch(c);
      wonBy(r);
      G rg = r.g;
      rg.resValue = v;
      rg.resOk = true;
      rg.resCase = r.caseIndex;
      emit(new Event.TimerExpired(now, owner.id, t.id, t.name, due, t.kind, Event.TimerDelivery.HANDED_TO_RECEIVER,
          rg.id, c.id));
      ready(rg, runner, -1, t.fireWake);
      return;
    }
    boolean buffered = !c.closed && c.qcount < c.cap;
    if (buffered) {
      int slot = c.sendx;
      c.buf[slot] = v;
      c.contents.addLast(BufferedValues.kept(v));
      c.sendx = (c.sendx + 1) % c.cap;
      c.qcount++;
      touch(c);
    }
    emit(new Event.TimerExpired(now, owner.id, t.id, t.name, due, t.kind,
        buffered ? Event.TimerDelivery.BUFFERED : Event.TimerDelivery.DROPPED, -1, c.id));
  }

  /** goFunc, an AfterFunc timer's function: {@code go f()} from the timer, into the runner's runnext (R9.3). */
  void timerGo(Timer t, P owner, P runner, long due) {
    if (totalLive >= config.maxGoroutines()) {
      end(EndReason.GOROUTINE_LIMIT, -1,
          "GoroLab stopped the run: more than " + config.maxGoroutines() + " live goroutines\n");
      return;
    }
    GoroutineBody body = t.goFunc.get();
    G ng = newG(body, -1, false, runner, body.function());
    int displaced = runqput(runner, ng, true);
    emit(new Event.TimerExpired(now, owner.id, t.id, t.name, due, t.kind, Event.TimerDelivery.STARTED_GOROUTINE,
        ng.id, -1));
    emit(new Event.GoroutineCreated(now, ng.id, ng.function, -1, runner.id, 0, displaced, false));
    flushOverflow();
    wakep();
  }

  // ---- syscalls (R10) -------------------------------------------------------------------------

  /** R10.1 reentersyscall: the G keeps its M, the P goes _Psyscall and may be retaken. */
  private void entersyscall(G g, P p, long nanos) {
    M m = p.m;
    casgstatus(g, G.RUNNING, G.SYSCALL);
    p.status = PStatus.SYSCALL;
    p.curg = null;
    p.syscallSince = now;
    p.retakeAt = later(now, config.syscallRetakeNanos());
    m.p = null;
    m.oldp = p;
    m.status = MStatus.SYSCALL;
    m.syscallEnd = later(now, Math.max(1, nanos));
    inSyscall.add(m);
    touch(p);
    touch(m);
    emit(new Event.SyscallEntered(now, g.id, m.id, p.id, nanos));
  }

  /** R10.2 retake: sysmon takes the P from a blocked syscall unless it has no work, there are spare Ps and it is young. */
  private void retake(P p) {
    if (p.runqempty() && nmspinning + pidle.size() > 0 && now < p.syscallSince + SYSCALL_HOLD_MAX_NANOS) {
      p.retakeAt = p.syscallSince + SYSCALL_HOLD_MAX_NANOS;
      return;
    }
    M old = p.m;
    p.status = PStatus.IDLE;
    p.m = null;
    p.syscalltick++;
    touch(p);
    int to = handoffp(p);
    if (!ended) {
      emit(new Event.SyscallHandoff(now, p.id, old == null ? -1 : old.id, to));
    }
  }

  /** R10.2 handoffp: start an M for a P with work, or a spinning one if none spins, else the P idles. */
  private int handoffp(P p) {
    if (!p.runqempty() || !grq.isEmpty()) {
      return startm(p, false);
    }
    if (nmspinning + pidle.size() == 0) {
      return startm(p, true);
    }
    if (pidle.size() == gomaxprocs - 1 && netpollM == null) {
      return startm(p, false); // the last running P with nobody polling: keep an M on it
    }
    pidleput(p);
    if (!p.timers.isEmpty()) {
      wakeNetPoller(p.timers.peek().when);
    }
    return -1;
  }

  /** R10.3 exitsyscall: old P if still _Psyscall, else an idle P, else the G goes to the GRQ and the M stops. */
  private void exitsyscall(M m) {
    inSyscall.remove(m);
    G g = m.g;
    P old = m.oldp;
    m.oldp = null;
    if (old != null && old.status == PStatus.SYSCALL && old.id < gomaxprocs && allp[old.id] == old) {
      acquire(m, old);
      old.syscalltick++;
      resumeAfterSyscall(m, old, g, Event.SyscallExit.OLD_P);
      return;
    }
    P p = pidle.pollFirst();
    if (p != null) {
      acquire(m, p);
      p.sliceRan = 0;
      resumeAfterSyscall(m, p, g, Event.SyscallExit.IDLE_P);
      return;
    }
    casgstatus(g, G.SYSCALL, G.RUNNABLE);
    m.g = null;
    grq.addLast(g);
    grqDirty = true;
    touch(m);
    emit(new Event.SyscallExited(now, g.id, m.id, -1, Event.SyscallExit.GLOBAL_QUEUE));
    stopm(m);
  }

  private void resumeAfterSyscall(M m, P p, G g, Event.SyscallExit how) {
    casgstatus(g, G.SYSCALL, G.RUNNING);
    p.curg = g;
    p.stepped = false;
    p.nextAt = now;
    m.status = MStatus.RUNNING;
    touch(p);
    touch(m);
    emit(new Event.SyscallExited(now, g.id, m.id, p.id, how));
  }

  // ---- the end --------------------------------------------------------------------------------

  private void end(EndReason reason, int code, String err) {
    ended = true;
    endReason = reason;
    exitCode = code;
    stderr = err;
    emit(new Event.ProgramEnded(now, code, reason));
  }

  /** R12.3: an unrecovered panic prints the value and the panicking goroutine's header, exit 2. */
  private void panicNow(String message) {
    String report = "panic: " + message + "\n\ngoroutine " + cur.id + " [running]:\n";
    ended = true; // nothing may run between the panic and the exit
    emit(new Event.Panicked(now, cur.id, message, report));
    end(EndReason.PANIC, 2, report);
  }

  /** R12.3: a fatal runtime error (cannot be recovered), exit 2. */
  void fatal(String message, String prefix) {
    String report = prefix + "fatal error: " + message + "\n"
        + (cur != null ? "\ngoroutine " + cur.id + " [running]:\n" : "");
    end(EndReason.FATAL_ERROR, 2, report);
  }

  /** R11 checkdead: run when an M parks; reports a deadlock only with no M running and no timer. */
  private void checkdead() {
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

  // ---- channels (R7) --------------------------------------------------------------------------

  private static final int OP_DONE = 0;
  private static final int OP_PARKED = 1;
  private static final int OP_WOULD_BLOCK = 2;

  private Hchan hchan(Channel ch) {
    return ch == null ? null : chans.get(ch.id);
  }

  private void parkForever(G g, String reason) {
    park(g, reason, G.FOREVER, -1, "");
  }

  /** R7.2 chansend. */
  private int chansend(Hchan c, Object v, boolean block, int caseIndex) {
    G g = cur;
    if (c == null) { // R7.2 step 1: a nil channel blocks forever
      if (!block) {
        return OP_WOULD_BLOCK;
      }
      parkForever(g, WAIT_CHAN_SEND_NIL);
      return OP_PARKED;
    }
    if (c.closed) { // R7.2 step 2: an ordinary panic; the sender's deferred calls run
      throw new GoRuntimePanic(SEND_ON_CLOSED);
    }
    Sudog r = c.recvq.pollFirst();
    if (r != null) { // R7.2 step 3: direct hand-off to the first waiting receiver
      touch(c);
      wonBy(r);
      G rg = r.g;
      rg.resValue = v;
      rg.resOk = true;
      rg.resCase = r.caseIndex;
      emit(new Event.ValueSent(now, g.id, c.id, v, SendMode.TO_WAITING_RECEIVER, rg.id, -1));
      emit(new Event.ValueReceived(now, rg.id, c.id, v, true, RecvMode.HANDED_BY_SENDER, g.id, -1));
      ready(rg, curP, g.id, c.sendWake);
      return OP_DONE;
    }
    if (c.qcount < c.cap) { // R7.2 step 4: into the buffer at sendx
      int slot = c.sendx;
      c.buf[slot] = v;
      c.contents.addLast(BufferedValues.kept(v));
      c.sendx = (c.sendx + 1) % c.cap;
      c.qcount++;
      touch(c);
      emit(new Event.ValueSent(now, g.id, c.id, v, SendMode.INTO_BUFFER, -1, slot));
      return OP_DONE;
    }
    if (!block) {
      return OP_WOULD_BLOCK;
    }
    // R7.2 step 5: wait on the sendq tail.
    c.sendq.addLast(new Sudog(g, c, true, v, caseIndex, null));
    touch(c);
    park(g, WAIT_CHAN_SEND, c, c.id, c.name);
    return OP_PARKED;
  }

  /** R7.3 chanrecv; the value and ok are left in recvValue/recvOk. */
  private int chanrecv(Hchan c, boolean block, int caseIndex) {
    G g = cur;
    if (c == null) { // R7.3 step 1
      if (!block) {
        return OP_WOULD_BLOCK;
      }
      parkForever(g, WAIT_CHAN_RECEIVE_NIL);
      return OP_PARKED;
    }
    if (c.closed && c.qcount == 0) { // R7.3 step 2
      recvValue = c.zero;
      recvOk = false;
      emit(new Event.ValueReceived(now, g.id, c.id, c.zero, false, RecvMode.CLOSED, -1, -1));
      return OP_DONE;
    }
    Sudog s = c.sendq.pollFirst();
    if (s != null) { // R7.3 step 3: a waiting sender
      touch(c);
      wonBy(s);
      G sg = s.g;
      if (c.cap == 0) {
        recvValue = s.value;
        emit(new Event.ValueSent(now, sg.id, c.id, s.value, SendMode.TAKEN_FROM_PARKED_SENDER, g.id, -1));
        emit(new Event.ValueReceived(now, g.id, c.id, s.value, true, RecvMode.FROM_WAITING_SENDER, sg.id, -1));
      } else {
        // Full buffer: take the head slot, the sender's value goes into it as the new tail.
        int slot = c.recvx;
        recvValue = c.buf[slot];
        c.buf[slot] = s.value;
        c.contents.pollFirst();
        c.contents.addLast(BufferedValues.kept(s.value));
        c.recvx = (c.recvx + 1) % c.cap;
        c.sendx = c.recvx;
        emit(new Event.ValueReceived(now, g.id, c.id, recvValue, true, RecvMode.FROM_BUFFER_ROTATING_SENDER,
            sg.id, slot));
        emit(new Event.ValueSent(now, sg.id, c.id, s.value, SendMode.TAKEN_FROM_PARKED_SENDER, -1, slot));
      }
      recvOk = true;
      sg.resOk = true;
      sg.resCase = s.caseIndex;
      ready(sg, curP, g.id, c.receiveWake);
      return OP_DONE;
    }
    if (c.qcount > 0) { // R7.3 step 4: the buffer head
      int slot = c.recvx;
      recvValue = c.buf[slot];
      recvOk = true;
      c.buf[slot] = null;
      c.contents.pollFirst();
      c.recvx = (c.recvx + 1) % c.cap;
      c.qcount--;
      touch(c);
      emit(new Event.ValueReceived(now, g.id, c.id, recvValue, true, RecvMode.FROM_BUFFER, -1, slot));
      return OP_DONE;
    }
    if (!block) {
      return OP_WOULD_BLOCK;
    }
    // R7.3 step 5: wait on the recvq tail.
    c.recvq.addLast(new Sudog(g, c, false, null, caseIndex, null));
    touch(c);
    park(g, WAIT_CHAN_RECEIVE, c, c.id, c.name);
    return OP_PARKED;
  }

  /** R7.5 closechan: wake receivers (zero, !ok) then senders (they panic), readied LIFO. */
  private void closechan(Hchan c) {
    G g = cur;
    if (c == null) { // R7.5: ordinary panics; the closer's deferred calls run
      throw new GoRuntimePanic("close of nil channel");
    }
    if (c.closed) {
      throw new GoRuntimePanic("close of closed channel");
    }
    c.closed = true;
    touch(c);
    // Pushed in dequeue order, readied from the top. A select's other sudog on this channel
    // leaves its queue when the first is dequeued (wonBy), so the queues' sizes are upper bounds.
    G[] glist = new G[c.recvq.size() + c.sendq.size()];
    int n = 0;
    Sudog s;
    while ((s = c.recvq.pollFirst()) != null) {
      wonBy(s);
      s.g.resValue = c.zero;
      s.g.resOk = false;
      s.g.resCase = s.caseIndex;
      glist[n++] = s.g;
    }
    int nrecv = n;
    while ((s = c.sendq.pollFirst()) != null) {
      wonBy(s);
      s.g.resPanic = true;
      s.g.resCase = s.caseIndex;
      glist[n++] = s.g;
    }
    emit(new Event.ChannelClosed(now, g.id, c.id, lastFirst(glist, 0, nrecv), lastFirst(glist, nrecv, n)));
    String because = c.closeWake;
    for (int i = n - 1; i >= 0; i--) {
      G w = glist[i];
      if (!w.resPanic) {
        emit(new Event.ValueReceived(now, w.id, c.id, c.zero, false, RecvMode.WOKEN_BY_CLOSE, -1, -1));
      }
      ready(w, curP, g.id, because);
    }
  }

  /** The ids of {@code gs[from..to)}, last first: the order close readies them in. */
  private static List<Integer> lastFirst(G[] gs, int from, int to) {
    int[] ids = new int[to - from];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = gs[to - 1 - i].id;
    }
    return new IntList(ids, ids.length);
  }

  /** R8.6/R8.7: a select's sudog was dequeued; its other sudogs leave their queues now. */
  private void wonBy(Sudog s) {
    if (s.sel == null) {
      return;
    }
    for (Sudog o : s.sel.sudogs) {
      if (o != s) {
        (o.isSend ? o.c.sendq : o.c.recvq).remove(o);
        touch(o.c);
      }
    }
  }

  // ---- select (R8) ----------------------------------------------------------------------------

  private SelectResult selectgo(List<SelectCase> cases, boolean hasDefault) {
    G g = cur;
    int n = cases.size();
    // R8.1 compiler lowering.
    if (n == 0) {
      if (hasDefault) {
        return SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
      }
      parkForever(g, WAIT_SELECT_NO_CASES);
      return SelectResult.PARKED;
    }
    if (n == 1) {
      SelectCase sc = cases.get(0);
      Hchan c = hchan(sc.channel());
      int r = sc.isSend() ? chansend(c, sc.value(), !hasDefault, 0) : chanrecv(c, !hasDefault, 0);
      return switch (r) {
        case OP_DONE -> sc.isSend() ? SelectResult.chose(0, null, false) : SelectResult.chose(0, recvValue, recvOk);
        case OP_WOULD_BLOCK -> SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
        default -> SelectResult.PARKED;
      };
    }
    // R8.2 poll order: nil cases dropped, the rest an insertion shuffle drawn from the Chooser.
    int[] order = new int[n];
    int norder = 0;
    for (int i = 0; i < n; i++) {
      if (cases.get(i).channel() == null) {
        continue;
      }
      int j = choose(Chooser.ChoicePoint.SELECT_POLL_ORDER, norder + 1);
      order[norder] = order[j];
      order[j] = i;
      norder++;
    }
    List<Integer> pollOrder = new IntList(order, norder);
    // R8.3 pass 1: the first case in poll order that can proceed.
    for (int k = 0; k < norder; k++) {
      int i = order[k];
      SelectCase sc = cases.get(i);
      Hchan c = hchan(sc.channel());
      if (sc.isSend()) {
        if (c.closed || !c.recvq.isEmpty() || c.qcount < c.cap) {
          emit(new Event.SelectPolled(now, g.id, pollOrder, i, hasDefault));
          int r = chansend(c, sc.value(), false, i);
          return r == OP_DONE ? SelectResult.chose(i, null, false) : SelectResult.PARKED;
        }
      } else if (!c.sendq.isEmpty() || c.qcount > 0 || c.closed) {
        emit(new Event.SelectPolled(now, g.id, pollOrder, i, hasDefault));
        chanrecv(c, false, i);
        return SelectResult.chose(i, recvValue, recvOk);
      }
    }
    // R8.4 default.
    if (hasDefault) {
      emit(new Event.SelectPolled(now, g.id, pollOrder, SelectResult.DEFAULT_CASE, hasDefault));
      return SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
    }
    // R8.5 pass 2: a sudog on every non-nil case's queue (source order), then park as "select".
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Channel ch = cases.get(i).channel();
      if (ch != null && names.indexOf(ch.name + ",") < 0 && !names.toString().endsWith(ch.name)) {
        names.append(names.length() == 0 ? "" : ", ").append(ch.name);
      }
    }
    SelectWait sw = new SelectWait(names.toString());
    for (int i = 0; i < n; i++) {
      SelectCase sc = cases.get(i);
      Hchan c = hchan(sc.channel());
      if (c == null) {
        continue;
      }
      Sudog s = new Sudog(g, c, sc.isSend(), sc.value(), i, sw);
      sw.sudogs.add(s);
      (sc.isSend() ? c.sendq : c.recvq).addLast(s);
      touch(c);
    }
    emit(new Event.SelectPolled(now, g.id, pollOrder, -2, hasDefault));
    if (norder == 0) {
      parkForever(g, WAIT_SELECT);
    } else {
      park(g, WAIT_SELECT, sw, -1, sw.names);
    }
    return SelectResult.PARKED;
  }

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

  /**
   * R14.3/R14.4 lockSlow's loop (GOMAXPROCS=1 never spins; we never spin): barge if unlocked and
   * not starving, else count as a waiter and semacquire (tail first, head on re-waits).
   */
  private boolean lockSlow(G g, LockWait lw) {
    SyncMutex mu = lw.mu;
    while (true) {
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
  private boolean semacquire(G g, LockWait lw) {
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
  private boolean afterSemacquire(G g, LockWait lw) {
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
    return false;
  }

  /** The rest of a Lock for a woken waiter, run before its body's next step; false if it parked again. */
  private boolean lockContinue(G g) {
    LockWait lw = g.lockWait;
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
  private boolean syncContinue(G g) {
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

  /** R5.2 goyield: like Gosched but to this P's LRQ tail. */
  private void goyield(G g, P p) {
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
  private int procresize(int n) {
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
        qm.backedOff = false;
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

  // ---- events and dirty tracking --------------------------------------------------------------

  void emit(Event e) {
    events.accept(e);
  }

  void touch(G g) {
    if (!g.dirty) {
      g.dirty = true;
      dirtyG.add(g);
    }
  }

  void touch(P p) {
    if (!p.dirty) {
      p.dirty = true;
      dirtyP.add(p);
    }
  }

  private void touch(M m) {
    if (!m.dirty) {
      m.dirty = true;
      dirtyM.add(m);
    }
  }

  private void touch(Hchan c) {
    if (!c.dirty) {
      c.dirty = true;
      dirtyC.add(c);
    }
  }

  private void touch(SyncWaitGroup w) {
    if (!w.dirty) {
      w.dirty = true;
      dirtyW.add(w);
    }
  }

  private void touch(SyncMutex mu) {
    if (!mu.dirty) {
      mu.dirty = true;
      dirtyMu.add(mu);
    }
  }

  // ---- snapshots and deltas -------------------------------------------------------------------

  /** The complete state now; builds a record for every entity, so call it sparingly on big programs. */
  public RuntimeSnapshot snapshot() {
    List<RuntimeSnapshot.ProcessorState> ps = new ArrayList<>(allp.length);
    for (P p : allp) {
      ps.add(state(p));
    }
    List<RuntimeSnapshot.MachineState> ms = new ArrayList<>(allm.size());
    for (M m : allm) {
      ms.add(state(m));
    }
    List<RuntimeSnapshot.GoroutineState> gs = new ArrayList<>(allgs.size());
    for (G g : allgs) {
      gs.add(state(g));
    }
    List<RuntimeSnapshot.ChannelState> cs = new ArrayList<>(chans.size());
    for (Hchan c : chans) {
      cs.add(state(c));
    }
    List<RuntimeSnapshot.WaitGroupState> ws = new ArrayList<>(wgs.size());
    for (SyncWaitGroup w : wgs) {
      ws.add(state(w));
    }
    List<RuntimeSnapshot.MutexState> mus = new ArrayList<>(mutexes.size());
    for (SyncMutex mu : mutexes) {
      mus.add(state(mu));
    }
    return new RuntimeSnapshot(now, Collections.unmodifiableList(ps), grqIds(), Collections.unmodifiableList(ms),
        Collections.unmodifiableList(gs), Collections.unmodifiableList(cs), Collections.unmodifiableList(ws),
        Collections.unmodifiableList(mus));
  }

  /** The entities changed since the previous call (or since construction); see {@link RuntimeSnapshot#apply}. */
  public RuntimeDelta takeDelta() {
    DeltaLists lists = new DeltaLists();
    takeDelta(lists);
    return new RuntimeDelta(now, frozen(lists.ps), lists.grq, lists.count, frozen(lists.ms), frozen(lists.gs),
        frozen(lists.cs), frozen(lists.ws), frozen(lists.mus));
  }

  /**
   * Hands the entities changed since the previous delta to {@code sink}, in {@link DeltaSink}'s
   * order, and starts the next delta. The same changes as {@link #takeDelta()}, without building
   * lists: a recorder calls this after every event.
   */
  public void takeDelta(DeltaSink sink) {
    if (cur != null) {
      touch(cur); // a body inside step() may have moved its line or locals since the last delta
    }
    if (resized) {
      sink.processorCount(allp.length);
      resized = false;
    }
    if (!dirtyP.isEmpty()) {
      if (dirtyP.size() > 1) {
        dirtyP.sort((a, b) -> Integer.compare(a.id, b.id)); // new Ps must be appended in id order
      }
      for (int i = 0; i < dirtyP.size(); i++) {
        P p = dirtyP.get(i);
        p.dirty = false;
        if (p.id < allp.length && allp[p.id] == p) {
          RuntimeSnapshot.ProcessorState s = state(p);
          if (!s.equals(p.shown)) {
            p.shown = s;
            sink.processor(s);
          }
        }
      }
      dirtyP.clear();
    }
    if (grqDirty) {
      grqDirty = false;
      sink.globalQueue(grqIds());
    }
    for (int i = 0; i < dirtyM.size(); i++) {
      M m = dirtyM.get(i);
      m.dirty = false;
      if (!shownNow(m)) {
        m.shown = state(m);
        sink.machine(m.shown);
      }
    }
    dirtyM.clear();
    for (int i = 0; i < dirtyG.size(); i++) {
      G g = dirtyG.get(i);
      g.dirty = false;
      reportIfChanged(g, sink);
    }
    dirtyG.clear();
    for (int i = 0; i < dirtyC.size(); i++) {
      Hchan c = dirtyC.get(i);
      c.dirty = false;
      RuntimeSnapshot.ChannelState s = state(c);
      if (!s.equals(c.shown)) {
        c.shown = s;
        sink.channel(s);
      }
    }
    dirtyC.clear();
    for (int i = 0; i < dirtyW.size(); i++) {
      SyncWaitGroup w = dirtyW.get(i);
      w.dirty = false;
      RuntimeSnapshot.WaitGroupState s = state(w);
      if (!s.equals(w.shown)) {
        w.shown = s;
        sink.waitGroup(s);
      }
    }
    dirtyW.clear();
    for (int i = 0; i < dirtyMu.size(); i++) {
      SyncMutex mu = dirtyMu.get(i);
      mu.dirty = false;
      RuntimeSnapshot.MutexState s = state(mu);
      if (!s.equals(mu.shown)) {
        mu.shown = s;
        sink.mutex(s);
      }
    }
    dirtyMu.clear();
  }

  /** Whether {@code m}'s last delta still describes it. */
  private static boolean shownNow(M m) {
    RuntimeSnapshot.MachineState s = m.shown;
    return s != null && s.status() == m.status && s.p() == (m.p == null ? -1 : m.p.id)
        && s.g() == (m.g == null ? -1 : m.g.id);
  }

  /**
   * Hands {@code g}'s state to {@code sink} if it differs from what its last delta carried.
   * Compares field by field: most touched goroutines changed one field or none.
   */
  private static void reportIfChanged(G g, DeltaSink sink) {
    GoroutineBody b = g.body;
    int line = b == null ? 0 : b.line();
    List<Variable> locals = b == null ? List.of() : b.locals();
    int waitingOn = waitingOnId(g);
    String waitingOnName = waitingOnName(g);
    if (g.shownStatus == g.status && g.shownLine == line && g.shownWakeAt == g.wakeAt
        && g.shownWaitingOn == waitingOn && g.shownWaitReason.equals(g.waitReason)
        && g.shownWaitingOnName.equals(waitingOnName)
        && (g.shownLocals == locals || g.shownLocals.equals(locals))) {
      return;
    }
    g.shownStatus = g.status;
    g.shownLine = line;
    g.shownWakeAt = g.wakeAt;
    g.shownWaitingOn = waitingOn;
    g.shownWaitReason = g.waitReason;
    g.shownWaitingOnName = waitingOnName;
    g.shownLocals = locals;
    sink.goroutine(g.id, g.function, g.publicStatus(), g.waitReason, waitingOn, waitingOnName, g.wakeAt, line,
        locals, g.parent, g.system);
  }

  /** Collects a delta into lists for {@link #takeDelta()}. */
  private static final class DeltaLists implements DeltaSink {
    final ArrayList<RuntimeSnapshot.ProcessorState> ps = new ArrayList<>();
    final ArrayList<RuntimeSnapshot.MachineState> ms = new ArrayList<>();
    final ArrayList<RuntimeSnapshot.GoroutineState> gs = new ArrayList<>();
    final ArrayList<RuntimeSnapshot.ChannelState> cs = new ArrayList<>();
    final ArrayList<RuntimeSnapshot.WaitGroupState> ws = new ArrayList<>();
    final ArrayList<RuntimeSnapshot.MutexState> mus = new ArrayList<>();
    List<Integer> grq;
    int count = -1;

    @Override
    public void processorCount(int count) {
      this.count = count;
    }

    @Override
    public void processor(RuntimeSnapshot.ProcessorState p) {
      ps.add(p);
    }

    @Override
    public void globalQueue(List<Integer> ids) {
      grq = ids;
    }

    @Override
    public void machine(RuntimeSnapshot.MachineState m) {
      ms.add(m);
    }

    @Override
    public void goroutine(int id, String function, RuntimeSnapshot.GStatus status, String waitReason, int waitingOn,
        String waitingOnName, long wakeAt, int line, List<Variable> locals, int createdBy, boolean system) {
      gs.add(new RuntimeSnapshot.GoroutineState(id, function, status, waitReason, waitingOn, waitingOnName, wakeAt,
          line, locals, createdBy, system));
    }

    @Override
    public void channel(RuntimeSnapshot.ChannelState c) {
      cs.add(c);
    }

    @Override
    public void waitGroup(RuntimeSnapshot.WaitGroupState w) {
      ws.add(w);
    }

    @Override
    public void mutex(RuntimeSnapshot.MutexState mu) {
      mus.add(mu);
    }
  }

  /** A delta's list in the least memory: a trace keeps one delta per event. */
  private static <T> List<T> frozen(ArrayList<T> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      case 2 -> List.of(list.get(0), list.get(1));
      default -> Collections.unmodifiableList(list);
    };
  }

  private List<Integer> grqIds() {
    return grq.view(G_ID);
  }

  private static final Function<G, Integer> G_ID = g -> g.id;
  /** Built when read, not when parked: a million parked goroutines need no million Waiters (values are immutable). */
  private static final Function<Sudog, RuntimeSnapshot.Waiter> WAITER =
      s -> new RuntimeSnapshot.Waiter(s.g.id, s.isSend ? render(s.value) : "", s.sel != null);

  private static RuntimeSnapshot.ProcessorState state(P p) {
    return new RuntimeSnapshot.ProcessorState(p.id, p.status, p.m == null ? -1 : p.m.id,
        p.curg == null ? -1 : p.curg.id, p.runnext == null ? -1 : p.runnext.id, p.runq.view(G_ID), p.schedtick,
        timerStates(p), p.timers.size() - p.libTimers.size());
  }

  /** The time package's timers of {@code p}'s heap in firing order; the heap itself has no order to show. */
  private static List<RuntimeSnapshot.TimerState> timerStates(P p) {
    if (p.libTimers.isEmpty()) {
      return List.of();
    }
    ArrayList<Timer> sorted = new ArrayList<>(p.libTimers);
    Collections.sort(sorted);
    List<RuntimeSnapshot.TimerState> out = new ArrayList<>(sorted.size());
    for (Timer t : sorted) {
      out.add(new RuntimeSnapshot.TimerState(t.id, t.name, t.kind, t.when, t.period, t.status == Timer.DELETED));
    }
    return Collections.unmodifiableList(out);
  }

  private static RuntimeSnapshot.MachineState state(M m) {
    return new RuntimeSnapshot.MachineState(m.id, m.status, m.p == null ? -1 : m.p.id, m.g == null ? -1 : m.g.id);
  }

  private static RuntimeSnapshot.GoroutineState state(G g) {
    GoroutineBody b = g.body;
    return state(g, b == null ? 0 : b.line(), b == null ? List.of() : b.locals());
  }

  private static RuntimeSnapshot.GoroutineState state(G g, int line, List<Variable> locals) {
    return new RuntimeSnapshot.GoroutineState(g.id, g.function, g.publicStatus(), g.waitReason, waitingOnId(g),
        waitingOnName(g), g.wakeAt, line, locals, g.parent, g.system);
  }

  /** The channel a waiting goroutine is parked on, else -1. */
  private static int waitingOnId(G g) {
    return g.status == G.WAITING && g.waitOn instanceof Hchan c ? c.id : -1;
  }

  /** What a waiting goroutine waits on, by name (channels, select's channels, sync objects), else empty. */
  private static String waitingOnName(G g) {
    if (g.status != G.WAITING) {
      return "";
    }
    if (g.waitOn instanceof Hchan c) {
      return c.name;
    } else if (g.waitOn instanceof SelectWait sw) {
      return sw.names;
    } else if (g.waitOn instanceof SyncWaitGroup w) {
      return w.name;
    } else if (g.waitOn instanceof SyncMutex mu) {
      return mu.name;
    } else if (g.waitOn instanceof SyncRWMutex rw) {
      return rw.name;
    } else if (g.waitOn instanceof SyncCond c) {
      return c.name;
    }
    return "";
  }

  private static RuntimeSnapshot.ChannelState state(Hchan c) {
    c.contents.expose();
    return new RuntimeSnapshot.ChannelState(c.id, c.name, c.elemType, c.cap, null, c.contents.array(),
        c.contents.head(), c.contents.tail(),
        c.recvx, c.sendx, c.closed, c.sendq.view(WAITER), c.recvq.view(WAITER));
  }

  private static RuntimeSnapshot.WaitGroupState state(SyncWaitGroup w) {
    return new RuntimeSnapshot.WaitGroupState(w.id, w.name, w.counter, w.waiters.view(G_ID));
  }

  private static RuntimeSnapshot.MutexState state(SyncMutex mu) {
    return new RuntimeSnapshot.MutexState(mu.id, mu.name, mu.holder, mu.starving, mu.semq.view(G_ID));
  }

  /** Go's %v, with strings quoted as %q; nil is {@code <nil>}. */
  static String render(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (!(v instanceof String s)) {
      return String.valueOf(v);
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            sb.append(String.format("\\x%02x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  // ---- invariants -----------------------------------------------------------------------------

  /** Checks every structural invariant; throws {@link InvariantViolation} naming the G, the states and the time. */
  public void checkInvariants() {
    if (allp.length != gomaxprocs) {
      throw new InvariantViolation("there are " + allp.length + " Ps but GOMAXPROCS is " + gomaxprocs, now);
    }
    int n = allgs.size();
    int[] queued = new int[n];
    int[] running = new int[n];
    int[] waiting = new int[n];
    int[] syscall = new int[n];
    int spinning = 0;
    for (P p : allp) {
      if (p.runqsize() < 0 || p.runqsize() > P.LRQ_SIZE) {
        throw new InvariantViolation("P" + p.id + " has " + p.runqsize() + " Gs in its local queue", now);
      }
      if (p.runnext != null) {
        queued[p.runnext.seq]++;
      }
      for (G g : p.runq) {
        queued[g.seq]++;
      }
      if (p.status == PStatus.RUNNING) {
        if (p.m == null || p.m.p != p) {
          throw new InvariantViolation("P" + p.id + " is _Prunning without an M holding it", now);
        }
        if (p.curg != null) {
          running[p.curg.seq]++;
          if (p.m.g != p.curg) {
            throw new InvariantViolation(p.curg.id, "running on m" + p.m.id,
                "m" + p.m.id + " runs " + (p.m.g == null ? "nothing" : "goroutine " + p.m.g.id), now, "P" + p.id);
          }
        }
      } else if (p.curg != null) {
        throw new InvariantViolation(p.curg.id, "_Grunning on a _Prunning P", "P" + p.id + " " + p.status, now, "");
      }
      if (p.status == PStatus.IDLE && !pidle.contains(p)) {
        throw new InvariantViolation("P" + p.id + " is _Pidle but not on the idle list", now);
      }
    }
    for (P p : pidle) {
      if (p.status != PStatus.IDLE) {
        throw new InvariantViolation("P" + p.id + " is on the idle list but " + p.status, now);
      }
    }
    for (G g : grq) {
      queued[g.seq]++;
    }
    for (M m : allm) {
      if (m.spinning) {
        spinning++;
      }
      if (m.status == MStatus.SYSCALL) {
        if (m.g == null) {
          throw new InvariantViolation("m" + m.id + " is in a syscall without a G", now);
        }
        syscall[m.g.seq]++;
      }
      if (m.p != null && m.p.m != m) {
        throw new InvariantViolation("m" + m.id + " holds P" + m.p.id + " but the P is held by "
            + (m.p.m == null ? "nobody" : "m" + m.p.m.id), now);
      }
    }
    if (spinning != nmspinning) {
      throw new InvariantViolation("nmspinning is " + nmspinning + " but " + spinning + " Ms spin", now);
    }
    for (Hchan c : chans) {
      if (!c.sendq.isEmpty() && !c.recvq.isEmpty() && !sameSelect(c)) {
        throw new InvariantViolation("channel " + c.name + " has both senders and receivers waiting", now);
      }
      if (c.qcount > 0 && !c.recvq.isEmpty()) {
        throw new InvariantViolation("channel " + c.name + " holds " + c.qcount + " values with receivers waiting", now);
      }
      if (c.qcount < 0 || c.qcount > c.cap) {
        throw new InvariantViolation("channel " + c.name + " holds " + c.qcount + " of " + c.cap, now);
      }
      if (c.contents.size() != c.qcount) {
        throw new InvariantViolation("channel " + c.name + " shows " + c.contents.size() + " buffered values but holds "
            + c.qcount, now);
      }
      int k = 0;
      for (Object shown : c.contents) {
        Object held = c.buf[(c.recvx + k++) % c.cap];
        // A rendered value stands for one that may have changed in place since; only kept values compare.
        if (!BufferedValues.isRendered(shown) && !Objects.equals(shown, held)) {
          throw new InvariantViolation("channel " + c.name + " shows " + BufferedValues.FORMAT.apply(shown) + " at buffer position "
              + (k - 1) + " but holds " + render(held), now);
        }
      }
      if (!c.sendq.isEmpty() && c.qcount < c.cap) {
        throw new InvariantViolation("channel " + c.name + " has senders waiting with buffer space", now);
      }
      if (c.closed && !(c.sendq.isEmpty() && c.recvq.isEmpty())) {
        throw new InvariantViolation("closed channel " + c.name + " has waiters", now);
      }
      for (Sudog s : c.recvq) {
        waitCount(waiting, s);
      }
      for (Sudog s : c.sendq) {
        waitCount(waiting, s);
      }
    }
    for (SyncWaitGroup w : wgs) {
      for (G g : w.waiters) {
        waiting[g.seq]++;
      }
    }
    for (SyncMutex mu : mutexes) {
      for (G g : mu.semq) {
        waiting[g.seq]++;
      }
    }
    for (SyncRWMutex rw : rwmutexes) {
      for (G g : rw.readerSem.waiters) {
        waiting[g.seq]++;
      }
      for (G g : rw.writerSem.waiters) {
        waiting[g.seq]++;
      }
    }
    for (SyncCond c : conds) {
      for (G g : c.waiters) {
        waiting[g.seq]++;
      }
    }
    for (P p : allp) {
      for (Timer t : p.timers) {
        if (t.isSleep()) {
          waiting[t.g.seq]++;
        }
      }
    }
    for (G g : allgs) {
      int i = g.seq;
      String where = "queued " + queued[i] + ", running " + running[i] + ", waiting " + waiting[i]
          + ", syscall " + syscall[i];
      boolean ok = switch (g.status) {
        case G.RUNNABLE -> queued[i] == 1 && running[i] + waiting[i] + syscall[i] == 0;
        case G.RUNNING -> running[i] == 1 && queued[i] + waiting[i] + syscall[i] == 0;
        case G.WAITING -> queued[i] + running[i] + syscall[i] == 0
            && waiting[i] == (g.waitOn == G.FOREVER ? 0 : 1);
        case G.SYSCALL -> syscall[i] == 1 && queued[i] + running[i] + waiting[i] == 0;
        default -> queued[i] + running[i] + waiting[i] + syscall[i] == 0;
      };
      if (!ok) {
        throw new InvariantViolation(g.id, G.statusName(g.status) + " in exactly one matching place",
            where, now, g.function);
      }
    }
  }

  private static boolean sameSelect(Hchan c) {
    G g = c.sendq.peekFirst().g;
    for (Sudog s : c.sendq) {
      if (s.sel == null || s.g != g) {
        return false;
      }
    }
    for (Sudog s : c.recvq) {
      if (s.sel == null || s.g != g) {
        return false;
      }
    }
    return true;
  }

  private static void waitCount(int[] waiting, Sudog s) {
    // A select counts once, on its first sudog.
    if (s.sel == null || s.sel.sudogs.get(0) == s) {
      waiting[s.g.seq]++;
    }
  }

  // ---- the operations bodies call -------------------------------------------------------------

  /** The code of a runtime goroutine: runfinq runs once and parks; the others never run. */
  private final class RuntimeBody implements GoroutineBody {
    private final String function;

    RuntimeBody(String function) {
      this.function = function;
    }

    @Override
    public long step(GoOps o) {
      parkForever(cur, WAIT_FINALIZER);
      return RUNFINQ_STEP_NANOS;
    }

    @Override
    public String function() {
      return function;
    }

    @Override
    public int line() {
      return 0;
    }

    @Override
    public List<Variable> locals() {
      return List.of();
    }
  }

  private static final Resumption NOTHING_TO_RESUME = new Resumption(null, false, -1);

  private final class Ops implements GoOps {

    @Override
    public int mapIterationStart(int entries) {
      return choose(Chooser.ChoicePoint.MAP_ITERATION, entries);
    }

    /** True when the caller may act: a body calls ops only while running; after the end they do nothing. */
    private boolean live(String op) {
      if (ended) {
        return false;
      }
      if (cur == null || cur.status != G.RUNNING) {
        throw new IllegalStateException("GoOps." + op + " called "
            + (cur == null ? "outside a step" : "by goroutine " + cur.id + " after it parked or yielded")
            + "; a body must return from step() once an operation parks");
      }
      return true;
    }

    @Override
    public int self() {
      return cur.id;
    }

    @Override
    public long now() {
      return now;
    }

    @Override
    public int go(GoroutineBody body, int line) {
      if (!live("go")) {
        return -1;
      }
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

    @Override
    public Channel makeChannel(String name, String elemType, int capacity, Object zero) {
      if (capacity < 0) {
        throw new IllegalArgumentException("channel capacity must be >= 0, was " + capacity);
      }
      Hchan c = new Hchan(chans.size(), name, elemType, capacity, zero);
      chans.add(c);
      touch(c);
      if (!ended) {
        emit(new Event.ChannelMade(now, c.id, name, elemType, capacity, cur == null ? -1 : cur.id));
      }
      return new Channel(c.id, name);
    }

    @Override
    public OpResult send(Channel ch, Object value) {
      if (!live("send")) {
        return OpResult.PARKED;
      }
      return chansend(hchan(ch), value, true, -1) == OP_DONE ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public RecvResult receive(Channel ch) {
      if (!live("receive")) {
        return RecvResult.PARKED;
      }
      return chanrecv(hchan(ch), true, -1) == OP_DONE ? RecvResult.received(recvValue, recvOk) : RecvResult.PARKED;
    }

    @Override
    public void close(Channel ch) {
      if (live("close")) {
        closechan(hchan(ch));
      }
    }

    @Override
    public int len(Channel ch) {
      return ch == null ? 0 : chans.get(ch.id).qcount; // R7.6
    }

    @Override
    public int cap(Channel ch) {
      return ch == null ? 0 : chans.get(ch.id).cap; // R7.6
    }

    @Override
    public SelectResult select(List<SelectCase> cases, boolean hasDefault) {
      if (!live("select")) {
        return SelectResult.PARKED;
      }
      return selectgo(cases, hasDefault);
    }

    @Override
    public OpResult sleep(long nanos) {
      if (!live("sleep")) {
        return OpResult.PARKED;
      }
      if (nanos <= 0) {
        return OpResult.DONE; // R9.1: no yield
      }
      // R9.1: the G's timer goes into the current P's heap, then it parks as "sleep".
      G g = cur;
      P p = curP;
      long when = later(now, nanos); // R9.1 timeSleep: past the clock's end, maxWhen
      Timer t = Timer.sleep(g, when);
      g.wakeAt = when;
      park(g, WAIT_SLEEP, t, -1, "");
      emit(new Event.SleepStarted(now, g.id, p.id, when));
      timers.addtimer(t, p); // resetForSleep, run as park's unlock function
      return OpResult.PARKED;
    }

    /** time.when: d <= 0 is now; a sum past the largest time is maxWhen. */
    private long when(long nanos) {
      if (nanos <= 0) {
        return now;
      }
      long t = now + nanos;
      return t < 0 ? Long.MAX_VALUE : t;
    }

    @Override
    public RuntimeTimer startTimer(String name, long nanos, long periodNanos, Channel ch,
        java.util.function.LongFunction<Object> timeValue) {
      Timer t = Timer.sendTime(timerById.size(), name, periodNanos > 0 ? Event.TimerKind.TICKER : Event.TimerKind.TIMER,
          hchan(ch), timeValue);
      t.period = Math.max(0, periodNanos);
      return start(t, nanos);
    }

    @Override
    public RuntimeTimer afterFunc(String name, long nanos, java.util.function.Supplier<GoroutineBody> body) {
      return start(Timer.goFunc(timerById.size(), name, body), nanos);
    }

    private RuntimeTimer start(Timer t, long nanos) {
      timerById.add(t);
      if (!live("startTimer")) {
        return new RuntimeTimer(t.id, t.name);
      }
      t.when = when(nanos);
      emit(new Event.TimerStarted(now, cur.id, curP.id, t.id, t.name, t.kind, t.when, t.period));
      timers.addtimer(t, curP); // time.startTimer -> addtimer, on the caller's P
      return new RuntimeTimer(t.id, t.name);
    }

    @Override
    public boolean stopTimer(RuntimeTimer handle) {
      if (!live("stopTimer")) {
        return false;
      }
      Timer t = timerById.get(handle.id);
      boolean active = timers.deltimer(t);
      emit(new Event.TimerStopped(now, cur.id, t.id, t.name, active));
      return active;
    }

    @Override
    public boolean resetTimer(RuntimeTimer handle, long nanos, long periodNanos) {
      if (!live("resetTimer")) {
        return false;
      }
      Timer t = timerById.get(handle.id);
      long w = when(nanos);
      boolean active = timers.modtimer(t, w, Math.max(0, periodNanos), curP);
      emit(new Event.TimerReset(now, cur.id, t.pp.id, t.id, t.name, w, t.period, active));
      return active;
    }

    @Override
    public OpResult gosched() {
      if (!live("gosched")) {
        return OpResult.PARKED;
      }
      // R5.1: to the GRQ tail, then schedule().
      G g = cur;
      P p = curP;
      casgstatus(g, G.RUNNING, G.RUNNABLE);
      p.curg = null;
      p.m.g = null;
      touch(p);
      touch(p.m);
      grq.addLast(g);
      grqDirty = true;
      emit(new Event.GoroutineYielded(now, g.id, p.id));
      return OpResult.PARKED;
    }

    @Override
    public OpResult syscall(long nanos) {
      if (!live("syscall")) {
        return OpResult.PARKED;
      }
      entersyscall(cur, curP, nanos);
      return OpResult.PARKED;
    }

    @Override
    public WaitGroup makeWaitGroup(String name) {
      SyncWaitGroup w = new SyncWaitGroup(wgs.size(), name);
      wgs.add(w);
      touch(w);
      return new WaitGroup(w.id, name);
    }

    @Override
    public void waitGroupAdd(WaitGroup wg, int delta) {
      if (!live("waitGroupAdd")) {
        return;
      }
      SyncWaitGroup w = wgs.get(wg.id);
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

    @Override
    public OpResult waitGroupWait(WaitGroup wg) {
      if (!live("waitGroupWait")) {
        return OpResult.PARKED;
      }
      SyncWaitGroup w = wgs.get(wg.id);
      if (w.counter == 0) {
        return OpResult.DONE;
      }
      w.waiters.addLast(cur);
      touch(w);
      park(cur, WAIT_SEMACQUIRE, w, -1, w.name);
      return OpResult.PARKED;
    }

    @Override
    public Mutex makeMutex(String name) {
      SyncMutex mu = new SyncMutex(mutexes.size(), name);
      mutexes.add(mu);
      touch(mu);
      return new Mutex(mu.id, name);
    }

    @Override
    public OpResult lock(Mutex mu) {
      if (!live("lock")) {
        return OpResult.PARKED;
      }
      return GoRuntime.this.lock(mutexes.get(mu.id)) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public OpResult unlock(Mutex mu) {
      if (!live("unlock")) {
        return OpResult.PARKED;
      }
      return GoRuntime.this.unlock(mutexes.get(mu.id)) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public RWMutex makeRWMutex(String name) {
      SyncMutex w = new SyncMutex(mutexes.size(), name + ".w");
      mutexes.add(w);
      touch(w);
      SyncRWMutex rw = new SyncRWMutex(rwmutexes.size(), name, w);
      rwmutexes.add(rw);
      return new RWMutex(rw.id, name);
    }

    @Override
    public OpResult rlock(RWMutex handle) {
      if (!live("rlock")) {
        return OpResult.PARKED;
      }
      return sema.rlock(cur, rwmutexes.get(handle.id)) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public void runlock(RWMutex handle) {
      if (live("runlock")) {
        sema.runlock(cur, rwmutexes.get(handle.id), curP);
      }
    }

    @Override
    public OpResult rwlock(RWMutex handle) {
      if (!live("rwlock")) {
        return OpResult.PARKED;
      }
      G g = cur;
      SyncRWMutex rw = rwmutexes.get(handle.id);
      // First the writers' Mutex; if Lock parks, the announcement follows when it is held.
      g.syncWait = new SyncWait(SyncWait.RW_WAIT_READERS, null, null, rw, null, 0);
      if (!GoRuntime.this.lock(rw.w)) {
        return OpResult.PARKED;
      }
      g.syncWait = null;
      return sema.lockAnnounce(g, rw) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public OpResult rwunlock(RWMutex handle) {
      if (!live("rwunlock")) {
        return OpResult.PARKED;
      }
      return sema.unlock(cur, rwmutexes.get(handle.id), curP) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public Cond makeCond(String name) {
      SyncCond c = new SyncCond(conds.size(), name);
      conds.add(c);
      return new Cond(c.id, name);
    }

    @Override
    public OpResult condWait(Cond handle, Mutex l) {
      if (!live("condWait")) {
        return OpResult.PARKED;
      }
      G g = cur;
      SyncCond c = conds.get(handle.id);
      SyncMutex mu = mutexes.get(l.id);
      int t = sema.notifyListAdd(c);
      if (!GoRuntime.this.unlock(mu)) {
        if (!ended) {
          // Unlock handed the mutex over and yielded (R14.4): wait on the list when running again.
          g.syncWait = new SyncWait(SyncWait.COND_WAIT, null, mu, null, c, t);
        }
        return OpResult.PARKED;
      }
      if (!sema.notifyListWait(g, c, t, new SyncWait(SyncWait.COND_RELOCK, null, mu, null, c, t))) {
        return OpResult.PARKED;
      }
      return GoRuntime.this.lock(mu) ? OpResult.DONE : OpResult.PARKED;
    }

    @Override
    public void condSignal(Cond handle) {
      if (live("condSignal")) {
        sema.notifyOne(cur, conds.get(handle.id), curP);
      }
    }

    @Override
    public void condBroadcast(Cond handle) {
      if (live("condBroadcast")) {
        sema.notifyAll(cur, conds.get(handle.id), curP);
      }
    }

    @Override
    public void print(String text) {
      if (live("print")) {
        emit(new Event.Output(now, cur.id, text));
      }
    }

    @Override
    public int numGoroutine() {
      return userLive;
    }

    @Override
    public int gomaxprocs(int n) {
      if (!live("gomaxprocs")) {
        return gomaxprocs;
      }
      return procresize(n);
    }

    @Override
    public void exit() {
      if (!live("exit")) {
        return;
      }
      if (cur == mainG) {
        // R12.1: main returning exits the process at once; other goroutines are simply gone.
        end(EndReason.MAIN_RETURNED, 0, "");
        return;
      }
      GoRuntime.this.goexit(cur, curP);
    }

    @Override
    public void osExit(int code) {
      if (live("osExit")) {
        // os.Exit calls exit_group: the status the parent sees is the low byte of the code.
        end(EndReason.OS_EXIT, code & 0xff, "");
      }
    }

    @Override
    public void goexit() {
      if (live("goexit")) {
        GoRuntime.this.goexit(cur, curP);
      }
    }

    @Override
    public void markChanged(int g) {
      if (g >= 0 && g < byId.length && byId[g] != null) {
        touch(byId[g]);
      }
    }

    @Override
    public void fatal(String message, String prefix) {
      if (live("fatal")) {
        GoRuntime.this.fatal(message, prefix);
      }
    }

    @Override
    public void stopAtLimit(EndReason reason, String note) {
      if (live("stopAtLimit")) {
        end(reason, -1, note);
      }
    }

    @Override
    public void panic(String message) {
      if (live("panic")) {
        panicNow(message);
      }
    }

    @Override
    public Resumption resumption() {
      G g = cur;
      // A woken Lock, Wait or sleep carries nothing: one shared record serves them all.
      boolean panics = g.resPanic;
      Resumption r = g.resValue == null && !g.resOk && g.resCase == -1
          ? NOTHING_TO_RESUME
          : new Resumption(g.resValue, g.resOk, g.resCase);
      g.resValue = null;
      g.resOk = false;
      g.resCase = -1;
      g.resPanic = false;
      if (panics && !ended) {
        throw new GoRuntimePanic(SEND_ON_CLOSED); // R7.2 step 5 / R8.7: a sender woken by close panics
      }
      return r;
    }
  }
}
