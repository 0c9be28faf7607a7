package dev.gorolab.model;

import java.util.List;

/**
 * Everything the model decides, as immutable records in the order it decided them. The UI
 * animates and narrates these and nothing else, so each record carries every fact the audience
 * is told: who, where from, where to, and which rule. Ids are Go's: goroutine ids ({@code g}),
 * P ids ({@code p}, 0-based), M ids ({@code m}, m0 is 0), channel ids ({@code ch}); {@code -1}
 * means none. {@code time} is virtual nanoseconds.
 */
public sealed interface Event {

  long time();

  /** Where a runnable goroutine was put. */
  enum Place {
    RUNNEXT,
    LOCAL_QUEUE,
    GLOBAL_QUEUE
  }

  /** Where {@code schedule()} found the goroutine it runs (R3.1). */
  enum Source {
    /** R3.1 step 3: the 1-in-61 fairness check took it from the global queue. */
    GLOBAL_FAIRNESS,
    /** R3.1 step 4: runnext, inheriting the time slice (R3.3). */
    RUNNEXT,
    /** R3.1 step 4: the local run queue head. */
    LOCAL_QUEUE,
    /** R3.2: the first of a global-queue batch. */
    GLOBAL_BATCH,
    /** R3.5: the last goroutine of a steal. */
    STOLEN,
    /** R10.3: back from a syscall, keeping or acquiring a P. */
    SYSCALL_EXIT,
    /** Main starting on P0 at program start (R1.7). */
    PROGRAM_START
  }

  // ---- goroutines and run queues -------------------------------------------------------------

  /** R2.2 {@code go f()}: {@code g} created by {@code parent} on {@code p} into runnext; {@code displaced} (or -1) went to the local queue tail. */
  record GoroutineCreated(long time, int g, String function, int parent, int p, int line, int displaced, boolean system)
      implements Event {}

  /** R2.3: the local queue of {@code p} was full; {@code moved} (128 oldest + the one being added) went to the global queue tail. */
  record LocalQueueOverflow(long time, int p, List<Integer> moved) implements Event {}

  /** R3.1/R3.3: {@code p} (on {@code m}) starts running {@code g} found at {@code source}; {@code newSlice} is false when it inherits the time slice. */
  record GoroutineStarted(long time, int g, int p, int m, Source source, boolean newSlice, int schedtick)
      implements Event {}

  /** R3.2: {@code p} took {@code taken} from the global queue: runs the first, {@code toLocal} appended to its local queue. */
  record GlobalQueueBatch(long time, int p, int taken, List<Integer> toLocal) implements Event {}

  /** R3.5: {@code thief} stole {@code stolen} (head first) from {@code victim}'s local queue (and runnext when {@code fromRunnext}). */
  record Stolen(long time, int thief, int victim, List<Integer> stolen, boolean fromRunnext, int round)
      implements Event {}

  /** R6.2: {@code g} was made runnable by {@code waker} (-1 for a timer or the runtime) into {@code place} of {@code p}; {@code displaced} went to the local queue tail. */
  record GoroutineReadied(long time, int g, int waker, int p, Place place, int displaced, String because)
      implements Event {}

  /** R6.1: {@code g} parks with Go's wait reason (R1.3); {@code object} names what it waits on (channel, WaitGroup, Mutex) or is empty. */
  record GoroutineBlocked(long time, int g, int p, String waitReason, int ch, String object) implements Event {}

  /** R5.1: {@code g} called Gosched and went to the global queue tail. */
  record GoroutineYielded(long time, int g, int p) implements Event {}

  /** R5.2 {@code goyield}: {@code g} went to the local queue tail of {@code p} (a starving Mutex's hand-off, R14.4). */
  record GoroutineYieldedToLocalQueue(long time, int g, int p) implements Event {}

  /** R4.1/R4.3: {@code g} ran {@code ranNanos} on one slice and was preempted to the global queue tail. */
  record GoroutinePreempted(long time, int g, int p, long ranNanos) implements Event {}

  /** {@code g} returned from its function and is dead. */
  record GoroutineExited(long time, int g, int p) implements Event {}

  // ---- Ms and Ps ------------------------------------------------------------------------------

  /** R3.7: {@code m} (new when {@code created}) was started for {@code p}, spinning or not. */
  record MachineStarted(long time, int m, int p, boolean created, boolean spinning) implements Event {}

  /** R3.6: {@code m} found no work and parked on the idle M list. */
  record MachineParked(long time, int m) implements Event {}

  /** R3.6 step 4: {@code m} found no work and blocks in netpoll until {@code wakeAt}, for the earliest timer. */
  record MachineNetpollBlocked(long time, int m, long wakeAt) implements Event {}

  /** R3.6: {@code p} found no work and went to the idle P list. */
  record ProcessorIdle(long time, int p, int m) implements Event {}

