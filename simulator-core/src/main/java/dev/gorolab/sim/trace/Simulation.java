package dev.gorolab.sim.trace;

import dev.gorolab.model.Chooser;
import dev.gorolab.model.DeltaSink;
import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a program on the model and records it as a {@link Trace}. Engine thread only: a recording
 * is single-threaded and deterministic, so the same inputs give an identical trace.
 */
public final class Simulation {
  /**
   * Checkpoints are never closer than this many steps apart: replaying a few hundred small deltas
   * takes microseconds, while a checkpoint of even a small state costs a dozen objects.
   */
  static final int MIN_CHECKPOINT_INTERVAL = 512;
  /**
   * A checkpoint is taken once the delta entries since the last one reach this fraction of the
   * state: reading a step then replays at most half a state's worth of entries, a few
   * milliseconds at 100,000 goroutines, while checkpoints stay a small part of the trace's memory.
   */
  static final int CHECKPOINT_DIVISOR = 2;
  private static final int PROGRESS_EVERY = 4096;

  private Simulation() {}

  /** The model's settings for a scenario program run with {@code settings} (go1.19 defaults otherwise). */
  public static RuntimeConfig configFor(RunSettings settings) {
    return RuntimeConfig.defaults(settings.gomaxprocs(), settings.seed());
  }

