package dev.gorolab.sim.interp;

/**
 * Virtual nanoseconds each kind of statement costs (see docs/cost-model.md for the reasoning).
 *
 * <p>The numbers are of the order go1.19 on a current amd64 machine needs, rounded so that traces
 * read well; what matters is their relation to the runtime's constants: a 10 ms time slice, a
 * 20 µs syscall retake and the sleeps scenarios use.
 */
public final class CostModel {
  private CostModel() {}

  /** An assignment, condition, jump, increment or other statement without a call: 10 ns. */
  public static final long SIMPLE_NS = 10;

  /** Calling a user function (or returning from one): 50 ns. */
  public static final long CALL_NS = 50;

  /** A {@code go} statement: {@code newproc} allocates and queues a goroutine, 300 ns. */
  public static final long GO_NS = 300;

  /** A channel operation (make, send, receive, select, close, range step): 100 ns. */
  public static final long CHANNEL_NS = 100;

  /** A {@code sync.WaitGroup} or {@code sync.Mutex} operation: 50 ns. */
  public static final long SYNC_NS = 50;

  /** {@code fmt.Print*}: formatting plus a short write to a terminal, 1 µs. */
  public static final long PRINT_NS = 1_000;

  /** Calling {@code time.Sleep}, {@code runtime.Gosched} or entering a syscall: 100 ns. */
  public static final long RUNTIME_CALL_NS = 100;

  /** A panic or the goroutine's exit: 100 ns. */
  public static final long EXIT_NS = 100;
}
