package dev.gorolab.model;

import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.Event.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The runtime's globals, as runtime2.go declares them: {@code sched} (the global run queue, idle
 * Ps and Ms, {@code nmspinning}, {@code goidgen}), {@code allp}, {@code allm}, {@code allgs}, the
 * goroutine being stepped and its P; with panic.go's ways to end the run and the bookkeeping that
 * tells the trace what changed. The rules live in the subclasses, one per file of Go's runtime:
 * {@link Proc} (proc.go), {@link Syscall} (proc.go's syscalls and sysmon), {@link Chan} (chan.go),
 * {@link Select} (select.go), {@link SyncPackage} (sync/mutex.go on sema.go); {@link Timers} is
 * time.go and {@link Sema} sema.go. Engine thread only.
 */
abstract sealed class RuntimeState permits Proc {

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

  final RuntimeConfig config;
  final Chooser chooser;
  final EventSink events;
  /** Whether the chooser explores the timing of parallel Ps and, further, any interleaving. */
  final boolean exploreTiming;
  final boolean exploreGoroutines;
  /**
   * While exploring: the P whose goroutine is in the middle of a run of local steps, and that
   * goroutine. No other goroutine is tried before the run ends with a step that touches shared
   * state (see {@link #nextStepper}).
   */
  P chunkP;
  G chunkG;

  long now;
  P[] allp;
  int gomaxprocs;
  final SharedQueue<G> grq = new SharedQueue<>();
  final ArrayDeque<P> pidle = new ArrayDeque<>();
  final ArrayList<M> allm = new ArrayList<>();
  final ArrayDeque<M> midle = new ArrayDeque<>();
  int nmspinning;
  final ArrayList<M> inSyscall = new ArrayList<>();
  M netpollM;

  final ArrayList<G> allgs = new ArrayList<>();
  G[] byId = new G[64];
  int nextSlot;
  final IntStack globalGFree = new IntStack();
  long goidgen;
  /** The runtime timers of runtime/time.go, on the Ps' heaps. */
  final Timers timers;
  /** The durations drawn at GOMAXPROCS > 1 (M start-up, step costs). */
  final ParallelTiming timing;
  /** The time package's timers by {@link RuntimeTimer} id. */
  final ArrayList<Timer> timerById = new ArrayList<>();
  int userLive;
  int totalLive;
  G mainG;

  static final Function<G, Integer> G_ID = g -> g.id;

  final ArrayList<Hchan> chans = new ArrayList<>();
  final ArrayList<SyncWaitGroup> wgs = new ArrayList<>();
  final ArrayList<SyncMutex> mutexes = new ArrayList<>();
  final ArrayList<SyncRWMutex> rwmutexes = new ArrayList<>();
  final ArrayList<SyncCond> conds = new ArrayList<>();
  /** Semaphores, notify lists, RWMutex and Cond (runtime/sema.go, sync/rwmutex.go, sync/cond.go). */
  final Sema sema;
  /** os.Stdout's write lock and write syscall (internal/poll), used while timing varies (R16.1). */
  final PollFd stdout;

  // Dirty tracking for takeDelta(): each entity is listed once until the next delta.
  final ArrayList<G> dirtyG = new ArrayList<>();
  final ArrayList<P> dirtyP = new ArrayList<>();
  final ArrayList<M> dirtyM = new ArrayList<>();
  final ArrayList<Hchan> dirtyC = new ArrayList<>();
  final ArrayList<SyncWaitGroup> dirtyW = new ArrayList<>();
  final ArrayList<SyncMutex> dirtyMu = new ArrayList<>();
  boolean grqDirty;
  boolean resized;

  boolean started;
  boolean ended;
  EndReason endReason;
  int exitCode;
  String stderr = "";

  // The goroutine being stepped and its P; ops act for them.
  G cur;
  P curP;

  // Results passed out of chanrecv/stealWork without allocating.
  Object recvValue;
  boolean recvOk;
  G stolenG;
  boolean stolenInherit;
  Source stolenSource;
  Event stolenEvent;
  IntList overflowMoved;
  P overflowP;


  /**
   * {@code t + d} on the virtual clock, never past its end: time.go's timeSleep sets
   * {@code when = nanotime() + ns} and, when that overflows, {@code maxWhen} (1<<63 - 1), so that
   * {@code time.Sleep(math.MaxInt64)} sleeps until the end of time instead of waking in the past.
   */
  static long later(long t, long d) {
    long sum = t + d;
    return d > 0 && sum < t ? Long.MAX_VALUE : sum;
  }

  // ---- the end --------------------------------------------------------------------------------

  void end(EndReason reason, int code, String err) {
    ended = true;
    endReason = reason;
    exitCode = code;
    stderr = err;
    emit(new Event.ProgramEnded(now, code, reason));
  }

  /** R12.3: an unrecovered panic prints the value and the panicking goroutine's header, exit 2. */
  void panicNow(String message) {
    panicNow(message, null);
  }

  /**
   * The signal line Go prints after a panic that began as a nil dereference (dopanic_m). GoroLab
   * has no program counter: pc is printed as 0x0 where Go prints the faulting instruction's.
   */
  static final String SIGSEGV_LINE = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

  /** R12.3 with {@code signal}, the line printed after the panic's value (null: none). */
  void panicNow(String message, String signal) {
    String report = "panic: " + message + "\n" + (signal == null ? "" : signal + "\n") + "\ngoroutine " + cur.id
        + " [running]:\n";
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

  void touch(M m) {
    if (!m.dirty) {
      m.dirty = true;
      dirtyM.add(m);
    }
  }

  void touch(Hchan c) {
    if (!c.dirty) {
      c.dirty = true;
      dirtyC.add(c);
    }
  }

  void touch(SyncWaitGroup w) {
    if (!w.dirty) {
      w.dirty = true;
      dirtyW.add(w);
    }
  }

  void touch(SyncMutex mu) {
    if (!mu.dirty) {
      mu.dirty = true;
      dirtyMu.add(mu);
    }
  }

  RuntimeState(RuntimeConfig config, Chooser chooser, Consumer<Event> events) {
    this.config = config;
    this.chooser = chooser;
    this.events = EventSink.of(events);
    this.exploreTiming = chooser.offers(Chooser.ChoicePoint.PROCESSOR_ORDER)
        || chooser.offers(Chooser.ChoicePoint.NEXT_GOROUTINE);
    this.exploreGoroutines = chooser.offers(Chooser.ChoicePoint.NEXT_GOROUTINE);
    this.timing = new ParallelTiming(chooser, exploreTiming);
    this.timers = new Timers((GoRuntime) this); // the one subclass (sealed)
    this.sema = new Sema((GoRuntime) this);
    this.stdout = new PollFd((GoRuntime) this);
  }
}
