package dev.gorolab.model;

import java.util.List;

/**
 * Receives a delta entity by entity, as {@link GoRuntime#takeDelta(DeltaSink)} finds the changes:
 * a recorder that stores a million deltas keeps the entries it is handed without the eight lists
 * of a {@link RuntimeDelta} around them. Calls come in a fixed order: the processor count (only
 * on a GOMAXPROCS resize), Ps in id order, the global queue, Ms, Gs (new ones in creation order),
 * channels, WaitGroups, Mutexes; each only for what changed.
 */
public interface DeltaSink {
  /** GOMAXPROCS changed: Ps from {@code count} on are gone. Comes before the Ps of the same delta. */
  void processorCount(int count);

  void processor(RuntimeSnapshot.ProcessorState p);

  /** The whole global run queue, head first. */
  void globalQueue(List<Integer> ids);

  void machine(RuntimeSnapshot.MachineState m);

  /**
   * A goroutine's new state, field by field as in {@link RuntimeSnapshot.GoroutineState}: a
   * recorder can keep them in columns instead of a record per change. {@code function}, {@code
   * createdBy} and {@code system} never change for a goroutine.
   */
  void goroutine(
      int id,
      String function,
      RuntimeSnapshot.GStatus status,
      String waitReason,
      int waitingOn,
      String waitingOnName,
      long wakeAt,
      int line,
      List<Variable> locals,
      int createdBy,
      boolean system);

  void channel(RuntimeSnapshot.ChannelState c);

  void waitGroup(RuntimeSnapshot.WaitGroupState w);

  void mutex(RuntimeSnapshot.MutexState mu);
}
