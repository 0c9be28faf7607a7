package dev.gorolab.scenario.cli;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The headless command line: {@code run}, {@code check}, {@code list}. Prints the program's output
 * exactly as Go would and ends with Go's exit code; user mistakes give one-line messages and exit 1.
 */
public final class GoroLabCli {
  /** Exit code of a program in which {@code --race} found a data race and that otherwise exited 0, as Go's. */
  public static final int EXIT_RACE = 66;

  /** Exit code when GoroLab's step limit stopped a program (Go itself has no such limit). */
  public static final int EXIT_STEP_LIMIT = 3;

  static final String USAGE =
      String.join(
          "\n",
          "usage:",
          "  gorolab                     open the app on the bundled default scenario",
          "  gorolab FILE.go|FILE.json   open the app on a Go program or a scenario",
          "  gorolab run FILE|ID [--gomaxprocs N] [--numcpu N] [--seed S] [--max-steps N] [--max-memory MiB] [--trace OUT.jsonl [--force]] [--stats] [--record] [--race]",
          "                              [--mode go|any --schedule CHOICES|FILE.schedule]   replay a schedule explore printed or the class made",
          "  gorolab run FILE|ID --outcomes [--gomaxprocs N] [--seeds A..B] [--json]   distinct outputs over seeds, with real Go's share",
          "  gorolab check FILE...       check Go programs and scenario files, one line per error",
          "  gorolab list                the bundled scenarios",
          DiffCommand.USAGE_LINE,
          ExplainCommand.USAGE_LINE,
          ExploreCommand.USAGE_LINE,
          "  gorolab export FILE|ID --step N --out slide.png [...]   slides without a window (docs/export.md)",
          "");

  private final PrintStream out;
  private final PrintStream err;

