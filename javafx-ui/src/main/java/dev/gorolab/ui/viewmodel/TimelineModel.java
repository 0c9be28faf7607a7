package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One lane per P and per M over the run, coloured by the goroutine that ran, with markers for the
 * scheduling events a lecturer points at. The x axis is the step index: many steps share one
 * virtual instant, and each must stay visible and clickable.
 *
 * <p>Bars and markers are kept per lane in columns of ints, not as an object each: the 10M-event
 * ping-pong has 4M bars and 4M markers, which as records took hundreds of MiB and made every
 * collection of the app slow. In a lane, bars come in step order and neither their starts nor
 * their ends go back; so do a lane's markers of one kind, which lets the view find what reaches
 * a pixel by binary search and draw in time proportional to its width, not to the run's length.
 * Immutable once built.
 */
public final class TimelineModel {

  /** A P lane ({@code machine == false}) or an M lane. */
  public record Lane(boolean machine, int id) {
    public String label() {
      return (machine ? "M" : "P") + id;
    }
  }

  /**
   * {@code g} ran on lane {@code lane} from step {@code fromStep} (inclusive) to {@code toStep}
   * (exclusive); {@code system} marks a runtime goroutine, drawn grey.
   */
  public record Segment(int lane, int fromStep, int toStep, int g, boolean syscall, boolean system) {}

  /** What a marker stands for. */
  public enum MarkerKind {
    BLOCK,
    WAKE,
    GOSCHED,
    PREEMPT,
    STEAL,
    SYSCALL
  }

  private static final MarkerKind[] KINDS = MarkerKind.values();
  private static final int PROGRESS_EVENTS = 1 << 16;

  /** A marker on {@code lane} at {@code step}. */
  public record Marker(int lane, int step, MarkerKind kind) {}

  public static final TimelineModel EMPTY = new TimelineModel(0, List.of(), new IntColumn[0][], new IntColumn[0][]);

  private static final int FROM = 0;
  private static final int TO = 1;
  /** The goroutine shifted left by two, with bit 0 set for a syscall and bit 1 for a runtime goroutine. */
  private static final int G_FLAGS = 2;

  private final int steps;
  private final List<Lane> lanes;
  /** Per lane: FROM, TO, G_FLAGS. */
  private final IntColumn[][] bars;
  /** Per lane, per marker kind: the steps, ascending. */
  private final IntColumn[][] marks;

  private TimelineModel(int steps, List<Lane> lanes, IntColumn[][] bars, IntColumn[][] marks) {
    this.steps = steps;
    this.lanes = lanes;
    this.bars = bars;
    this.marks = marks;
  }

  /** The number of steps of the run. */
  public int steps() {
    return steps;
  }

  /** P lanes first (P0, P1, …), then M lanes. */
  public List<Lane> lanes() {
    return lanes;
  }

  /** How many bars {@code lane} has; bar {@code k} starts no earlier and ends no earlier than bar k-1. */
  public int barCount(int lane) {
    return bars[lane][FROM].size();
  }

  public int barFrom(int lane, int k) {
    return bars[lane][FROM].get(k);
  }

  /** The step the bar ends before (exclusive). */
  public int barTo(int lane, int k) {
    return bars[lane][TO].get(k);
  }

  public int barG(int lane, int k) {
    return bars[lane][G_FLAGS].get(k) >>> 2;
  }

  public boolean barSyscall(int lane, int k) {
    return (bars[lane][G_FLAGS].get(k) & 1) != 0;
  }

  public boolean barSystem(int lane, int k) {
    return (bars[lane][G_FLAGS].get(k) & 2) != 0;
  }

  /** How many markers of {@code kind} {@code lane} has. */
  public int markerCount(int lane, MarkerKind kind) {
    return marks[lane][kind.ordinal()].size();
  }

  /** The step of the {@code k}th marker of {@code kind} on {@code lane}, ascending in k. */
  public int markerStep(int lane, MarkerKind kind, int k) {
    return marks[lane][kind.ordinal()].get(k);
  }

  /**
   * Every bar as a record, lane by lane in step order. Allocates one object a bar: for tests and
   * small runs, not for drawing.
   */
  public List<Segment> segments() {
    List<Segment> all = new ArrayList<>();
    for (int lane = 0; lane < lanes.size(); lane++) {
      for (int k = 0; k < barCount(lane); k++) {
        all.add(new Segment(lane, barFrom(lane, k), barTo(lane, k), barG(lane, k), barSyscall(lane, k), barSystem(lane, k)));
      }
    }
    return List.copyOf(all);
  }