  /** {@code runtime.GOMAXPROCS(n)} changed the number of Ps. */
  record ProcessorsResized(long time, int from, int to) implements Event {}

  // ---- timers ---------------------------------------------------------------------------------

  /** R9.1: {@code g} sleeps until {@code wakeAt} on {@code p}'s timer heap. */
  record SleepStarted(long time, int g, int p, long wakeAt) implements Event {}

  /** R9.2/R9.3: {@code g}'s timer fired on {@code p}; the wake itself follows as a {@link GoroutineReadied}. */
  record TimerFired(long time, int g, int p, long due) implements Event {}

  /** What a runtime timer does when it fires (runtime/time.go's {@code t.f}). */
  enum TimerKind {
    /** {@code time.NewTimer} / {@code time.After}: {@code sendTime}, once. */
    TIMER,
    /** {@code time.NewTicker} / {@code time.Tick}: {@code sendTime} every period. */
    TICKER,
    /** {@code time.AfterFunc}: {@code goFunc} starts {@code f} in a new goroutine. */
    AFTER_FUNC
  }

  /** What a firing timer's function did. */
  enum TimerDelivery {
    /** sendTime found a receiver waiting on the channel and handed it the time directly. */
    HANDED_TO_RECEIVER,
    /** sendTime put the time into the channel's one-slot buffer. */
    BUFFERED,
    /** sendTime found the buffer full and dropped the value (its send never blocks). */
    DROPPED,
    /** goFunc started the AfterFunc goroutine. */
    STARTED_GOROUTINE
  }

  /** runtime/time.go addtimer (R9.2): {@code g} started runtime timer {@code timer} on {@code p}'s heap, due at {@code when}. */
  record TimerStarted(long time, int g, int p, int timer, String name, TimerKind kind, long when, long period)
      implements Event {}

  /** runtime/time.go deltimer: {@code g} stopped {@code timer}; {@code wasActive} is what Stop returns. */
  record TimerStopped(long time, int g, int timer, String name, boolean wasActive) implements Event {}

  /** runtime/time.go modtimer: {@code g} reset {@code timer} to fire at {@code when}; {@code wasActive} is what Reset returns. */
  record TimerReset(long time, int g, int p, int timer, String name, long when, long period, boolean wasActive)
      implements Event {}

  /**
   * runtime/time.go runOneTimer (R9.3): {@code timer} (due at {@code due}) fired on {@code p}'s heap; {@code g} is the
   * receiver it woke or the goroutine it started, else -1; {@code ch} its channel, else -1.
   */
  record TimerExpired(long time, int p, int timer, String name, long due, TimerKind kind, TimerDelivery delivery,
      int g, int ch) implements Event {}

  /** What an {@link RWMutexChanged} did (go1.19 sync/rwmutex.go). */
  enum RWMutexOp {
    /** RLock: one more reader (it waits on readerSem if a writer is pending). */
    RLOCK,
    /** RUnlock: one reader fewer (the last one a pending writer waits for wakes it). */
    RUNLOCK,
    /** Lock: the writer holds the writers' Mutex and announced itself; it waits for the readers inside. */
    LOCK_WAITS_FOR_READERS,
    /** Lock: the writer holds the RWMutex. */
    LOCK,
    /** Unlock: the writer leaves and releases the readers that arrived meanwhile. */
    UNLOCK
  }

  /**
   * {@code g} did {@code op} on RWMutex {@code name}: {@code readers} inside afterwards (for
   * LOCK_WAITS_FOR_READERS, those the writer waits for), {@code writer} whether a writer holds it
   * or waits; {@code woken} the goroutines this releases.
   */
  record RWMutexChanged(long time, int g, String name, RWMutexOp op, int readers, boolean writer, List<Integer> woken)
      implements Event {}

  /** {@code g} called Signal ({@code broadcast} false) or Broadcast on Cond {@code name}, waking {@code woken} in order. */
  record CondNotified(long time, int g, String name, boolean broadcast, List<Integer> woken) implements Event {}

  // ---- syscalls -------------------------------------------------------------------------------

  /** R10.1: {@code g} on {@code m} enters a syscall lasting {@code nanos}; {@code p} goes to _Psyscall. */
  record SyscallEntered(long time, int g, int m, int p, long nanos) implements Event {}

  /** R10.2: sysmon retook {@code p} from {@code fromM} (blocked in a syscall) and handed it to {@code toM}, or to the idle list when {@code toM} is -1. */
  record SyscallHandoff(long time, int p, int fromM, int toM) implements Event {}

  /** How a goroutine got back from a syscall (R10.3). */
  enum SyscallExit {
    OLD_P,
    IDLE_P,
    GLOBAL_QUEUE
  }

  /** R10.3: {@code g} on {@code m} returns from its syscall; {@code p} is the P it runs on, or -1. */
  record SyscallExited(long time, int g, int m, int p, SyscallExit how) implements Event {}

  // ---- channels -------------------------------------------------------------------------------

