package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One lane per P and per M over the run, coloured by the goroutine that ran, with markers for the
 * scheduling events a lecturer points at. The x axis is the step index: many steps share one
 * virtual instant, and each must stay visible and clickable.
 */
public record TimelineModel(int steps, List<Lane> lanes, List<Segment> segments, List<Marker> markers) {

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

  /** A marker on {@code lane} at {@code step}. */
  public record Marker(int lane, int step, MarkerKind kind) {}

  public static final TimelineModel EMPTY = new TimelineModel(0, List.of(), List.of(), List.of());

  /** Scans the trace once; call off the FX thread for long runs. */
  public static TimelineModel of(Trace trace) {
    int n = trace.size();
    int ps = trace.initialState().processors().size();
    for (int i : trace.stepsOf(Event.ProcessorsResized.class)) {
      ps = Math.max(ps, ((Event.ProcessorsResized) trace.event(i)).to());
    }
    Map<Integer, Integer> mLane = new TreeMap<>();
    RuntimeSnapshot last = n == 0 ? trace.initialState() : trace.stateAt(n - 1);
    for (MachineState m : last.machines()) {
      mLane.putIfAbsent(m.id(), 0);
    }
    for (MachineState m : trace.initialState().machines()) {
      mLane.putIfAbsent(m.id(), 0);
    }
    Builder b = new Builder(ps);
    for (Map.Entry<Integer, Integer> e : mLane.entrySet()) {
      b.machineLane(e.getKey());
    }
    for (int i = 0; i < n; i++) {
      b.accept(i, trace.event(i));
    }
    b.closeAll(n);
    return new TimelineModel(n, List.copyOf(b.lanes), List.copyOf(b.segments), List.copyOf(b.markers));
  }

  private static final class Builder {
    final List<Lane> lanes = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Marker> markers = new ArrayList<>();
    final Map<Integer, Integer> laneOfM = new TreeMap<>();
    // Per lane: the goroutine on it (or -1), since which step, and whether it is a syscall.
    final List<int[]> open = new ArrayList<>();
    final int ps;
    final java.util.TreeSet<Integer> system = new java.util.TreeSet<>();

    Builder(int ps) {
      this.ps = ps;
      for (int p = 0; p < ps; p++) {
        lanes.add(new Lane(false, p));
        open.add(new int[] {-1, 0, 0});
      }
    }

    int machineLane(int m) {
      return laneOfM.computeIfAbsent(m, id -> {
        lanes.add(new Lane(true, id));
        open.add(new int[] {-1, 0, 0});
        return lanes.size() - 1;
      });
    }

    int pLane(int p) {
      return p >= 0 && p < ps ? p : -1;
    }

    void start(int lane, int g, int step, boolean syscall) {
      close(lane, step);
      open.get(lane)[0] = g;
      open.get(lane)[1] = step;
      open.get(lane)[2] = syscall ? 1 : 0;
    }

    void close(int lane, int step) {
      if (lane < 0) {
        return;
      }
      int[] o = open.get(lane);
      if (o[0] >= 0) {
        segments.add(new Segment(lane, o[1], Math.max(step, o[1] + 1), o[0], o[2] == 1, system.contains(o[0])));
      }
      o[0] = -1;
    }

    /** Closes the P lane and any M lane running {@code g} (not in a syscall). */
    void stop(int g, int p, int step) {
      close(pLane(p), step);
      for (int lane = ps; lane < lanes.size(); lane++) {
        int[] o = open.get(lane);
        if (o[0] == g && o[2] == 0) {
          close(lane, step);
        }
      }
    }

    void mark(int lane, int step, MarkerKind kind) {
      if (lane >= 0) {
        markers.add(new Marker(lane, step, kind));
      }
    }

    void accept(int i, Event e) {
      if (e instanceof Event.GoroutineCreated x && x.system()) {
        system.add(x.g());
      } else if (e instanceof Event.GoroutineStarted x) {
        int pl = pLane(x.p());
        if (pl >= 0) {
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
        int ml = machineLane(x.m());
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

    void closeAll(int step) {
      for (int lane = 0; lane < lanes.size(); lane++) {
        close(lane, step);
      }
    }
  }
}
