package dev.gorolab.sim.trace;

import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.ChannelState;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.model.RuntimeSnapshot.MutexState;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.model.RuntimeSnapshot.ProcessorState;
import dev.gorolab.model.RuntimeSnapshot.WaitGroupState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every change of a recording's Ps, Ms, global queue, channels, WaitGroups and Mutexes, encoded
 * in two append-only columns ({@link Chunked}: numbers and references) instead of a record per
 * change: a million records cost a million objects for the garbage collector to copy
 * (docs/benchmarks.md). A record is built again only when a step's state is read.
 *
 * <p>A state is a {@link Latest}: for each entity, where its latest change sits in the log. It
 * rolls forward by {@link #apply} and copies in O(entities), so a checkpoint is a few small
 * arrays. Goroutines are not here: see {@link GoroutineChanges}.
 */
final class EntityLog {
  // Each change is a kind tag followed by its numbers; its references go to refs in the same order.
  private static final int COUNT = 0; // processor count: [tag, count]
  private static final int PROC = 1; // [tag, id, status, m, running, runnext, schedtick, sleepTimers] + localQueue, timers
  private static final int GRQ = 2; // [tag] + ids
  private static final int MACH = 3; // [tag, id, status, p, g]
  // [tag, id, capacity, recvx, sendx, closed, bufferFrom, bufferTo] + name, elemType, buffer, sendq, recvq;
  // buffer is the log a window starts on, or a list when bufferFrom is -1.
  private static final int CHAN = 4;
  private static final int WG = 5; // [tag, id, counter] + name, waiters
  private static final int MUTEX = 6; // [tag, id, holder, starving] + name, waiters
  private static final int[] INTS = {2, 8, 1, 5, 8, 3, 4};
  private static final int[] REFS = {0, 2, 1, 0, 5, 2, 2};
  private static final PStatus[] P_STATUSES = PStatus.values();
  private static final MStatus[] M_STATUSES = MStatus.values();

  private final Chunked.Ints ints = new Chunked.Ints();
  private final Chunked.Refs refs = new Chunked.Refs();

  int intCount() {
    return ints.size();
  }

  int refCount() {
    return refs.size();
  }

  // ---- writing ---------------------------------------------------------------------------------

  void processorCount(int count) {
    ints.add(COUNT);
    ints.add(count);
  }

  void processor(ProcessorState p) {
    ints.add(PROC);
    ints.add(p.id());
    ints.add(p.status().ordinal());
    ints.add(p.m());
    ints.add(p.running());
    ints.add(p.runnext());
    ints.add(p.schedtick());
    ints.add(p.sleepTimers());
    refs.add(p.localQueue());
    refs.add(p.timers());
  }

  void globalQueue(List<Integer> ids) {
    ints.add(GRQ);
    refs.add(ids);
  }

  void machine(MachineState m) {
    ints.add(MACH);
    ints.add(m.id());
    ints.add(m.status().ordinal());
    ints.add(m.p());
    ints.add(m.g());
  }

  void channel(ChannelState c) {
    ints.add(CHAN);
    ints.add(c.id());
    ints.add(c.capacity());
    ints.add(c.recvx());
    ints.add(c.sendx());
    ints.add(c.closed() ? 1 : 0);
    boolean windowed = c.bufferLog() != null;
    ints.add(windowed ? c.bufferFrom() : -1);
    ints.add(windowed ? c.bufferTo() : -1);
    refs.add(c.name());
    refs.add(c.elemType());
    refs.add(windowed ? c.bufferLog() : c.buffer());
    refs.add(c.sendq());
    refs.add(c.recvq());
  }

  void waitGroup(WaitGroupState w) {
    ints.add(WG);
    ints.add(w.id());
    ints.add(w.counter());
    refs.add(w.name());
    refs.add(w.waiters());
  }

  void mutex(MutexState mu) {
    ints.add(MUTEX);
    ints.add(mu.id());
    ints.add(mu.holder());
    ints.add(mu.starving() ? 1 : 0);
    refs.add(mu.name());
    refs.add(mu.waiters());
  }

  /** Appends every entity of {@code s} but its goroutines. */
  void all(RuntimeSnapshot s) {
    for (ProcessorState p : s.processors()) {
      processor(p);
    }
    globalQueue(s.globalQueue());
    for (MachineState m : s.machines()) {
      machine(m);
    }
    for (ChannelState c : s.channels()) {
      channel(c);
    }
    for (WaitGroupState w : s.waitGroups()) {
      waitGroup(w);
    }
    for (MutexState mu : s.mutexes()) {
      mutex(mu);
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * Rolls {@code state} forward over the changes from {@code (intFrom, refFrom)} up to
   * {@code intTo}, the positions a change starts at in the two arrays.
   */
  void apply(Latest state, int intFrom, int refFrom, int intTo) {
    int i = intFrom;
    int r = refFrom;
    while (i < intTo) {
      int kind = ints.get(i);
      state.record(kind, ints, i, r);
      i += INTS[kind];
      r += REFS[kind];
    }
  }

  /** The snapshot {@code state} stands for, with {@code goroutines}, at virtual time {@code time}. */
  RuntimeSnapshot build(Latest state, long time, List<GoroutineState> goroutines) {
    List<ProcessorState> ps = new ArrayList<>(state.processorCount);
    for (int id = 0; id < state.processorCount; id++) {
      int i = state.processorInt[id];
      if (i < 0) {
        ps.add(null); // as RuntimeSnapshot.apply leaves a gap no delta filled (never in a real run)
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Integer> queue = (List<Integer>) refs.get(state.processorRef[id]);
      @SuppressWarnings("unchecked")
      List<RuntimeSnapshot.TimerState> timers = (List<RuntimeSnapshot.TimerState>) refs.get(state.processorRef[id] + 1);
      ps.add(new ProcessorState(ints.get(i + 1), P_STATUSES[ints.get(i + 2)], ints.get(i + 3), ints.get(i + 4),
          ints.get(i + 5), queue, ints.get(i + 6), timers, ints.get(i + 7)));
    }
    List<MachineState> ms = new ArrayList<>(state.machines.count);
    for (int k = 0; k < state.machines.count; k++) {
      int i = state.machines.intAt[k];
      ms.add(new MachineState(ints.get(i + 1), M_STATUSES[ints.get(i + 2)], ints.get(i + 3), ints.get(i + 4)));
    }
    List<ChannelState> cs = new ArrayList<>(state.channels.count);
    for (int k = 0; k < state.channels.count; k++) {
      cs.add(channel(state.channels.intAt[k], state.channels.refAt[k]));
    }
    List<WaitGroupState> ws = new ArrayList<>(state.waitGroups.count);
    for (int k = 0; k < state.waitGroups.count; k++) {
      int i = state.waitGroups.intAt[k];
      int r = state.waitGroups.refAt[k];
      @SuppressWarnings("unchecked")
      List<Integer> waiters = (List<Integer>) refs.get(r + 1);
      ws.add(new WaitGroupState(ints.get(i + 1), (String) refs.get(r), ints.get(i + 2), waiters));
    }
    List<MutexState> mus = new ArrayList<>(state.mutexes.count);
    for (int k = 0; k < state.mutexes.count; k++) {
      int i = state.mutexes.intAt[k];
      int r = state.mutexes.refAt[k];
      @SuppressWarnings("unchecked")
      List<Integer> waiters = (List<Integer>) refs.get(r + 1);
      mus.add(new MutexState(ints.get(i + 1), (String) refs.get(r), ints.get(i + 2), ints.get(i + 3) != 0,
          waiters));
    }
    @SuppressWarnings("unchecked")
    List<Integer> grq = state.globalQueueRef < 0 ? List.of() : (List<Integer>) refs.get(state.globalQueueRef);
    return new RuntimeSnapshot(time, Collections.unmodifiableList(ps), grq, Collections.unmodifiableList(ms),
        goroutines, Collections.unmodifiableList(cs), Collections.unmodifiableList(ws),
        Collections.unmodifiableList(mus));
  }

  @SuppressWarnings("unchecked")
  private ChannelState channel(int i, int r) {
    String name = (String) refs.get(r);
    String elemType = (String) refs.get(r + 1);
    List<RuntimeSnapshot.Waiter> sendq = (List<RuntimeSnapshot.Waiter>) refs.get(r + 3);
    List<RuntimeSnapshot.Waiter> recvq = (List<RuntimeSnapshot.Waiter>) refs.get(r + 4);
    boolean closed = ints.get(i + 5) != 0;
    if (ints.get(i + 6) < 0) {
      return new ChannelState(ints.get(i + 1), name, elemType, ints.get(i + 2), (List<String>) refs.get(r + 2),
          ints.get(i + 3), ints.get(i + 4), closed, sendq, recvq);
    }
    return ChannelState.ofLog(ints.get(i + 1), name, elemType, ints.get(i + 2), (Object[]) refs.get(r + 2),
        ints.get(i + 6), ints.get(i + 7), ints.get(i + 3), ints.get(i + 4), closed, sendq, recvq);
  }

  /** Where each entity's latest change sits in the log: one state of the runtime but its goroutines. */
  static final class Latest {
    private int[] processorInt = new int[4];
    private int[] processorRef = new int[4];
    private int processorCount;
    private int globalQueueRef = -1;
    private final Table machines;
    private final Table channels;
    private final Table waitGroups;
    private final Table mutexes;

    Latest() {
      machines = new Table();
      channels = new Table();
      waitGroups = new Table();
      mutexes = new Table();
    }

    private Latest(Latest o) {
      processorInt = o.processorInt.clone();
      processorRef = o.processorRef.clone();
      processorCount = o.processorCount;
      globalQueueRef = o.globalQueueRef;
      machines = new Table(o.machines);
      channels = new Table(o.channels);
      waitGroups = new Table(o.waitGroups);
      mutexes = new Table(o.mutexes);
    }

    Latest copy() {
      return new Latest(this);
    }

    /** The number of entities held, which sets how often a checkpoint pays off. */
    int size() {
      return processorCount + machines.count + channels.count + waitGroups.count + mutexes.count;
    }

    void record(int kind, Chunked.Ints ints, int i, int r) {
      switch (kind) {
        case COUNT -> processorCount = Math.min(processorCount, ints.get(i + 1));
        case PROC -> {
          int id = ints.get(i + 1);
          if (id >= processorInt.length) {
            processorInt = Arrays.copyOf(processorInt, Math.max(id + 1, processorInt.length * 2));
            processorRef = Arrays.copyOf(processorRef, processorInt.length);
          }
          for (int k = processorCount; k < id; k++) {
            processorInt[k] = -1;
          }
          processorCount = Math.max(processorCount, id + 1);
          processorInt[id] = i;
          processorRef[id] = r;
        }
        case GRQ -> globalQueueRef = r;
        case MACH -> machines.put(ints.get(i + 1), i, r);
        case CHAN -> channels.put(ints.get(i + 1), i, r);
        case WG -> waitGroups.put(ints.get(i + 1), i, r);
        case MUTEX -> mutexes.put(ints.get(i + 1), i, r);
        default -> throw new IllegalStateException("not a change kind: " + kind);
      }
    }
  }

  /** Entities of one kind in first-seen order, each with the position of its latest change. */
  private static final class Table {
    private int[] positionById;
    private int[] intAt;
    private int[] refAt;
    private int count;

    Table() {
      positionById = new int[8];
      Arrays.fill(positionById, -1);
      intAt = new int[8];
      refAt = new int[8];
    }

    Table(Table o) {
      positionById = o.positionById.clone();
      intAt = Arrays.copyOf(o.intAt, Math.max(8, o.count));
      refAt = Arrays.copyOf(o.refAt, Math.max(8, o.count));
      count = o.count;
    }

    void put(int id, int i, int r) {
      if (id >= positionById.length) {
        int old = positionById.length;
        positionById = Arrays.copyOf(positionById, Math.max(id + 1, old * 2));
        Arrays.fill(positionById, old, positionById.length, -1);
      }
      int position = positionById[id];
      if (position < 0) {
        if (count == intAt.length) {
          intAt = Arrays.copyOf(intAt, count * 2);
          refAt = Arrays.copyOf(refAt, count * 2);
        }
        position = count++;
        positionById[id] = position;
      }
      intAt[position] = i;
      refAt[position] = r;
    }
  }
}