  /** Every marker as a record, lane by lane in step order. Allocates one object a marker: for tests. */
  public List<Marker> markers() {
    List<Marker> all = new ArrayList<>();
    for (int lane = 0; lane < lanes.size(); lane++) {
      List<Marker> inLane = new ArrayList<>();
      for (MarkerKind kind : KINDS) {
        for (int k = 0; k < markerCount(lane, kind); k++) {
          inLane.add(new Marker(lane, markerStep(lane, kind, k), kind));
        }
      }
      inLane.sort(java.util.Comparator.comparingInt(Marker::step));
      all.addAll(inLane);
    }
    return List.copyOf(all);
  }

  /** Scans the trace once; call off the FX thread for long runs. */
  public static TimelineModel of(Trace trace) {
    return of(trace, RecordingListener.NONE);
  }

  /**
   * Scans the trace once, telling {@code listener} how many events are done every {@value
   * #PROGRESS_EVENTS} and stopping with {@link RecordingCancelledException} when it says so.
   */
  public static TimelineModel of(Trace trace, RecordingListener listener) {
    int n = trace.size();
    Builder b = new Builder();
    for (int i = 0; i < n; i++) {
      if (i % PROGRESS_EVENTS == 0 && i > 0) {
        if (listener.cancelled()) {
          throw new RecordingCancelledException(i);
        }
        listener.progress(i, trace.time(i));
      }
      b.accept(trace.event(i));
    }
    listener.progress(n, n == 0 ? 0 : trace.time(n - 1));
    return b.build(trace);
  }

  /**
   * Builds the lanes from the events in order: from a trace, or while it is being recorded (fed
   * through {@link RecordingListener#event}), so a long run needs no second pass over its events.
   * One thread only.
   */
  public static final class Builder {
    private final List<LaneData> pLanes = new ArrayList<>();
    /** By M id, in the order first seen. */
    private final Map<Integer, LaneData> mLanes = new LinkedHashMap<>();
    private final java.util.TreeSet<Integer> system = new java.util.TreeSet<>();
    private int events;

    /** A lane's columns and the bar open on it. */
    private static final class LaneData {
      final IntColumn[] bars = {new IntColumn(), new IntColumn(), new IntColumn()};
      final IntColumn[] marks = new IntColumn[KINDS.length];
      // The goroutine on the lane (or -1), since which step, and whether it is a syscall.
      int g = -1;
      int from;
      boolean syscall;

      LaneData() {
        for (int k = 0; k < marks.length; k++) {
          marks[k] = new IntColumn();
        }
      }
    }

    /** How many events were fed. */
    public int events() {
      return events;
    }

    /** Takes the run's next event. */
    public void accept(Event e) {
      accept(events++, e);
    }

    /**
     * The timeline of {@code trace}, whose events are the ones fed: P lanes P0 to the most Ps the
     * run had, then M lanes by id (those the run starts or ends with), then the other Ms in the order
     * they appeared.
     */
    public TimelineModel build(Trace trace) {
      int n = trace.size();
      if (n != events) {
        throw new IllegalArgumentException("the builder took " + events + " events, the trace has " + n);
      }
      closeAll(n);
      int ps = trace.initialState().processors().size();
      for (int i : trace.stepsOf(Event.ProcessorsResized.class)) {
        ps = Math.max(ps, ((Event.ProcessorsResized) trace.event(i)).to());
      }
      java.util.TreeSet<Integer> known = new java.util.TreeSet<>();
      RuntimeSnapshot last = n == 0 ? trace.initialState() : trace.stateAt(n - 1);
      for (MachineState m : last.machines()) {
        known.add(m.id());
      }
      for (MachineState m : trace.initialState().machines()) {
        known.add(m.id());
      }
      List<Lane> lanes = new ArrayList<>();
      List<LaneData> data = new ArrayList<>();
      for (int p = 0; p < ps; p++) {
        lanes.add(new Lane(false, p));
        data.add(p < pLanes.size() && pLanes.get(p) != null ? pLanes.get(p) : new LaneData());
      }
      for (int m : known) {
        lanes.add(new Lane(true, m));
        data.add(mLanes.getOrDefault(m, new LaneData()));
      }
      for (Map.Entry<Integer, LaneData> e : mLanes.entrySet()) {
        if (!known.contains(e.getKey())) {
          lanes.add(new Lane(true, e.getKey()));
          data.add(e.getValue());
        }
      }
      IntColumn[][] bars = new IntColumn[data.size()][];
      IntColumn[][] marks = new IntColumn[data.size()][];
      for (int i = 0; i < data.size(); i++) {
        bars[i] = data.get(i).bars;
        marks[i] = data.get(i).marks;
      }
      return new TimelineModel(n, List.copyOf(lanes), bars, marks);
    }

