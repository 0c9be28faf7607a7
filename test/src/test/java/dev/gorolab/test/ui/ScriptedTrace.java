package dev.gorolab.test.ui;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.ChannelState;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.model.RuntimeSnapshot.ProcessorState;
import dev.gorolab.model.RuntimeSnapshot.Waiter;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Test data: a trace written out by hand, step by step, with exactly the states a test asserts on.
 * The builder mutates a small model of the runtime and freezes a snapshot at each {@link #emit}.
 */
final class ScriptedTrace implements Trace {
  private final RunSettings settings;
  private final RuntimeSnapshot initial;
  private final List<Event> events;
  private final List<RuntimeSnapshot> states;
  private final List<String> stdout;
  private final List<String[]> narration;
  private final RunOutcome outcome;

  private ScriptedTrace(Builder b, RunOutcome outcome) {
    this.settings = b.settings;
    this.initial = b.initial;
    this.events = List.copyOf(b.events);
    this.states = List.copyOf(b.states);
    this.stdout = List.copyOf(b.stdout);
    this.narration = List.copyOf(b.narration);
    this.outcome = outcome;
  }

  @Override
  public RunSettings settings() {
    return settings;
  }

  @Override
  public int size() {
    return events.size();
  }

  @Override
  public Event event(int i) {
    return events.get(i);
  }

  @Override
  public RuntimeSnapshot initialState() {
    return initial;
  }

  @Override
  public RuntimeSnapshot stateAt(int i) {
    return states.get(i);
  }

  @Override
  public List<dev.gorolab.model.Variable> globalsAt(int i) {
    return List.of();
  }

  @Override
  public String stdoutUpTo(int i) {
    return i < 0 ? "" : stdout.get(i);
  }

  @Override
  public String narration(int i, Locale locale) {
    return narration.get(i)[locale.getLanguage().equals("zh") ? 1 : 0];
  }

  @Override
  public RunOutcome outcome() {
    return outcome;
  }

  @Override
  public List<Integer> stepsOf(Class<? extends Event> type) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        found.add(i);
      }
    }
    return found;
  }

  static Builder builder(int gomaxprocs, long seed) {
    return new Builder(new RunSettings(gomaxprocs, seed, 1000));
  }

  /** A mutable stand-in for the runtime; every field is public to the test that scripts it. */
  static final class Builder {
    final RunSettings settings;
    long time;
    final List<P> ps = new ArrayList<>();
    final List<Integer> global = new ArrayList<>();
    final TreeMap<Integer, MachineState> ms = new TreeMap<>();
    final TreeMap<Integer, G> gs = new TreeMap<>();
    final TreeMap<Integer, Chan> chans = new TreeMap<>();
    private final StringBuilder out = new StringBuilder();
    private RuntimeSnapshot initial;
    private final List<Event> events = new ArrayList<>();
    private final List<RuntimeSnapshot> states = new ArrayList<>();
    private final List<String> stdout = new ArrayList<>();
    private final List<String[]> narration = new ArrayList<>();

    Builder(RunSettings settings) {
      this.settings = settings;
      for (int i = 0; i < settings.gomaxprocs(); i++) {
        ps.add(new P());
      }
      ms.put(0, new MachineState(0, MStatus.RUNNING, 0, 1));
      ps.get(0).m = 0;
      ps.get(0).running = 1;
      gs.put(1, new G(1, "main.main", GStatus.RUNNING, 9));
      initial = freeze();
    }

    static final class P {
      int m = -1;
      int running = -1;
      int runnext = -1;
      final List<Integer> local = new ArrayList<>();
    }

    static final class G {
      final int id;
      final String function;
      GStatus status;
      int line;
      String waitReason = "";
      String waitingOnName = "";
      int waitingOn = -1;
      long wakeAt = -1;

      G(int id, String function, GStatus status, int line) {
        this.id = id;
        this.function = function;
        this.status = status;
        this.line = line;
      }
    }

    static final class Chan {
      final int id;
      final String name;
      final int capacity;
      final List<String> buffer = new ArrayList<>();
      final List<Waiter> sendq = new ArrayList<>();
      final List<Waiter> recvq = new ArrayList<>();
      boolean closed;

      Chan(int id, String name, int capacity) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
      }
    }

    P p(int i) {
      return ps.get(i);
    }

    G g(int id) {
      return gs.get(id);
    }

    Builder go(int id, String function, int line) {
      gs.put(id, new G(id, function, GStatus.RUNNABLE, line));
      return this;
    }

    Builder machine(int id, MStatus status, int p, int g) {
      ms.put(id, new MachineState(id, status, p, g));
      return this;
    }

    Chan chan(int id, String name, int capacity) {
      Chan c = new Chan(id, name, capacity);
      chans.put(id, c);
      return c;
    }

    Builder print(String text) {
      out.append(text);
      return this;
    }

    /** Records {@code e} with its narration and freezes the state as it is now. */
    Builder emit(Event e, String en, String zh) {
      events.add(e);
      states.add(freeze());
      stdout.add(out.toString());
      narration.add(new String[] {en, zh});
      return this;
    }

    private RuntimeSnapshot freeze() {
      List<ProcessorState> procs = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        P p = ps.get(i);
        PStatus status = p.running >= 0 ? PStatus.RUNNING : PStatus.IDLE;
        procs.add(new ProcessorState(i, status, p.m, p.running, p.runnext, List.copyOf(p.local), 0));
      }
      List<GoroutineState> goroutines = new ArrayList<>();
      for (G g : gs.values()) {
        goroutines.add(new GoroutineState(g.id, g.function, g.status, g.waitReason, g.waitingOn, g.waitingOnName, g.wakeAt, g.line, List.of(), g.id == 1 ? 0 : 1, false));
      }
      List<ChannelState> channels = new ArrayList<>();
      for (Chan c : chans.values()) {
        channels.add(new ChannelState(c.id, c.name, "string", c.capacity, List.copyOf(c.buffer), 0, 0, c.closed, List.copyOf(c.sendq), List.copyOf(c.recvq)));
      }
      return new RuntimeSnapshot(time, procs, List.copyOf(global), List.copyOf(ms.values()), goroutines, channels, List.of(), List.of());
    }

    ScriptedTrace build(RunOutcome outcome) {
      return new ScriptedTrace(this, outcome);
    }
  }
}
