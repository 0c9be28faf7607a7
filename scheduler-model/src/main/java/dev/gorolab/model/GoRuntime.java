package dev.gorolab.model;

import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Go's M:N runtime (go1.19) as a discrete-event simulation over one virtual clock.
 *
 * <p>Each rule of docs/go-runtime-rules.md is applied in exactly one place, marked with a comment
 * naming it, in the file a reader of Go's runtime would look in: {@link Proc} (proc.go: newproc,
 * run queues, gopark/goready, wakep/startm/stopm, schedule/findRunnable, stealing, checkdead,
 * procresize), {@link Syscall} (entersyscall/exitsyscall, handoffp, sysmon's retake), {@link Chan}
 * (chan.go), {@link Select} (select.go), {@link SyncPackage} (sync/mutex.go, sync/waitgroup.go),
 * {@link Sema} (sema.go, rwmutex.go, cond.go) and {@link Timers} (time.go); {@link RuntimeState}
 * holds the globals of runtime2.go. This class is the public face: start, the event loop
 * ({@link #advance()}, sysmon's and the Ms' actions in time order), snapshots, deltas, invariants
 * and the operations bodies call. Engine thread only: not thread-safe, and bodies run inside
 * {@link #advance()}. See the package documentation for the design and the cost model.
 */
public final class GoRuntime extends SyncPackage {

  // Kinds of scheduled actions, in their tie-break priority at equal times.
  private static final int K_SYSCALL_EXIT = 0;
  private static final int K_RETAKE = 1;
  private static final int K_NETPOLL = 2;
  private static final int K_SCHEDULE = 3;
  private static final int K_STEP = 4;

  private final Ops ops = new Ops();

  @Override
  GoOps ops() {
    return ops;
  }

  /** Creates a runtime with {@code config.gomaxprocs()} idle Ps and m0; call {@link #start} next. */
  public GoRuntime(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    super(config, chooser, events);
    this.gomaxprocs = config.gomaxprocs();
    this.allp = new P[gomaxprocs];
    for (int i = 0; i < gomaxprocs; i++) {
      allp[i] = new P(i);
      touch(allp[i]);
    }
    newM();
  }

  // ---- public API -----------------------------------------------------------------------------

  /**
   * R1.7: m0 takes P0; main (1) goes into P0's runnext and starts; running as runtime.main it
   * starts the runtime goroutines, parked (ids 2–4), and runfinq (5), left in P0's runnext when
   * configured. Events come in that order and each snapshot shows exactly what its event says,
   * so a class stepping through the start sees main where the sentence puts it.
   */
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
    touch(p0);
    touch(m0);
    emit(new Event.MachineStarted(now, m0.id, p0.id, true, false));
    // R2.2: rt0_go's newproc puts main into P0's runnext; m0's first schedule() takes it from there.
    mainG = newG(main, -1, false, p0, main.function());
    p0.runnext = mainG;
    touch(p0);
    emit(new Event.GoroutineCreated(now, mainG.id, mainG.function, -1, 0, main.line(), -1, false));
    p0.runnext = null;
    casgstatus(mainG, G.RUNNABLE, G.RUNNING);
    p0.curg = mainG;
    m0.g = mainG;
    p0.schedtick = config.initialSchedTick(); // R3.4: the tick main starts with is a parameter
    p0.sliceRan = 0;
    p0.nextAt = now;
    touch(p0);
    touch(m0);
    events.goroutineStarted(now, mainG.id, 0, m0.id, Source.PROGRAM_START, true, p0.schedtick);
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
      events.goroutineBlocked(now, g.id, 0, s[1], -1, "");
    }
    if (gomaxprocs > 1) {
      // R3.7 with parallel Ps: gcenable's `go bgsweep()` called wakep, whose startm made an M
      // (newm) that spun, found nothing and parked on midle. The program's first wakep wakes that
      // M (notewakeup) instead of creating one. proc.go startm/mget, mgc.go gcenable (go1.19).
      M spare = newM();
      spare.status = MStatus.IDLE;
      spare.startupSpare = true;
      midle.addFirst(spare);
      emit(new Event.MachineParked(now, spare.id));
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
    } else if (g.waitOn instanceof PollFd) {
      return PollFd.STDOUT;
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
    for (G g : stdout.wsema.waiters) {
      waiting[g.seq]++;
    }
    if (stdout.waiters != stdout.wsema.waiters.size()) {
      throw new InvariantViolation(PollFd.STDOUT + " counts " + stdout.waiters + " waiting writers but "
          + stdout.wsema.waiters.size() + " are parked", now);
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
      return live("go") ? newproc(body, line) : -1;
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
      return timers.timeSleep(cur, curP, nanos) ? OpResult.PARKED : OpResult.DONE;
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
      if (live("gosched")) {
        goschedImpl(cur, curP);
      }
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
      if (live("waitGroupAdd")) {
        GoRuntime.this.waitGroupAdd(wgs.get(wg.id), delta);
      }
    }

    @Override
    public OpResult waitGroupWait(WaitGroup wg) {
      if (!live("waitGroupWait")) {
        return OpResult.PARKED;
      }
      return GoRuntime.this.waitGroupWait(wgs.get(wg.id)) ? OpResult.DONE : OpResult.PARKED;
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
      if (!live("print")) {
        return;
      }
      if (timing.varies(config.gomaxprocs(), gomaxprocs)) {
        stdout.write(cur, text); // R16.1: then the fd's write lock and a write syscall
      } else {
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
    public void panicFromSignal(String message) {
      if (live("panic")) {
        panicNow(message, SIGSEGV_LINE);
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