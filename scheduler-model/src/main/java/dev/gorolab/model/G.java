package dev.gorolab.model;

/**
 * A goroutine inside the engine (Go's {@code g}, R1.1). Kept small on purpose: a million of them
 * must fit in a gibibyte, so per-operation data lives in side objects that exist only while needed.
 */
final class G {
  static final byte RUNNABLE = 0;
  static final byte RUNNING = 1;
  static final byte WAITING = 2;
  static final byte SYSCALL = 3;
  static final byte DEAD = 4;

  /** Marker for goroutines parked with nothing that can ever wake them (nil channel, select {}). */
  static final Object FOREVER = new Object();

  final int id;
  /** Index in creation order, the position in {@link RuntimeSnapshot#goroutines()}. */
  final int seq;
  /** The allgs slot (R1.2: dead slots are recycled), which orders goroutine dumps (R11.3). */
  int slot;
  final int parent;
  final boolean system;
  final String function;
  GoroutineBody body;
  byte status = DEAD;
  boolean dirty;
  // The state the last delta carried, field by field, so an unchanged goroutine is left out of
  // the next delta; fields rather than a record because a recorder keeps none of these records.
  /** -1 until a delta carried this goroutine. */
  byte shownStatus = -1;
  String shownWaitReason;
  int shownWaitingOn;
  String shownWaitingOnName;
  long shownWakeAt;
  int shownLine;
  java.util.List<Variable> shownLocals;

  String waitReason = "";
  /** What the goroutine is parked on: Hchan, SelectWait, SyncWaitGroup, SyncMutex, Timer or FOREVER. */
  Object waitOn;
  long wakeAt = -1;

  /** The result of the blocking operation that parked it, collected through resumption(). */
  Object resValue;
  boolean resOk;
  boolean resPanic;
  int resCase = -1;

  /** Non-null while a Lock is in progress (R14.3/R14.4); its continuation runs before the next step. */
  LockWait lockWait;

  /** Non-null while a print's {@code (*FD).Write} is in progress (R16.1, {@link PollFd}); run first. */
  PollFd.Write write;

  /** Non-null while a semacquire, Cond.Wait or RWMutex.Lock is in progress; run after lockWait. */
  SyncWait syncWait;
  /** A Cond waiter's ticket (notifyList). */
  int condTicket;

  G(int id, int seq, int parent, boolean system, String function, GoroutineBody body) {
    this.id = id;
    this.seq = seq;
    this.parent = parent;
    this.system = system;
    this.function = function;
    this.body = body;
  }

  static String statusName(byte s) {
    return switch (s) {
      case RUNNABLE -> "_Grunnable";
      case RUNNING -> "_Grunning";
      case WAITING -> "_Gwaiting";
      case SYSCALL -> "_Gsyscall";
      default -> "_Gdead";
    };
  }

  RuntimeSnapshot.GStatus publicStatus() {
    return switch (status) {
      case RUNNABLE -> RuntimeSnapshot.GStatus.RUNNABLE;
      case RUNNING -> RuntimeSnapshot.GStatus.RUNNING;
      case WAITING -> RuntimeSnapshot.GStatus.WAITING;
      case SYSCALL -> RuntimeSnapshot.GStatus.SYSCALL;
      default -> RuntimeSnapshot.GStatus.DEAD;
    };
  }
}
