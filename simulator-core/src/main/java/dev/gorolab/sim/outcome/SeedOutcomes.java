package dev.gorolab.sim.outcome;

import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.model.RuntimeConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a program prints over a range of seeds: each distinct outcome (stdout, exit code, first
 * line of stderr) with how many seeds gave it and which, most common first. This is the
 * lecturer's "these are the possible outputs, and how often", next to real Go's distribution.
 */
public final class SeedOutcomes {
  private SeedOutcomes() {}

  /** One distinct outcome and the seeds that gave it, in increasing order. */
  public record Outcome(String stdout, int exit, String stderrFirstLine, List<Long> seeds) {
    public int count() {
      return seeds.size();
    }

    /** Whether two outcomes are the same output: stdout, exit code and stderr's first line. */
    public boolean sameAs(String stdout, int exit, String stderrFirstLine) {
      return this.stdout.equals(stdout) && this.exit == exit && this.stderrFirstLine.equals(stderrFirstLine);
    }
  }

  /** What one seed's run printed: stdout, exit code and the first line of stderr (Go's words for a deadlock or panic). */
  public record SeedRun(long seed, String stdout, int exit, String stderrFirstLine) {}

  /**
   * Runs {@code program} once per seed in {@code [firstSeed, lastSeed]} with {@code gomaxprocs}
   * Ps and groups the outcomes, most common first (ties: the one whose first seed is lower).
   */
  public static List<Outcome> over(Program program, int gomaxprocs, long firstSeed, long lastSeed, long maxSteps) {
    if (lastSeed < firstSeed) {
      throw new IllegalArgumentException("seed range " + firstSeed + ".." + lastSeed + " is empty");
    }
    List<SeedRun> runs = new ArrayList<>();
    for (long seed = firstSeed; seed <= lastSeed; seed++) {
      runs.add(run(program, gomaxprocs, seed, maxSteps, () -> false));
    }
    return group(runs);
  }

  /**
   * One run of {@code program} with {@code gomaxprocs} Ps and {@code seed}: everything a seed
   * decides is in the seed, so runs of different seeds are independent and may be made in any
   * order, on any thread (the app makes them on several). {@code stop} is asked at every event;
   * when it says true the run ends with {@link RecordingCancelledException}.
   */
  public static SeedRun run(Program program, int gomaxprocs, long seed, long maxSteps, BooleanSupplier stop) {
    RunSettings settings = new RunSettings(gomaxprocs, seed, maxSteps);
    RuntimeConfig config = Simulation.configFor(settings);
    // a fresh interpreter per run: package variables and memory accounting start from scratch
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos());
    long[] events = {0};
    RunOutcome o = Simulation.run(interpreter.newMainBody(), config, maxSteps, e -> {
      if (stop.getAsBoolean()) {
        throw new RecordingCancelledException(events[0]);
      }
      events[0]++;
    });
    return new SeedRun(seed, o.stdout(), o.exitCode(), firstLine(o.stderr()));
  }

  /**
   * Groups runs, given in increasing seed order, into distinct outcomes, most common first (ties:
   * the one whose first seed is lower); each outcome's seeds stay in increasing order.
   */
  public static List<Outcome> group(List<SeedRun> runs) {
    Map<String, List<Long>> seedsByKey = new LinkedHashMap<>();
    Map<String, SeedRun> firstByKey = new LinkedHashMap<>();
    for (SeedRun r : runs) {
      String key = r.exit() + "\u0000" + r.stderrFirstLine() + "\u0000" + r.stdout();
      seedsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.seed());
      firstByKey.putIfAbsent(key, r);
    }
    List<Outcome> out = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : seedsByKey.entrySet()) {
      SeedRun r = firstByKey.get(e.getKey());
      out.add(new Outcome(r.stdout(), r.exit(), r.stderrFirstLine(), Collections.unmodifiableList(e.getValue())));
    }
    out.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
        : Long.compare(a.seeds().get(0), b.seeds().get(0)));
    return Collections.unmodifiableList(out);
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
