package dev.gorolab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The complete, immutable state of the runtime at one instant: what a lecturer sees on screen.
 * Values are rendered as Go's {@code %v} (strings quoted with {@code %q}) so nothing in a
 * snapshot can change after it was taken.
 *
 * @param time virtual nanoseconds
 * @param processors the Ps, P0 first
 * @param globalQueue goroutine ids in the global run queue, head first
 * @param machines every M ever started, m0 first
 * @param goroutines every goroutine ever created, in creation order, dead ones included
 * @param channels every channel ever made, in creation order
 * @param waitGroups every WaitGroup, in creation order
 * @param mutexes every Mutex, in creation order
 */
public record RuntimeSnapshot(
    long time,
    List<ProcessorState> processors,
    List<Integer> globalQueue,
    List<MachineState> machines,
    List<GoroutineState> goroutines,
    List<ChannelState> channels,
    List<WaitGroupState> waitGroups,
    List<MutexState> mutexes) {

  /**
   * This snapshot with {@code d} applied: changed entities replaced by id, new ones appended in the
   * delta's order, Ps resized. Applying every delta in order to the first snapshot gives the
   * runtime's snapshot at the time of the last one.
   */
  public RuntimeSnapshot apply(RuntimeDelta d) {
    List<ProcessorState> ps = new ArrayList<>(processors);
    if (d.processorCount() >= 0) {
      while (ps.size() > d.processorCount()) {
        ps.remove(ps.size() - 1);
      }
    }
    for (ProcessorState p : d.processors()) {
      put(ps, p.id(), p);
    }
    List<MachineState> ms = new ArrayList<>(machines);
    for (MachineState m : d.machines()) {
      put(ms, m.id(), m);
    }
    List<GoroutineState> gs = goroutines;
    if (!d.goroutines().isEmpty()) {
      gs = new ArrayList<>(goroutines);
      int max = 0;
      for (GoroutineState g : goroutines) {
        max = Math.max(max, g.id());
      }
      for (GoroutineState g : d.goroutines()) {
        max = Math.max(max, g.id());
      }
      int[] index = new int[max + 1];
      Arrays.fill(index, -1);
      for (int i = 0; i < gs.size(); i++) {
        index[gs.get(i).id()] = i;
      }
      for (GoroutineState g : d.goroutines()) {
        if (index[g.id()] >= 0) {
          gs.set(index[g.id()], g);
        } else {
          index[g.id()] = gs.size();
          gs.add(g);
        }
      }
      gs = Collections.unmodifiableList(gs);
    }
    List<ChannelState> cs = new ArrayList<>(channels);
    for (ChannelState c : d.channels()) {
      put(cs, c.id(), c);
    }
    List<WaitGroupState> ws = new ArrayList<>(waitGroups);
    for (WaitGroupState w : d.waitGroups()) {
      put(ws, w.id(), w);
    }
    List<MutexState> mus = new ArrayList<>(mutexes);
    for (MutexState mu : d.mutexes()) {
      put(mus, mu.id(), mu);
    }
    return new RuntimeSnapshot(d.time(), Collections.unmodifiableList(ps),
        d.globalQueue() != null ? d.globalQueue() : globalQueue, Collections.unmodifiableList(ms), gs,
        Collections.unmodifiableList(cs), Collections.unmodifiableList(ws), Collections.unmodifiableList(mus));
  }

  /** Entities whose id is their index: replace, or append the next one. */
  private static <T> void put(List<T> list, int id, T value) {
    if (id < list.size()) {
      list.set(id, value);
    } else if (id == list.size()) {
      list.add(value);
    } else {
      throw new IllegalArgumentException("delta entity id " + id + " skips past " + list.size());
    }
  }

  /** Go's P states (R1.5). */
  public enum PStatus {
    IDLE,
    RUNNING,
    SYSCALL
  }

  /**
   * One P: its status, the M holding it (or -1), the running G (or -1), runnext (or -1), its local
   * queue head first; its timer heap as the {@code time} package's timers in firing order and the
   * number of sleeping goroutines' timers (each sleeper also shows its wake time).
   */
  public record ProcessorState(
      int id, PStatus status, int m, int running, int runnext, List<Integer> localQueue, int schedtick,
      List<TimerState> timers, int sleepTimers) {

    /** A P without timers. */
    public ProcessorState(int id, PStatus status, int m, int running, int runnext, List<Integer> localQueue,
        int schedtick) {
      this(id, status, m, running, runnext, localQueue, schedtick, List.of(), 0);
    }
  }

  /**
   * A {@code time} package timer in a P's heap (runtime/time.go): due at {@code when}, repeating
   * every {@code period} for a ticker; {@code stopped} while a stopped timer waits to be removed.
   */
  public record TimerState(int id, String name, Event.TimerKind kind, long when, long period, boolean stopped) {}

  /** Go's M states (R1.4). */
  public enum MStatus {
    RUNNING,
    SPINNING,
    SYSCALL,
    IDLE,
    /** R3.6 step 4: blocked in netpoll until the earliest timer; not idle for the deadlock check (R11.1). */
    NETPOLL
  }

  /** One M: its status, the P it holds (or -1) and the G it runs or holds in a syscall (or -1). */
  public record MachineState(int id, MStatus status, int p, int g) {}

  /** Go's G states (R1.2). */
  public enum GStatus {
    RUNNABLE,
    RUNNING,
    WAITING,
    SYSCALL,
    DEAD
  }

  /**
   * One goroutine.
   *
   * @param waitReason Go's wait reason string while WAITING, else empty
   * @param waitingOn the channel id it waits on (or -1)
   * @param waitingOnName what it waits on, for display (channel, WaitGroup or Mutex name), or empty
   * @param wakeAt when a sleeping goroutine's timer is due, or -1
   * @param system a runtime goroutine (ids 2–5), hidden from dumps and NumGoroutine
   */
  public record GoroutineState(
      int id,
      String function,
      GStatus status,
      String waitReason,
      int waitingOn,
      String waitingOnName,
      long wakeAt,
      int line,
      List<Variable> locals,
      int createdBy,
      boolean system) {}

  /** A goroutine parked on a channel queue; {@code value} is what a waiting sender holds (rendered), else empty. */
  public record Waiter(int g, String value, boolean inSelect) {}

  /**
   * One channel: its buffer in receive order (head first), closed flag and wait queues, head
   * first. Compares, hashes and prints like a record of its ten components; a class only so that
   * the buffer can stay a window on the channel's log until read (a recording keeps one state per
   * buffered send or receive).
   */
  public static final class ChannelState {
    private final int id;
    private final String name;
    private final String elemType;
    private final int capacity;
    /** The buffer when given as a list, else null and the buffer is {@code bufferLog[bufferFrom, bufferTo)}. */
    private final List<String> bufferList;
    private final Object[] bufferLog;
    private final int bufferFrom;
    private final int bufferTo;
    private final int recvx;
    private final int sendx;
    private final boolean closed;
    private final List<Waiter> sendq;
    private final List<Waiter> recvq;

    public ChannelState(int id, String name, String elemType, int capacity, List<String> buffer, int recvx,
        int sendx, boolean closed, List<Waiter> sendq, List<Waiter> recvq) {
      this(id, name, elemType, capacity, Objects.requireNonNull(buffer), null, 0, 0, recvx, sendx, closed, sendq,
          recvq);
    }

    /**
     * A state rebuilt from the fields of another: {@code bufferLog}, {@code bufferFrom} and
     * {@code bufferTo} as that state's {@link #bufferLog()} etc. gave them. For a recorder that
     * keeps states field by field instead of an object per change.
     */
    public static ChannelState ofLog(int id, String name, String elemType, int capacity, Object[] bufferLog,
        int bufferFrom, int bufferTo, int recvx, int sendx, boolean closed, List<Waiter> sendq, List<Waiter> recvq) {
      return new ChannelState(id, name, elemType, capacity, null, Objects.requireNonNull(bufferLog), bufferFrom,
          bufferTo, recvx, sendx, closed, sendq, recvq);
    }

    /** A state whose buffer is a range of a channel's contents log that {@link SharedQueue#expose} froze. */
    ChannelState(int id, String name, String elemType, int capacity, List<String> bufferList, Object[] bufferLog,
        int bufferFrom, int bufferTo, int recvx, int sendx, boolean closed, List<Waiter> sendq, List<Waiter> recvq) {
      this.id = id;
      this.name = name;
      this.elemType = elemType;
      this.capacity = capacity;
      this.bufferList = bufferList;
      this.bufferLog = bufferLog;
      this.bufferFrom = bufferFrom;
      this.bufferTo = bufferTo;
      this.recvx = recvx;
      this.sendx = sendx;
      this.closed = closed;
      this.sendq = sendq;
      this.recvq = recvq;
    }

    public int id() {
      return id;
    }

    public String name() {
      return name;
    }

    public String elemType() {
      return elemType;
    }

    public int capacity() {
      return capacity;
    }

    /** The buffered values, head first, as Go's %v prints them (strings quoted). */
    public List<String> buffer() {
      return bufferList != null ? bufferList : SharedQueue.viewOf(bufferLog, bufferFrom, bufferTo, BufferedValues.FORMAT);
    }

    /**
     * The frozen log the buffer is a window on, or null when the buffer was given as a list; with
     * {@link #bufferFrom()} and {@link #bufferTo()}, what {@link #ofLog} takes to rebuild the state.
     */
    public Object[] bufferLog() {
      return bufferLog;
    }

    public int bufferFrom() {
      return bufferFrom;
    }

    public int bufferTo() {
      return bufferTo;
    }

    public int recvx() {
      return recvx;
    }

    public int sendx() {
      return sendx;
    }

    public boolean closed() {
      return closed;
    }

    public List<Waiter> sendq() {
      return sendq;
    }

    public List<Waiter> recvq() {
      return recvq;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      return o instanceof ChannelState c && id == c.id && capacity == c.capacity && recvx == c.recvx
          && sendx == c.sendx && closed == c.closed && name.equals(c.name) && elemType.equals(c.elemType)
          && sameBuffer(c) && sendq.equals(c.sendq) && recvq.equals(c.recvq);
    }

    private boolean sameBuffer(ChannelState c) {
      if (bufferList == null && c.bufferList == null && bufferLog == c.bufferLog && bufferFrom == c.bufferFrom
          && bufferTo == c.bufferTo) {
        return true;
      }
      return buffer().equals(c.buffer());
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, name, elemType, capacity, buffer(), recvx, sendx, closed, sendq, recvq);
    }

    @Override
    public String toString() {
      return "ChannelState[id=" + id + ", name=" + name + ", elemType=" + elemType + ", capacity=" + capacity
          + ", buffer=" + buffer() + ", recvx=" + recvx + ", sendx=" + sendx + ", closed=" + closed + ", sendq="
          + sendq + ", recvq=" + recvq + "]";
    }
  }

  /** One WaitGroup: its counter and its waiters in FIFO order. */
  public record WaitGroupState(int id, String name, int counter, List<Integer> waiters) {}

  /** One Mutex: its holder (or -1), starvation mode, and its waiters in FIFO order. */
  public record MutexState(int id, String name, int holder, boolean starving, List<Integer> waiters) {}
}
