package dev.gorolab.sim.trace;

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
  private final GoroutineColumns goroutines;
  private final EntityTable<RuntimeSnapshot.ChannelState> channels;
  private final EntityTable<RuntimeSnapshot.WaitGroupState> waitGroups;
  private final EntityTable<RuntimeSnapshot.MutexState> mutexes;

  /** Starts from {@code from}; its goroutines must be a list {@link #build} made. */
  StateBuilder(RuntimeSnapshot from) {
    this(from, GoroutineColumns.thaw(from.goroutines()));
  }

  /** Starts from {@code from} with its goroutines already in {@code goroutines}. */
  StateBuilder(RuntimeSnapshot from, GoroutineColumns goroutines) {
    processors = new ArrayList<>(from.processors());
    globalQueue = from.globalQueue();
    machines = new EntityTable<>(RuntimeSnapshot.MachineState::id, from.machines());
    this.goroutines = goroutines;
    channels = new EntityTable<>(RuntimeSnapshot.ChannelState::id, from.channels());
    waitGroups = new EntityTable<>(RuntimeSnapshot.WaitGroupState::id, from.waitGroups());
    mutexes = new EntityTable<>(RuntimeSnapshot.MutexState::id, from.mutexes());
  }

  /** A new global run queue among a delta's flattened entries. */
  record GlobalQueue(List<Integer> ids) {}

  /** The goroutines being rolled forward; {@link GoroutineChanges} apply to it. */
  GoroutineColumns goroutines() {
    return goroutines;
  }

  /**
   * Applies one flattened delta entry of any kind but goroutines (those are columns, see
   * {@link GoroutineChanges}): an entity state, a {@link GlobalQueue}, or an {@code Integer} new
   * processor count (which comes before the Ps of its delta).
   */
  void applyChange(Object change) {
    if (change instanceof ProcessorState p) {
      putProcessor(p);
    } else if (change instanceof RuntimeSnapshot.MachineState m) {
      machines.put(m);
    } else if (change instanceof RuntimeSnapshot.ChannelState c) {
      channels.put(c);
    } else if (change instanceof GlobalQueue q) {
      globalQueue = q.ids();
    } else if (change instanceof RuntimeSnapshot.MutexState mu) {
      mutexes.put(mu);
    } else if (change instanceof RuntimeSnapshot.WaitGroupState w) {
      waitGroups.put(w);
    } else if (change instanceof Integer count) {
      while (processors.size() > count) {
        processors.remove(processors.size() - 1);
      }
    } else {
      throw new IllegalArgumentException("not a delta entry: " + change);
    }
  }

  private void putProcessor(ProcessorState p) {
    while (processors.size() <= p.id()) {
      processors.add(null);
    }
    processors.set(p.id(), p);
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

}
