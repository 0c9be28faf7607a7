package dev.gorolab.model;

import java.util.List;

/**
 * The runtime operations a goroutine body may perform, on behalf of the goroutine being stepped.
 *
 * <p>Valid only inside {@link GoroutineBody#step}. Each method applies Go's rule for that
 * operation (named in the implementation) and emits the corresponding {@link Event}s. A method
 * that can block returns a result whose {@code parked()} is true when the goroutine parked; the
 * body must then return from {@code step} without further calls.
 *
 * <p>Where Go's runtime panics (send on a closed channel, close of a nil or closed channel, a
 * negative WaitGroup counter), the method throws {@link GoRuntimePanic} after the state change Go
 * makes: the body runs its deferred calls and calls {@link #panic} if nothing recovers.
 *
 * <p>Values are opaque to the model: any immutable object whose {@code toString()} is Go's
 * {@code %v} form; {@code String} values are Go strings, {@code null} is {@code nil}.
 */
public interface GoOps {

  /**
   * Where a range over a map of {@code entries} entries starts, in {@code [0, entries)}: Go draws
   * it with fastrand in runtime/map.go mapiterinit (go1.19); here the one chooser draws it.
   */
  int mapIterationStart(int entries);

  /** The id of the goroutine being stepped. */
  int self();

  /** Virtual time in nanoseconds since the program started. */
  long now();

  /** {@code go f()}: creates a goroutine running {@code body}; the caller keeps running. */
  int go(GoroutineBody body, int line);

  /** {@code make(chan T, cap)}; {@code zero} is T's zero value, given to receivers woken by close. */
  Channel makeChannel(String name, String elemType, int capacity, Object zero);

  /** {@code ch <- v}; {@code ch} may be null (a nil channel); throws {@link GoRuntimePanic} if closed. */
  OpResult send(Channel ch, Object value);

  /** {@code v, ok := <-ch}; {@code ch} may be null (a nil channel). */
  RecvResult receive(Channel ch);

  /** {@code close(ch)}; throws {@link GoRuntimePanic} for a nil or closed channel, as Go panics. */
  void close(Channel ch);

  /** {@code len(ch)}: buffered values; 0 for nil. */
  int len(Channel ch);

  /** {@code cap(ch)}; 0 for nil. */
  int cap(Channel ch);

  /**
   * {@code select} over {@code cases} (in source order), with or without {@code default}.
   * With no cases and no default this is {@code select {}}.
   */
  SelectResult select(List<SelectCase> cases, boolean hasDefault);

  /** {@code time.Sleep(d)}; returns without yielding when {@code nanos <= 0}. */
  OpResult sleep(long nanos);

  /**
   * {@code time.NewTimer}/{@code After} ({@code periodNanos} 0) or {@code NewTicker}/{@code Tick}
   * ({@code periodNanos > 0}): starts a runtime timer on the caller's P (addtimer) that, each time
   * it fires, sends {@code timeValue(now)} on {@code ch} without blocking (sendTime).
   * {@code nanos <= 0} fires at the next scheduling point.
   */
  RuntimeTimer startTimer(String name, long nanos, long periodNanos, Channel ch,
      java.util.function.LongFunction<Object> timeValue);

  /** {@code time.AfterFunc}: a runtime timer that starts a goroutine running {@code body.get()} when it fires. */
  RuntimeTimer afterFunc(String name, long nanos, java.util.function.Supplier<GoroutineBody> body);

  /** {@code Timer.Stop}/{@code Ticker.Stop} (deltimer): whether the call stopped the timer from firing. */
  boolean stopTimer(RuntimeTimer t);

  /** {@code Timer.Reset}/{@code Ticker.Reset} (modtimer): whether the timer had been active. */
  boolean resetTimer(RuntimeTimer t, long nanos, long periodNanos);

  /** {@code runtime.Gosched()}. */
  OpResult gosched();

  /** A blocking system call lasting {@code nanos} of virtual time (the G keeps its M, may lose its P). */
  OpResult syscall(long nanos);