  /** {@code make(chan T, cap)}. */
  record ChannelMade(long time, int ch, String name, String elemType, int capacity, int g) implements Event {}

  /** How a send completed (R7.2). */
  enum SendMode {
    /** R7.2 step 3: straight to the first waiting receiver, bypassing the buffer. */
    TO_WAITING_RECEIVER,
    /** R7.2 step 4: into the buffer at slot {@code slot}. */
    INTO_BUFFER,
    /** R7.2 step 5 / R7.3 step 3: a parked sender's value taken by a receiver. */
    TAKEN_FROM_PARKED_SENDER
  }

  /** A value moved by a send: from {@code g} on {@code ch}; {@code receiver} (or -1) got it directly; {@code slot} is the buffer index (or -1). */
  record ValueSent(long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) implements Event {}

  /** How a receive completed (R7.3). */
  enum RecvMode {
    /** R7.3 step 3, unbuffered: directly from the first waiting sender. */
    FROM_WAITING_SENDER,
    /** R7.3 step 3, buffered and full: head slot taken, the waiting sender's value rotated into the tail. */
    FROM_BUFFER_ROTATING_SENDER,
    /** R7.3 step 4: from the buffer head. */
    FROM_BUFFER,
    /** R7.3 step 2: closed and empty: zero value, ok=false. */
    CLOSED,
    /** R7.2 step 3: a parked receiver was handed the value by a sender. */
    HANDED_BY_SENDER,
    /** R7.5: a parked receiver was woken by close with the zero value. */
    WOKEN_BY_CLOSE
  }

  /** {@code g} received {@code value}/{@code ok} on {@code ch}; {@code sender} (or -1) was the counterpart; {@code slot} the buffer index (or -1). */
  record ValueReceived(long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot)
      implements Event {}

  /** R7.5: {@code g} closed {@code ch}; {@code wokenReceivers} and {@code wokenSenders} in the order they are readied. */
  record ChannelClosed(long time, int g, int ch, List<Integer> wokenReceivers, List<Integer> wokenSenders)
      implements Event {}

  /** R8.2–R8.4: {@code g}'s select polled its cases in {@code pollOrder} (source indexes) and chose {@code chosen} (-1 default), or parked when {@code chosen} is -2. */
  record SelectPolled(long time, int g, List<Integer> pollOrder, int chosen, boolean hasDefault) implements Event {}

  // ---- sync -----------------------------------------------------------------------------------

  /** R14.2: {@code wg.Add(delta)} by {@code g}; {@code counter} after; {@code released} waiters in release order. */
  record WaitGroupAdded(long time, int g, String name, int delta, int counter, List<Integer> released) implements Event {}

  /** R14.3/R14.4: {@code g} holds {@code name} now; {@code handoff} when it was handed over in starvation mode. */
  record MutexLocked(long time, int g, String name, boolean handoff) implements Event {}

  /** R14.3/R14.4: {@code g} unlocked {@code name}; {@code woken} (or -1) was woken; {@code starving} tells the mode. */
  record MutexUnlocked(long time, int g, String name, int woken, boolean starving) implements Event {}

  /** R14.4: a waiter woke after more than 1 ms and switched {@code name} to starvation mode. */
  record MutexStarving(long time, int g, String name) implements Event {}

  /**
   * R14.3 active spinning: {@code g} found {@code name} locked and, since another P runs and its
   * own run queue is empty (sync_runtime_canSpin), spins ({@code iteration} of 4) instead of parking.
   */
  record MutexSpinning(long time, int g, String name, int iteration) implements Event {}

  // ---- output and the end ---------------------------------------------------------------------

  /** Program output written by {@code g}. */
  record Output(long time, int g, String text) implements Event {}

  /** R12.3: {@code g} panicked with {@code message}; {@code report} is what Go prints to stderr. */
  record Panicked(long time, int g, String message, String report) implements Event {}

  /** R11: Go's deadlock report; {@code report} is what Go prints to stderr. */
  record Deadlocked(long time, String report, List<Integer> waiting) implements Event {}

  /** The program is over: R12.1 main returned (0), a panic or fatal error (2), or the step limit. */
  record ProgramEnded(long time, int exitCode, EndReason reason) implements Event {}

  /** Why the program ended. */
  enum EndReason {
    MAIN_RETURNED,
    /** {@code os.Exit(code)}: the program ends at once, deferred calls do not run. */
    OS_EXIT,
    PANIC,
    DEADLOCK,
    FATAL_ERROR,
    STEP_LIMIT,
    GOROUTINE_LIMIT,
    /** GoroLab's limit on interpreted work: goroutines ran long without an event (a busy loop). */
    WORK_LIMIT,
    /** GoroLab's memory budget for the program's values. */
    MEMORY_LIMIT,
    /** GoroLab's limit on the Ps a program's runtime.GOMAXPROCS(n) may ask for. */
    PROCESSOR_LIMIT
  }
}