  private GoroLabCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Entry point for headless use: {@code java -cp gorolab.jar dev.gorolab.scenario.cli.GoroLabCli run ...}. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with the process's streams; returns the exit code. */
  public static int run(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    try {
      return run(args, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs the command line on the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    GoroLabCli cli = new GoroLabCli(out, err);
    try {
      if (args.length == 0) {
        err.print(USAGE);
        return 1;
      }
      return switch (args[0]) {
        case "run" -> OutcomesCommand.wanted(tail(args))
            ? OutcomesCommand.run(cli, tail(args), out, err) : cli.runCommand(tail(args));
        case "check" -> cli.checkCommand(tail(args));
        case "list" -> cli.listCommand(tail(args));
        case "diff" -> DiffCommand.run(cli, tail(args), out, err);
        case "explain" -> ExplainCommand.run(cli, tail(args), out, err);
        case "explore" -> ExploreCommand.run(cli, tail(args), out, err);
        case "help", "-h", "--help" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command \"" + args[0] + "\"");
      };
    } catch (UsageException e) {
      err.println("gorolab: " + e.getMessage());
      err.print(USAGE);
      return 1;
    }
  }

  private static String[] tail(String[] args) {
    String[] rest = new String[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return rest;
  }

  /** A mistake in the command line itself. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  // ---- run ------------------------------------------------------------------------------------

  private int runCommand(String[] args) {
    RunOptions options = RunOptions.parse(args);
    Scenario scenario;
    try {
      scenario = loadFileOrBundled(options.target());
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return 1;
    }
    if (options.numCPU() != null) {
      // --numcpu overrides the scenario's numcpu (a Go file's is Program.DEFAULT_NUM_CPU).
      scenario = new Scenario(scenario.file(), scenario.id(), scenario.title(), scenario.description(),
          scenario.whatToWatch(), scenario.gomaxprocs(), scenario.seed(), scenario.program().withNumCPU(options.numCPU()),
          scenario.goSource(), scenario.goSourceName());
    }
    if (options.tracePath() != null) {
      checkTraceTarget(options, scenario);
    }
    int gomaxprocs = options.gomaxprocs() != null ? options.gomaxprocs() : scenario.gomaxprocs();
    long seed = options.seed() != null ? options.seed() : scenario.seed();
    RunSettings settings = new RunSettings(gomaxprocs, seed, options.maxSteps(), options.maxMemoryBytes());
    RuntimeConfig config = Simulation.configFor(settings);

    Stats stats = new Stats();
    RunOutcome outcome;
    dev.gorolab.sim.race.RaceDetector race = null;
    // A schedule replays choices explore printed; without one, the seeded chooser decides.
    dev.gorolab.sim.explore.ScheduleChooser scheduled = options.mode() == null ? null
        : new dev.gorolab.sim.explore.ScheduleChooser(options.mode(), options.schedule());
    boolean split = scheduled != null && options.mode().splitsUpdates(gomaxprocs);
    try {
    if (options.record()) {
      // What the app does: record the full trace with its snapshots, then print.
      Trace trace = scheduled == null
          ? Simulation.record(scenario.program(), settings, RecordingListener.NONE)
          : Simulation.record(scenario.program(), settings, scheduled, split, RecordingListener.NONE);
      if (options.stats()) {
        // Unpacking every event again costs a large part of recording, so only --stats pays it.
        for (int i = 0; i < trace.size(); i++) {
          stats.count(trace.event(i));
        }
      }
      stats.sampleHeap();
      outcome = trace.outcome();
      out.print(outcome.stdout());
      if (options.tracePath() != null) {
        try (JsonLinesWriter writer = JsonLinesWriter.open(options.tracePath())) {
          for (int i = 0; i < trace.size(); i++) {
            writer.write(i, trace.event(i));
          }
        }
      }
    } else {
      try (JsonLinesWriter writer =
          options.tracePath() == null ? null : JsonLinesWriter.open(options.tracePath())) {
        long[] step = {0};
        Interpreter interpreter = Interpreter.compile(scenario.program(), config.maxStepNanos(), settings.maxMemoryBytes(), split);
        int[] racesShown = {0};
        if (options.race()) {
          race = new dev.gorolab.sim.race.RaceDetector(sourceName(scenario));
          interpreter.watch(race);
        }
        dev.gorolab.sim.race.RaceDetector detector = race;
        outcome =
            Simulation.run(
                interpreter.newMainBody(),
                config,
                scheduled != null ? scheduled : new dev.gorolab.model.SeededChooser(config.seed()),
                settings.maxSteps(),
                event -> {
                  if (detector != null) {
                    detector.accept(event);
                    // Go's detector reports a race when it happens, on stderr
                    if (racesShown[0] < detector.raceCount()) {
                      List<dev.gorolab.sim.race.RaceDetector.Race> found = detector.races();
                      for (; racesShown[0] < found.size(); racesShown[0]++) {
                        out.flush();
                        err.print(found.get(racesShown[0]).report());
                      }
                    }
                  }
                  if (event instanceof Event.Output o) {
                    out.print(o.text());
                  }
                  if (writer != null) {
                    writer.write(step[0], event);
                  }
                  step[0]++;
                  stats.count(event);
                });
      }
    }
    } catch (dev.gorolab.sim.explore.ScheduleChooser.ScheduleMismatchException e) {
      out.flush();
      err.println("gorolab: --schedule: " + e.getMessage());
      return 1;
    }
    out.flush();
    if (!outcome.stderr().isEmpty()) {
      err.print(outcome.stderr().endsWith("\n") ? outcome.stderr() : outcome.stderr() + "\n");
    }
    if (race != null) {
      err.print(race.summary()); // the races themselves went out as they were found
    }
    if (options.stats()) {
      stats.sampleHeap();
      stats.print(err, outcome);
    }
    if (race != null && !race.races().isEmpty() && outcome.exitCode() == 0) {
      return EXIT_RACE; // as go run -race: a clean exit becomes 66 once a race was reported
    }
    return outcome.reason() == Event.EndReason.STEP_LIMIT
            || outcome.reason() == Event.EndReason.GOROUTINE_LIMIT
            || outcome.reason() == Event.EndReason.WORK_LIMIT
            || outcome.reason() == Event.EndReason.MEMORY_LIMIT
            || outcome.reason() == Event.EndReason.PROCESSOR_LIMIT
        ? EXIT_STEP_LIMIT
        : outcome.exitCode();
  }

  /**
   * The trace never replaces an input (the scenario or its Go source), and replaces another
   * existing file only with {@code --force}, as {@code export} does.
   */
  private static void checkTraceTarget(RunOptions options, Scenario scenario) {
    Path trace = options.tracePath();
    List<Path> inputs = new ArrayList<>();
    if (scenario.file() != null) {
      inputs.add(scenario.file());
      if (scenario.goSourceName() != null && scenario.file().toAbsolutePath().getParent() != null) {
        Path source = scenario.file().toAbsolutePath().getParent().resolve(scenario.goSourceName());
        if (Files.exists(source)) {
          inputs.add(source);
        }
      }
    }
    for (Path input : inputs) {
      if (sameFile(trace, input)) {
        throw new UsageException("--trace " + trace + " would overwrite the input " + input
            + "; name another file");
      }
    }
    if (Files.isDirectory(trace)) {
      throw new UsageException("--trace " + trace + " is a folder; name a file in it");
    }
    if (Files.exists(trace) && !options.force()) {
      throw new UsageException(trace + " exists; use --force to replace it");
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b); // links and different spellings of one file
      }
    } catch (java.io.IOException e) {
      // fall through to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** The file name race reports show: the Go source's name, else the scenario file's. */
  static String sourceName(Scenario scenario) {
    if (scenario.goSourceName() != null) {
      return scenario.goSourceName();
    }
    return scenario.file() != null ? scenario.file().getFileName().toString() : scenario.id() + ".go";
  }

  /** Loads {@code target}; a bad file is reported on stderr and gives null (exit 1). */
  Scenario loadOrReport(String target) {
    try {
      return loadFileOrBundled(target);
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return null;
    }
  }

  /** The narration language of {@code --lang}: en or zh. */
  static java.util.Locale locale(String text) {
    return switch (text) {
      case "en" -> java.util.Locale.ENGLISH;
      case "zh" -> java.util.Locale.SIMPLIFIED_CHINESE;
      default -> throw new UsageException("--lang expects en or zh, got \"" + text + "\"");
    };
  }

  private Scenario loadFileOrBundled(String target) throws ScenarioException {
    Path path = Path.of(target);
    if (Files.exists(path) || target.endsWith(".json") || ScenarioLoader.isGoFile(target)) {
      return ScenarioLoader.load(path);
    }
    BundledScenarios.Entry entry = BundledScenarios.find(target);
    if (entry == null) {
      throw new UsageException("no such file or bundled scenario: " + target + " (see: gorolab list)");
    }
    return entry.load();
  }

  // ---- check ----------------------------------------------------------------------------------

  private int checkCommand(String[] files) {
    if (files.length == 0) {
      throw new UsageException("check needs at least one file");
    }
    int bad = 0;
    for (String file : files) {
      try {
        ScenarioLoader.load(Path.of(file));
        err.println(file + ": ok");
      } catch (ScenarioException e) {
        out.println(e.getMessage());
        bad++;
      }
    }
    return bad == 0 ? 0 : 1;
  }

  // ---- list -----------------------------------------------------------------------------------

  private int listCommand(String[] args) {
    if (args.length > 0) {
      throw new UsageException("list takes no arguments");
    }
    List<BundledScenarios.Entry> entries = BundledScenarios.list();
    int width = 0;
    for (BundledScenarios.Entry e : entries) {
      width = Math.max(width, e.id().length());
    }
    for (BundledScenarios.Entry e : entries) {
      out.println(String.format("%-" + width + "s  %s", e.id(), e.description()));
    }
    return 0;
  }

  // ---- options --------------------------------------------------------------------------------

  record RunOptions(
      String target,
      Integer gomaxprocs,
      Integer numCPU,
      Long seed,
      long maxSteps,
      long maxMemoryBytes,
      Path tracePath,
      boolean stats,
      boolean record,
      boolean force,
      dev.gorolab.sim.explore.ExploreMode mode,
      int[] schedule,
      boolean race) {

    static RunOptions parse(String[] args) {
      String target = null;
      Integer gomaxprocs = null;
      Integer numCPU = null;
      Long seed = null;
      long maxSteps = RunSettings.DEFAULT_MAX_STEPS;
      long maxMemoryBytes = RunSettings.DEFAULT_MAX_MEMORY_BYTES;
      Path trace = null;
      boolean stats = false;
      boolean record = false;
      boolean force = false;
      dev.gorolab.sim.explore.ExploreMode mode = null;
      int[] schedule = null;
      String scheduleText = null;
      boolean race = false;
      List<String> rest = new ArrayList<>(List.of(args));
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        switch (a) {
          case "--gomaxprocs" -> gomaxprocs = (int) number(a, value(rest, ++i, a), 1, 256);
          // The range a scenario file's "numcpu" allows.
          case "--numcpu" -> numCPU = (int) number(a, value(rest, ++i, a), 1, 256);
          // The range a scenario file's "seed" allows, so that every seed a file can name can be
          // given here and the other way round.
          case "--seed" -> seed = number(a, value(rest, ++i, a), 0, Long.MAX_VALUE);
          case "--max-steps" -> maxSteps = number(a, value(rest, ++i, a), 1, Long.MAX_VALUE);
          case "--max-memory" -> maxMemoryBytes = number(a, value(rest, ++i, a), 1, 1L << 20) << 20;
          case "--trace" -> trace = Path.of(value(rest, ++i, a));
          case "--stats" -> stats = true;
          case "--record" -> record = true;
          case "--force" -> force = true;
          case "--race" -> race = true;
          case "--mode" -> {
            String word = value(rest, ++i, a);
            mode = dev.gorolab.sim.explore.ExploreMode.of(word);
            if (mode == null) {
              throw new UsageException("--mode expects go or any, got \"" + word + "\"");
            }
          }
          case "--schedule" -> scheduleText = value(rest, ++i, a);
          default -> {
            if (a.startsWith("-")) {
              throw new UsageException("unknown option " + a);
            }
            if (target != null) {
              throw new UsageException("run takes one scenario, got \"" + target + "\" and \"" + a + "\"");
            }
            target = a;
          }
        }
      }
      if (target == null) {
        throw new UsageException("run needs a scenario file or bundled id (see: gorolab list)");
      }
      if (scheduleText != null && isScheduleFile(scheduleText)) {
        // A schedule file saved by being the scheduler: it brings its mode and GOMAXPROCS.
        dev.gorolab.sim.explore.ScheduleFile file = readScheduleFile(Path.of(scheduleText));
        if (mode != null && mode != file.mode()) {
          throw new UsageException("--mode " + mode.word + ": " + scheduleText + " was made in mode " + file.mode().word);
        }
        if (gomaxprocs != null && gomaxprocs != file.gomaxprocs()) {
          throw new UsageException("--gomaxprocs " + gomaxprocs + ": " + scheduleText + " was made with GOMAXPROCS "
              + file.gomaxprocs() + ", where the run meets other choice points");
        }
        mode = file.mode();
        gomaxprocs = file.gomaxprocs();
        if (seed == null) {
          seed = file.seed();
        }
        schedule = file.choices();
      } else if (scheduleText != null) {
        try {
          schedule = dev.gorolab.sim.explore.Schedules.parse(scheduleText);
        } catch (IllegalArgumentException e) {
          throw new UsageException("--schedule: " + e.getMessage());
        }
      }
      if (schedule != null && mode == null) {
        mode = dev.gorolab.sim.explore.ExploreMode.GO;
      }
      if (mode != null && schedule == null) {
        schedule = new int[0];
      }
      if (race && record) {
        throw new UsageException("--race watches a streamed run; drop --record");
      }
      return new RunOptions(target, gomaxprocs, numCPU, seed, maxSteps, maxMemoryBytes, trace, stats, record, force, mode, schedule, race);
    }

    /** Whether {@code --schedule}'s value names a schedule file rather than a list of choices. */
    static boolean isScheduleFile(String text) {
      return text.endsWith(dev.gorolab.sim.explore.ScheduleFile.EXTENSION) || text.contains("/") || text.contains("\\")
          || Files.isRegularFile(Path.of(text));
    }

    static dev.gorolab.sim.explore.ScheduleFile readScheduleFile(Path file) {
      String text;
      try {
        text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new UsageException("--schedule: cannot read " + file + ": " + e.getMessage());
      }
      try {
        return dev.gorolab.sim.explore.ScheduleFile.parse(text, file.toString());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new UsageException(option + " needs a value");
      }
      return args.get(i);
    }

    static long number(String option, String text, long min, long max) {
      long n;
      try {
        n = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " expects a whole number, got \"" + text + "\"");
      }
      if (n < min || n > max) {
        throw new UsageException(option + " must be " + min + ".." + max + ", got " + n);
      }
      return n;
    }
  }