  /** Records {@code program} as the app plays it. */
  public static Trace record(Program program, RunSettings settings, RecordingListener listener) {
    RuntimeConfig config = configFor(settings);
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes());
    return record(
        interpreter.newMainBody(),
        config,
        new SeededChooser(config.seed()),
        settings.maxSteps(),
        listener,
        program.globals().isEmpty() ? null : interpreter::globals);
  }

  /**
   * Records {@code program} with {@code chooser} making the choices (an explorer's schedule, or
   * the class choosing); with {@code splitSharedUpdates} a shared read-modify-write is two steps
   * ({@link Interpreter#compile(Program, long, boolean)}).
   */
  public static Trace record(
      Program program, RunSettings settings, Chooser chooser, boolean splitSharedUpdates, RecordingListener listener) {
    RuntimeConfig config = configFor(settings);
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes(), splitSharedUpdates);
    return record(
        interpreter.newMainBody(),
        config,
        chooser,
        settings.maxSteps(),
        listener,
        program.globals().isEmpty() ? null : interpreter::globals);
  }

  /**
   * Records the run of {@code main} under {@code config}, stopping after {@code maxSteps} events
   * with a step-limit note.
   *
   * @throws RecordingCancelledException when {@code listener} cancels
   */
  public static Trace record(
      GoroutineBody main, RuntimeConfig config, long maxSteps, RecordingListener listener) {
    return record(main, config, new SeededChooser(config.seed()), maxSteps, listener);
  }

  /** As {@link #record(GoroutineBody, RuntimeConfig, long, RecordingListener)} with an explicit chooser. */
  public static Trace record(
      GoroutineBody main,
      RuntimeConfig config,
      Chooser chooser,
      long maxSteps,
      RecordingListener listener) {
    return record(main, config, chooser, maxSteps, listener, null);
  }

  private static Trace record(
      GoroutineBody main,
      RuntimeConfig config,
      Chooser chooser,
      long maxSteps,
      RecordingListener listener,
      Supplier<List<Variable>> globals) {
    Recorder recorder = new Recorder(globals);
    GoRuntime runtime = new GoRuntime(config, chooser, recorder);
    recorder.attach(runtime);
    runtime.start(main);
    long advances = 0;
    long maxWork = workLimit(maxSteps);
    while (!runtime.ended()) {
      if (recorder.events.size() >= maxSteps) {
        runtime.stop(Event.EndReason.STEP_LIMIT, stepLimitNote(maxSteps));
        break;
      }
      if (advances >= maxWork) {
        runtime.stop(Event.EndReason.WORK_LIMIT, workLimitNote(maxWork, maxSteps));
        break;
      }
      runtime.advance();
      if (++advances % PROGRESS_EVERY == 0) {
        listener.progress(recorder.events.size(), runtime.now());
        if (listener.cancelled()) {
          throw new RecordingCancelledException(recorder.events.size());
        }
      }
    }
    RunSettings settings = new RunSettings(config.gomaxprocs(), config.seed(), maxSteps);
    return recorder.finish(settings, runtime);
  }

  /**
   * Runs {@code main} without recording: every event goes to {@code events} as it happens (the
   * command line streams output and JSON lines this way, in constant memory).
   */
  public static RunOutcome run(
      GoroutineBody main, RuntimeConfig config, long maxSteps, Consumer<Event> events) {
    return run(main, config, new SeededChooser(config.seed()), maxSteps, events);
  }

  /** As {@link #run(GoroutineBody, RuntimeConfig, long, Consumer)} with an explicit chooser. */
  public static RunOutcome run(
      GoroutineBody main, RuntimeConfig config, Chooser chooser, long maxSteps, Consumer<Event> events) {
    long[] count = {0};
    StringBuilder stdout = new StringBuilder();
    GoRuntime runtime =
        new GoRuntime(
            config,
            chooser,
            e -> {
              count[0]++;
              if (e instanceof Event.Output output) {
                stdout.append(output.text());
              }
              events.accept(e);
            });
    runtime.start(main);
    long advances = 0;
    long maxWork = workLimit(maxSteps);
    while (!runtime.ended()) {
      if (count[0] >= maxSteps) {
        runtime.stop(Event.EndReason.STEP_LIMIT, stepLimitNote(maxSteps));
        break;
      }
      if (advances++ >= maxWork) {
        runtime.stop(Event.EndReason.WORK_LIMIT, workLimitNote(maxWork, maxSteps));
        break;
      }
      runtime.advance();
    }
    return new RunOutcome(
        runtime.exitCode(), runtime.endReason(), stdout.toString(), runtime.stderr(), runtime.now());
  }

  /**
   * Goroutine steps allowed per event of the step limit. The step limit counts events, and a loop
   * without channel operations, prints or sleeps makes none for as long as it runs: {@code for {}}
   * only meets a preemption every 10 ms of virtual time, 500,000 steps. Counting the steps too
   * bounds every run's wall time: by default 200 million steps, about 2 s of virtual time of
   * {@code for {}}. The bundled scenarios take a few steps per event.
   */
  public static final long WORK_STEPS_PER_EVENT = 10;

  /** The goroutine steps (model advances) a run with {@code maxSteps} may take. */
  public static long workLimit(long maxSteps) {
    return maxSteps > Long.MAX_VALUE / WORK_STEPS_PER_EVENT ? Long.MAX_VALUE : maxSteps * WORK_STEPS_PER_EVENT;
  }

  /** GoroLab's note for a run stopped by the work limit. */
  public static String workLimitNote(long maxWork, long maxSteps) {
    return "gorolab: stopped after " + maxWork + " goroutine steps that made fewer than " + maxSteps
        + " events (the work limit, " + WORK_STEPS_PER_EVENT + " steps per event of the step limit);"
        + " the program had not finished: a loop without channel operations, prints or sleeps"
        + " runs until then. Raise it with --max-steps N (e.g. --max-steps " + raised(maxSteps) + ").";
  }

  /** A limit twice {@code maxSteps}, for the notes' example. */
  private static long raised(long maxSteps) {
    return maxSteps > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : maxSteps * 2;
  }

  /** GoroLab's note for a run stopped by the step limit (not Go's words: Go has no such limit). */
  public static String stepLimitNote(long maxSteps) {
    return "gorolab: stopped after " + maxSteps
        + " steps (the step limit); the program had not finished. Raise it with --max-steps N (e.g. --max-steps "
        + raised(maxSteps) + ").";
  }

  /** Collects events and their deltas as the engine emits them. */
  private static final class Recorder implements Consumer<Event>, DeltaSink {
    private GoRuntime runtime;
    private final GoroutineColumns.Identities identities = new GoroutineColumns.Identities();
    final ArrayList<Event> events = new ArrayList<>();
    /** Every delta's changes but goroutines; step i's end at intEnds[i] (its references follow). */
    private final EntityLog log = new EntityLog();
    private final Chunked.Ints intEnds = new Chunked.Ints();
    /** Every delta's goroutine changes; step i's end at goroutineChangeEnds[i]. */
    private final GoroutineChanges goroutineChanges = new GoroutineChanges();
    private final Chunked.Ints goroutineChangeEnds = new Chunked.Ints();
    /** The state after the last event, rolled forward change by change; checkpoints are copies. */
    private final EntityLog.Latest latest = new EntityLog.Latest();
    private GoroutineColumns goroutines;
    private RecordedTrace.Checkpoint initial;
    private final ArrayList<RecordedTrace.Checkpoint> checkpoints = new ArrayList<>();
    private int[] checkpointSteps = new int[16];
    private int lastCheckpointStep = -1;
    private long entriesSinceCheckpoint;
    private final StringBuilder stdout = new StringBuilder();
    private int[] outputSteps = new int[16];
    private int[] outputEnds = new int[16];
    private int outputs;
    private final Narrator narrator = new Narrator();
    private final Supplier<List<Variable>> globals;
    private List<Variable> lastGlobals = List.of();
    private int[] globalsSteps = new int[4];
    private final ArrayList<List<Variable>> globalsValues = new ArrayList<>();

    Recorder(Supplier<List<Variable>> globals) {
      this.globals = globals;
    }

    void attach(GoRuntime runtime) {
      this.runtime = runtime;
      RuntimeSnapshot now = runtime.snapshot();
      runtime.takeDelta(); // the initial snapshot already holds everything created so far
      log.all(now);
      log.apply(latest, 0, 0, log.intCount());
      goroutines = new GoroutineColumns(identities);
      for (RuntimeSnapshot.GoroutineState g : now.goroutines()) {
        goroutines.put(g);
      }
      initial = checkpoint(now.time());
    }

    @Override
    public void accept(Event event) {
      int step = events.size();
      events.add(event);
      int intsFrom = log.intCount();
      int refsFrom = log.refCount();
      int goroutinesFrom = goroutineChanges.size();
      runtime.takeDelta(this);
      log.apply(latest, intsFrom, refsFrom, log.intCount());
      intEnds.add(log.intCount());
      goroutineChangeEnds.add(goroutineChanges.size());
      // About one entry per entity changed: a number of ints per change is close enough.
      entriesSinceCheckpoint += 1 + (log.intCount() - intsFrom) / 4 + goroutineChanges.size() - goroutinesFrom;
      narrator.learn(event);
      if (globals != null) {
        List<Variable> now = globals.get();
        if (now != lastGlobals && !now.equals(lastGlobals)) {
          if (globalsValues.size() == globalsSteps.length) {
            globalsSteps = Arrays.copyOf(globalsSteps, globalsSteps.length * 2);
          }
          globalsSteps[globalsValues.size()] = step;
          lastGlobals = List.copyOf(now);
          globalsValues.add(lastGlobals);
        }
      }
      if (event instanceof Event.Output output) {
        stdout.append(output.text());
        if (outputs == outputSteps.length) {
          outputSteps = Arrays.copyOf(outputSteps, outputs * 2);
          outputEnds = Arrays.copyOf(outputEnds, outputs * 2);
        }
        outputSteps[outputs] = step;
        outputEnds[outputs] = stdout.length();
        outputs++;
      }
      // A checkpoint pays off once the changes since the last one are a fair share of the state.
      if (step - lastCheckpointStep >= MIN_CHECKPOINT_INTERVAL
          && entriesSinceCheckpoint
              >= Math.max(MIN_CHECKPOINT_INTERVAL, (latest.size() + goroutines.size()) / CHECKPOINT_DIVISOR)) {
        if (checkpoints.size() == checkpointSteps.length) {
          checkpointSteps = Arrays.copyOf(checkpointSteps, checkpoints.size() * 2);
        }
        checkpointSteps[checkpoints.size()] = step;
        checkpoints.add(checkpoint(event.time()));
        lastCheckpointStep = step;
        entriesSinceCheckpoint = 0;
      }
    }

    /** The state now, to read the steps that follow from. */
    private RecordedTrace.Checkpoint checkpoint(long time) {
      return new RecordedTrace.Checkpoint(
          time, latest.copy(), goroutines.freeze(), log.intCount(), log.refCount(), goroutineChanges.size());
    }

    // The delta's changes go straight into the logs: a trace keeps one delta per event, and a
    // million small delta objects would cost more than the states they hold.

    @Override
    public void processorCount(int count) {
      log.processorCount(count); // before the Ps it keeps, as RuntimeSnapshot.apply does
    }

    @Override
    public void processor(RuntimeSnapshot.ProcessorState p) {
      log.processor(p);
    }

    @Override
    public void globalQueue(List<Integer> ids) {
      log.globalQueue(ids);
    }

    @Override
    public void machine(RuntimeSnapshot.MachineState m) {
      log.machine(m);
    }

    @Override
    public void goroutine(int id, String function, RuntimeSnapshot.GStatus status, String waitReason, int waitingOn,
        String waitingOnName, long wakeAt, int line, List<Variable> locals, int createdBy, boolean system) {
      int position = identities.positionOf(id, function, createdBy, system);
      goroutineChanges.add(position, status, waitReason, waitingOn, waitingOnName, wakeAt, line, locals);
      goroutines.put(position, status, waitReason, waitingOn, waitingOnName, wakeAt, line, locals);
    }

    @Override
    public void channel(RuntimeSnapshot.ChannelState c) {
      log.channel(c);
    }

    @Override
    public void waitGroup(RuntimeSnapshot.WaitGroupState w) {
      log.waitGroup(w);
    }

    @Override
    public void mutex(RuntimeSnapshot.MutexState mu) {
      log.mutex(mu);
    }

    RecordedTrace finish(RunSettings settings, GoRuntime runtime) {
      RunOutcome outcome =
          new RunOutcome(
              runtime.exitCode(),
              runtime.endReason(),
              stdout.toString(),
              runtime.stderr(),
              runtime.now());
      return new RecordedTrace(
          settings,
          events,
          log,
          intEnds,
          goroutineChanges,
          goroutineChangeEnds,
          initial,
          Arrays.copyOf(checkpointSteps, checkpoints.size()),
          List.copyOf(checkpoints),
          outcome.stdout(),
          Arrays.copyOf(outputSteps, outputs),
          Arrays.copyOf(outputEnds, outputs),
          outcome,
          narrator,
          Arrays.copyOf(globalsSteps, globalsValues.size()),
          List.copyOf(globalsValues));
    }
  }
}
