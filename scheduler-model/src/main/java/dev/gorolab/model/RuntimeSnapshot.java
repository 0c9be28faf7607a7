package dev.gorolab.model;

import java.util.List;

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

  /** Go's P states (R1.5). */
  public enum PStatus {
    IDLE,
    RUNNING,
    SYSCALL
  }

  /** One P: its status, the M holding it (or -1), the running G (or -1), runnext (or -1), its local queue head first. */
  public record ProcessorState(
      int id, PStatus status, int m, int running, int runnext, List<Integer> localQueue, int schedtick) {}

  /** Go's M states (R1.4). */
  public enum MStatus {
    RUNNING,
    SPINNING,
    SYSCALL,
    IDLE
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

  /** One channel: its buffer in receive order (head first), closed flag and wait queues, head first. */
  public record ChannelState(
      int id,
      String name,
      String elemType,
      int capacity,
      List<String> buffer,
      int recvx,
      int sendx,
      boolean closed,
      List<Waiter> sendq,
      List<Waiter> recvq) {}

  /** One WaitGroup: its counter and its waiters in FIFO order. */
  public record WaitGroupState(int id, String name, int counter, List<Integer> waiters) {}

  /** One Mutex: its holder (or -1), starvation mode, and its waiters in FIFO order. */
  public record MutexState(int id, String name, int holder, boolean starving, List<Integer> waiters) {}
}