    private LaneData pLane(int p) {
      if (p < 0) {
        return null;
      }
      while (pLanes.size() <= p) {
        pLanes.add(null);
      }
      if (pLanes.get(p) == null) {
        pLanes.set(p, new LaneData());
      }
      return pLanes.get(p);
    }

    private LaneData machineLane(int m) {
      return mLanes.computeIfAbsent(m, id -> new LaneData());
    }

    private void start(LaneData lane, int g, int step, boolean syscall) {
      close(lane, step);
      lane.g = g;
      lane.from = step;
      lane.syscall = syscall;
    }

    private void close(LaneData lane, int step) {
      if (lane == null) {
        return;
      }
      if (lane.g >= 0) {
        lane.bars[FROM].add(lane.from);
        lane.bars[TO].add(Math.max(step, lane.from + 1));
        lane.bars[G_FLAGS].add(lane.g << 2 | (lane.syscall ? 1 : 0) | (system.contains(lane.g) ? 2 : 0));
      }
      lane.g = -1;
    }

    /** Closes the P lane and any M lane running {@code g} (not in a syscall). */
    private void stop(int g, int p, int step) {
      close(pLane(p), step);
      for (LaneData m : mLanes.values()) {
        if (m.g == g && !m.syscall) {
          close(m, step);
        }
      }
    }

    private void mark(LaneData lane, int step, MarkerKind kind) {
      if (lane != null) {
        lane.marks[kind.ordinal()].add(step);
      }
    }

    private void accept(int i, Event e) {
      if (e instanceof Event.GoroutineCreated x && x.system()) {
        system.add(x.g());
      } else if (e instanceof Event.GoroutineStarted x) {
        LaneData pl = pLane(x.p());
        if (pl != null) {
          start(pl, x.g(), i, false);
        }
        if (x.m() >= 0) {
          start(machineLane(x.m()), x.g(), i, false);
        }
      } else if (e instanceof Event.GoroutineBlocked x) {
        stop(x.g(), x.p(), i);
        mark(pLane(x.p()), i, MarkerKind.BLOCK);
      } else if (e instanceof Event.GoroutineYielded x) {
        stop(x.g(), x.p(), i);
        mark(pLane(x.p()), i, MarkerKind.GOSCHED);
      } else if (e instanceof Event.GoroutinePreempted x) {
        stop(x.g(), x.p(), i);
        mark(pLane(x.p()), i, MarkerKind.PREEMPT);
      } else if (e instanceof Event.GoroutineExited x) {
        stop(x.g(), x.p(), i);
      } else if (e instanceof Event.SleepStarted x) {
        stop(x.g(), x.p(), i);
        mark(pLane(x.p()), i, MarkerKind.BLOCK);
      } else if (e instanceof Event.GoroutineReadied x) {
        mark(pLane(x.p()), i, MarkerKind.WAKE);
      } else if (e instanceof Event.Stolen x) {
        mark(pLane(x.thief()), i, MarkerKind.STEAL);
      } else if (e instanceof Event.SyscallEntered x) {
        close(pLane(x.p()), i);
        LaneData ml = machineLane(x.m());
        start(ml, x.g(), i, true);
        mark(ml, i, MarkerKind.SYSCALL);
      } else if (e instanceof Event.SyscallExited x) {
        close(machineLane(x.m()), i);
      } else if (e instanceof Event.ProcessorIdle x) {
        close(pLane(x.p()), i);
      } else if (e instanceof Event.MachineParked x) {
        close(machineLane(x.m()), i);
      } else if (e instanceof Event.ProgramEnded || e instanceof Event.Deadlocked) {
        closeAll(i + 1);
      }
    }

    private void closeAll(int step) {
      for (LaneData p : pLanes) {
        close(p, step);
      }
      for (LaneData m : mLanes.values()) {
        close(m, step);
      }
    }
  }
}
