package dev.gorolab.sim.trace;

import dev.gorolab.model.RuntimeDelta;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.ProcessorState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A snapshot being rolled forward by deltas. Applying k deltas costs O(their size); only
 * {@link #build()} costs O(state).
 */
final class StateBuilder {
  private final ArrayList<ProcessorState> processors;
  private List<Integer> globalQueue;
  private final EntityTable<RuntimeSnapshot.MachineState> machines;
  private final EntityTable<RuntimeSnapshot.GoroutineState> goroutines;
  private final EntityTable<RuntimeSnapshot.ChannelState> channels;
  private final EntityTable<RuntimeSnapshot.WaitGroupState> waitGroups;
  private final EntityTable<RuntimeSnapshot.MutexState> mutexes;

  StateBuilder(RuntimeSnapshot from) {
    processors = new ArrayList<>(from.processors());
    globalQueue = from.globalQueue();
    machines = new EntityTable<>(RuntimeSnapshot.MachineState::id, from.machines());
    goroutines = new EntityTable<>(RuntimeSnapshot.GoroutineState::id, from.goroutines());
    channels = new EntityTable<>(RuntimeSnapshot.ChannelState::id, from.channels());
    waitGroups = new EntityTable<>(RuntimeSnapshot.WaitGroupState::id, from.waitGroups());
    mutexes = new EntityTable<>(RuntimeSnapshot.MutexState::id, from.mutexes());
  }

  void apply(RuntimeDelta delta) {
    if (delta.processorCount() >= 0) {
      while (processors.size() > delta.processorCount()) {
        processors.remove(processors.size() - 1);
      }
    }
    for (ProcessorState p : delta.processors()) {
      while (processors.size() <= p.id()) {
        processors.add(null);
      }
      processors.set(p.id(), p);
    }
    if (delta.globalQueue() != null) {
      globalQueue = delta.globalQueue();
    }
    machines.putAll(delta.machines());
    goroutines.putAll(delta.goroutines());
    channels.putAll(delta.channels());
    waitGroups.putAll(delta.waitGroups());
    mutexes.putAll(delta.mutexes());
  }

  /** The number of entities held, which sets how often a checkpoint pays off. */
  int size() {
    return processors.size() + machines.size() + goroutines.size() + channels.size() + globalQueue.size();
  }

  /** The state at virtual time {@code atTime} (an event's time: an empty delta is not stored). */
  RuntimeSnapshot build(long atTime) {
    return new RuntimeSnapshot(
        atTime,
        Collections.unmodifiableList(new ArrayList<>(processors)),
        globalQueue,
        machines.freeze(),
        goroutines.freeze(),
        channels.freeze(),
        waitGroups.freeze(),
        mutexes.freeze());
  }

  static int sizeOf(RuntimeDelta d) {
    return 1
        + d.processors().size()
        + (d.globalQueue() == null ? 0 : d.globalQueue().size())
        + d.machines().size()
        + d.goroutines().size()
        + d.channels().size()
        + d.waitGroups().size()
        + d.mutexes().size();
  }
}
