package dev.gorolab.sim.trace;

import dev.gorolab.model.Chooser;
import dev.gorolab.model.Event;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.RecvMode;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.EventSink;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a program on the model and records it as a {@link Trace}. Engine thread only: a recording
 * is single-threaded and deterministic, so the same inputs give an identical trace.
 */
public final class Simulation {
  /**
   * Model snapshots are at least this many events apart: re-executing a few thousand events to
   * reach a step takes about a millisecond once the JIT has compiled the model. At 4,096 the
   * copies were 8% of a one-shot recording of the 10M-event ping-pong; at 8,192 the recording is
   * 8% faster and a seek's p95 1.1 ms instead of 0.8 (docs/benchmarks.md).
   */
  static final int MIN_SNAPSHOT_INTERVAL = 8192;
  private static final int PROGRESS_EVERY = 4096;

  private Simulation() {}

  /** The model's settings for a scenario program run with {@code settings} (go1.19 defaults otherwise). */
  public static RuntimeConfig configFor(RunSettings settings) {
    return RuntimeConfig.defaults(settings.gomaxprocs(), settings.seed());
  }

  /** Records {@code program} as the app plays it. */
  public static Trace record(Program program, RunSettings settings, RecordingListener listener) {
    RuntimeConfig config = configFor(settings);
    return record(
        () -> Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes()),
        null,
        config,
        new SeededChooser(config.seed()),
        settings.maxSteps(),
        listener);
  }

  /**
   * Records {@code program} with {@code chooser} making the choices (an explorer's schedule, or
   * the class choosing); with {@code splitSharedUpdates} a shared read-modify-write is two steps
   * ({@link Interpreter#compile(Program, long, boolean)}).
   */
  public static Trace record(
      Program program, RunSettings settings, Chooser chooser, boolean splitSharedUpdates, RecordingListener listener) {
    RuntimeConfig config = configFor(settings);
    return record(
        () -> Interpreter.compile(program, config.maxStepNanos(), settings.maxMemoryBytes(), splitSharedUpdates),
        null,
        config,
        chooser,
        settings.maxSteps(),
        listener);
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

  /**
   * As {@link #record(GoroutineBody, RuntimeConfig, long, RecordingListener)} with an explicit
   * chooser. Reading a state re-executes from copies of {@code main}'s model, so {@code main}
   * must not be a lambda that captured state.
   */
  public static Trace record(
      GoroutineBody main,
      RuntimeConfig config,
      Chooser chooser,
      long maxSteps,
      RecordingListener listener) {
    return record(null, main, config, chooser, maxSteps, listener);
  }

  /**
   * Records a run: the events packed, the chooser's answers, and a copy of the whole model every
   * few thousand events, from which any step's state is recomputed ({@link ReplayTrace}).
   * {@code interpreter} (or, without one, {@code main}) gives the program.
   */
  private static Trace record(
      Supplier<Interpreter> interpreter,
      GoroutineBody main,
      RuntimeConfig config,
      Chooser chooser,
      long maxSteps,
      RecordingListener listener) {
    ReplayTrace.Answers answers = new ReplayTrace.Answers();
    Recorder recorder = new Recorder(listener);
    java.util.function.Predicate<Object> shared = o -> o == chooser || o == answers || o == recorder;
    Supplier<ReplayTrace.World> fresh = () -> {
      ReplayTrace.World w = new ReplayTrace.World();
      w.chooser = new ReplayTrace.AnswerLog(chooser, answers);
      w.sink = new ReplayTrace.Sink();
      w.runtime = new GoRuntime(config, w.chooser, w.sink);
      if (interpreter != null) {
        w.interpreter = interpreter.get();
        w.main = w.interpreter.newMainBody();
      } else {
        w.main = main;
      }
      return w;
    };
    ReplayTrace.World world = fresh.get();
    world.sink.recorder = recorder;
    RuntimeSnapshot initialState = world.runtime.snapshot();
    long maxWork = workLimit(maxSteps);
    ArrayList<ReplayTrace.Snapshot> snapshots = new ArrayList<>();
    // Without a program to compile again, the start is a copy taken before anything ran.
    Supplier<ReplayTrace.World> fromStart = interpreter != null ? fresh : null;
    boolean copying = true;
    int lastSnapshot = 0;
    int interval = MIN_SNAPSHOT_INTERVAL;
    int[] objects = new int[1]; // the size of the last copy, the next one's expected size
    try {
      snapshots.add(new ReplayTrace.Snapshot(0, snapshotOf(world, shared)));
    } catch (ModelCopier.NotCopyable e) {
      copying = false;
    }
    world.started = true;
    world.runtime.start(world.main);
    while (!world.runtime.ended()) {
      if (!ReplayTrace.advance(world, maxSteps, maxWork)) {
        break;
      }
      if (world.advances % PROGRESS_EVERY == 0) {
        listener.progress(world.sink.count, world.runtime.now());
        if (listener.cancelled()) {
          throw new RecordingCancelledException(world.sink.count);
        }
      }
      if (copying && world.sink.count - lastSnapshot >= interval && !world.runtime.ended()) {
        try {
          ReplayTrace.World copy = snapshotOf(world, shared, objects);
          snapshots.add(new ReplayTrace.Snapshot(world.sink.count, copy));
          lastSnapshot = world.sink.count;
          // A copy costs about as much as re-executing as many events as it has objects: space
          // snapshots so that copying stays a small part of both recording and seeking.
          interval = Math.max(MIN_SNAPSHOT_INTERVAL, objects[0]);
        } catch (ModelCopier.NotCopyable e) {
          copying = false;
          snapshots.clear();
        }
      }
    }
    recorder.listener = RecordingListener.NONE;
    if (!copying && fromStart == null) {
      throw new IllegalArgumentException("cannot record: the model cannot be copied to re-execute it");
    }
    RunSettings settings = new RunSettings(config.gomaxprocs(), config.seed(), maxSteps);
    GoRuntime runtime = world.runtime;
    RunOutcome outcome =
        new RunOutcome(runtime.exitCode(), runtime.endReason(), recorder.stdout.toString(), runtime.stderr(), runtime.now());
    return new ReplayTrace(
        settings,
        recorder.events,
        initialState,
        snapshots,
        fromStart,
        maxSteps,
        outcome.stdout(),
        Arrays.copyOf(recorder.outputSteps, recorder.outputs),
        Arrays.copyOf(recorder.outputEnds, recorder.outputs),
        outcome,
        recorder.narrator,
        shared);
  }

  private static ReplayTrace.World snapshotOf(
      ReplayTrace.World world, java.util.function.Predicate<Object> shared, int[] objects) {
    ReplayTrace.World copy = ModelCopier.copy(world, shared, objects);
    copy.sink.recorder = null;
    copy.chooser.replaying = true;
    return copy;
  }

  private static ReplayTrace.World snapshotOf(ReplayTrace.World world, java.util.function.Predicate<Object> shared) {
    return snapshotOf(world, shared, new int[1]);
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

  /**
   * Keeps what a trace needs of each event as the engine emits it. The five kinds a channel
   * operation emits go into the log from their components; a record is made for them only for a
   * listener that follows events (the narrator and the output learn nothing from them).
   */
  private static final class Recorder implements EventSink {
    final EventLog events = new EventLog();
    final StringBuilder stdout = new StringBuilder();
    int[] outputSteps = new int[16];
    int[] outputEnds = new int[16];
    int outputs;
    final Narrator narrator = new Narrator();
    /** Dropped once recorded: the trace's snapshots share the recorder and live as long as it. */
    RecordingListener listener;

    Recorder(RecordingListener listener) {
      this.listener = listener;
    }

    @Override
    public void accept(Event event) {
      int step = events.size();
      events.add(event);
      listener.event(event);
      narrator.learn(event);
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
    }

    private boolean followed() {
      return listener != RecordingListener.NONE;
    }

    @Override
    public void goroutineStarted(long time, int g, int p, int m, Source source, boolean newSlice, int schedtick) {
      events.addGoroutineStarted(time, g, p, m, source, newSlice, schedtick);
      if (followed()) {
        listener.event(new Event.GoroutineStarted(time, g, p, m, source, newSlice, schedtick));
      }
    }

    @Override
    public void goroutineReadied(long time, int g, int waker, int p, Place place, int displaced, String because) {
      events.addGoroutineReadied(time, g, waker, p, place, displaced, because);
      if (followed()) {
        listener.event(new Event.GoroutineReadied(time, g, waker, p, place, displaced, because));
      }
    }

    @Override
    public void goroutineBlocked(long time, int g, int p, String waitReason, int ch, String object) {
      events.addGoroutineBlocked(time, g, p, waitReason, ch, object);
      if (followed()) {
        listener.event(new Event.GoroutineBlocked(time, g, p, waitReason, ch, object));
      }
    }

    @Override
    public void valueSent(long time, int g, int ch, Object value, SendMode mode, int receiver, int slot) {
      events.addValueSent(time, g, ch, value, mode, receiver, slot);
      if (followed()) {
        listener.event(new Event.ValueSent(time, g, ch, value, mode, receiver, slot));
      }
    }

    @Override
    public void valueReceived(
        long time, int g, int ch, Object value, boolean ok, RecvMode mode, int sender, int slot) {
      events.addValueReceived(time, g, ch, value, ok, mode, sender, slot);
      if (followed()) {
        listener.event(new Event.ValueReceived(time, g, ch, value, ok, mode, sender, slot));
      }
    }
  }
}
