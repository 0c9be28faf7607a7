package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import java.util.List;

/**
 * What the runtime view draws for one step: every goroutine placed where the runtime holds it,
 * each exactly once (a goroutine parked in a select waits on each of its channels). Built from a
 * snapshot by {@link RuntimeSceneBuilder}; immutable.
 *
 * @param banner Go's words for a deadlock or panic reached by this step, or null
 * @param exitNote what the end of a program that exited normally looks like, or null before it
 */
public record RuntimeScene(
    TokenRow globalQueue,
    List<PCard> processors,
    List<MCard> machines,
    List<ChannelCard> channels,
    List<SyncCard> syncObjects,
    List<Sleeper> sleeping,
    int sleepingMore,
    List<Waiter> waiting,
    int waitingMore,
    TokenRow done,
    int liveGoroutines,
    int hiddenSystemGoroutines,
    String banner,
    String exitNote) {

  /** A queue as drawn: the first tokens, and how many more are collapsed into "+N more". */
  public record TokenRow(List<Token> shown, int more) {
    public static final TokenRow EMPTY = new TokenRow(List.of(), 0);

    public int total() {
      return shown.size() + more;
    }
  }

  /**
   * One P card: its M and what that M is doing (null without one), the running G (or null),
   * runnext (or null), its local run queue in order, and the timers on its heap.
   */
  public record PCard(int id, PStatus status, int m, MStatus mStatus, Token running, Token runnext, TokenRow localQueue,
      List<TimerToken> timers) {}

  /**
   * A {@code time} package timer on a P's heap: its name, the virtual time it is due (Go's
   * Duration text, from the program's start), its period for a ticker (else empty), and whether it
   * was stopped and waits to be removed.
   */
  public record TimerToken(String name, String due, String period, boolean stopped) {}

  /** An M that is not simply running a G on a P: idle, spinning, or in a syscall holding {@code g}. */
  public record MCard(int id, MStatus status, int p, Token g) {}

  /** A waiting sender with the value it holds. */
  public record HeldValue(Token token, String value) {}

  /** A channel as a pipe: capacity slots with the buffered values head first, and its wait queues. */
  public record ChannelCard(
      int id,
      String name,
      String elemType,
      int capacity,
      List<String> buffer,
      boolean closed,
      List<HeldValue> sendq,
      int sendqMore,
      TokenRow recvq) {}

  /** What kind of sync object a {@link SyncCard} shows. */
  public enum SyncKind {
    WAIT_GROUP,
    MUTEX,
    /** counter: readers inside; holder: the writer holding it; waiters: readers waiting; writers: writers waiting. */
    RW_MUTEX,
    /** waiters: in notify-list (ticket) order. */
    COND,
    /** counter: 1 when done; holder: the goroutine running f; waiters: callers waiting for it. */
    ONCE
  }

  /**
   * A WaitGroup (its counter), a Mutex (its holder or -1, starvation mode), an RWMutex, a Cond or a
   * Once (see {@link SyncKind}) with its waiters in FIFO order; {@code writers} only for an RWMutex.
   */
  public record SyncCard(SyncKind kind, String name, int counter, int holder, boolean starving, TokenRow waiters,
      TokenRow writers) {
    public SyncCard(SyncKind kind, String name, int counter, int holder, boolean starving, TokenRow waiters) {
      this(kind, name, counter, holder, starving, waiters, TokenRow.EMPTY);
    }
  }

  /** A sleeping goroutine and when its timer is due. */
  public record Sleeper(Token token, long wakeAtNanos) {}

  /** A goroutine parked on something other than a channel queue, a WaitGroup or a Mutex. */
  public record Waiter(Token token, String waitReason, String object) {}
}