  // ---- stats ----------------------------------------------------------------------------------

  /** The numbers {@code --stats} prints; wall time is measured here, never inside the model. */
  private static final class Stats {
    private final long startNanos = System.nanoTime();
    private long events;
    private long live;
    private long peakLive;
    private long peakHeapBytes;

    void count(Event e) {
      events++;
      if (e instanceof Event.GoroutineCreated c && !c.system()) {
        peakLive = Math.max(peakLive, ++live);
      } else if (e instanceof Event.GoroutineExited) {
        live--;
      }
      if ((events & 0xFFFF) == 0) {
        sampleHeap();
      }
    }

    void sampleHeap() {
      Runtime rt = Runtime.getRuntime();
      peakHeapBytes = Math.max(peakHeapBytes, rt.totalMemory() - rt.freeMemory());
    }

    void print(PrintStream err, RunOutcome outcome) {
      double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
      err.printf(
          "gorolab stats: events=%d virtual=%s wall=%.3fs events/s=%.0f peak-goroutines=%d peak-heap=%.1fMiB%n",
          events,
          dev.gorolab.sim.program.GoDuration.format(outcome.virtualNanos()),
          wallSeconds,
          events / Math.max(wallSeconds, 1e-9),
          peakLive,
          peakHeapBytes / (1024.0 * 1024.0));
    }
  }
}