  /** {@code sync.WaitGroup} value creation. */
  WaitGroup makeWaitGroup(String name);

  /** {@code wg.Add(delta)} ({@code Done} is {@code Add(-1)}); throws {@link GoRuntimePanic} below zero. */
  void waitGroupAdd(WaitGroup wg, int delta);

  /** {@code wg.Wait()}. */
  OpResult waitGroupWait(WaitGroup wg);

  /** {@code sync.Mutex} value creation. */
  Mutex makeMutex(String name);

  /** {@code mu.Lock()}. */
  OpResult lock(Mutex mu);

  /** {@code mu.Unlock()}. */
  OpResult unlock(Mutex mu);

  /** {@code sync.RWMutex} value creation. */
  RWMutex makeRWMutex(String name);

  /** {@code rw.RLock()}. */
  OpResult rlock(RWMutex rw);

  /** {@code rw.RUnlock()}; a fatal error if no reader holds it. */
  void runlock(RWMutex rw);

  /** {@code rw.Lock()}. */
  OpResult rwlock(RWMutex rw);

  /** {@code rw.Unlock()}; a fatal error if no writer holds it. */
  OpResult rwunlock(RWMutex rw);

  /** {@code sync.NewCond(l)}'s notify list. */
  Cond makeCond(String name);

  /** {@code c.Wait()} with {@code c.L} the Mutex {@code l}: unlock, wait for a notify, lock again. */
  OpResult condWait(Cond c, Mutex l);

  /** {@code c.Signal()}. */
  void condSignal(Cond c);

  /** {@code c.Broadcast()}. */
  void condBroadcast(Cond c);

  /**
   * Program output (what {@code fmt.Print*} writes to stdout), recorded as an event. With
   * GOMAXPROCS > 1 and drawn timing the text goes through os.Stdout's write lock and a write
   * syscall after this step and appears when the write returns (R16.1).
   */
  void print(String text);

  /** {@code runtime.NumGoroutine()}: user goroutines not dead, as Go counts them. */
  int numGoroutine();

  /** {@code runtime.GOMAXPROCS(n)}: returns the previous setting; {@code n < 1} only queries. */
  int gomaxprocs(int n);

  /** The goroutine returns from its top function; for main this ends the program with exit 0. */
  void exit();

  /** {@code os.Exit(code)}: the program ends at once with that status; deferred calls do not run. */
  void osExit(int code);

  /** {@code runtime.Goexit()}: the goroutine dies; for main the program goes on (R11.2). */
  void goexit();

  /**
   * Tells the model that goroutine {@code g}'s {@link GoroutineBody#line()} or
   * {@link GoroutineBody#locals()} changed outside its own step (a variable it shares was written),
   * so the next {@link GoRuntime#takeDelta()} carries it.
   */
  void markChanged(int g);

  /**
   * Go's {@code throw}: a fatal error no deferred call or recover sees, such as {@code fatal error:
   * stack overflow}; ends the program with exit 2. {@code prefix} holds the lines Go prints before
   * it ({@code runtime: goroutine stack exceeds 1000000000-byte limit\n}), or is empty.
   */
  void fatal(String message, String prefix);

  /**
   * Ends the run at one of GoroLab's own limits, which Go does not have (a memory budget):
   * {@code note} goes to stderr as it is.
   */
  void stopAtLimit(Event.EndReason reason, String note);

  /** An unrecovered {@code panic(value)} in this goroutine: ends the program with exit 2. */
  void panic(String message);

  /**
   * An unrecovered panic that began as a memory fault, a nil pointer dereference (sigpanic's
   * panicmem): Go prints the signal after the panic (runtime/panic.go dopanic_m, gp.sig != 0).
   */
  default void panicFromSignal(String message) {
    panic(message);
  }

  /**
   * The outcome of the blocking operation that parked this goroutine, to be called once at the
   * start of the first step after it was readied. A sender woken by close panics here, as in Go:
   * this throws {@link GoRuntimePanic}.
   */
  Resumption resumption();
}
