package dev.gorolab.model;

import java.util.List;

/**
 * What changed in the runtime since the previous delta: the new state of every entity that was
 * created or touched, nothing else. Applying deltas in order to a {@link RuntimeSnapshot} gives
 * the snapshot at any event without replaying the program; see {@link RuntimeSnapshot#apply}.
 *
 * @param globalQueue the whole global queue if it changed, else null
 * @param processorCount the number of Ps if it changed, else -1 (GOMAXPROCS resize)
 */
public record RuntimeDelta(
    long time,
    List<RuntimeSnapshot.ProcessorState> processors,
    List<Integer> globalQueue,
    int processorCount,
    List<RuntimeSnapshot.MachineState> machines,
    List<RuntimeSnapshot.GoroutineState> goroutines,
    List<RuntimeSnapshot.ChannelState> channels,
    List<RuntimeSnapshot.WaitGroupState> waitGroups,
    List<RuntimeSnapshot.MutexState> mutexes) {}
