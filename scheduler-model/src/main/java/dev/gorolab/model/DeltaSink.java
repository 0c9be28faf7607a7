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

  void goroutine(RuntimeSnapshot.GoroutineState g);

  void channel(RuntimeSnapshot.ChannelState c);

  void waitGroup(RuntimeSnapshot.WaitGroupState w);

  void mutex(RuntimeSnapshot.MutexState mu);
}
