package dev.gorolab.sim.outcome;

import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.model.RuntimeConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Runs {@code program} once per seed in {@code [firstSeed, lastSeed]} with {@code gomaxprocs}
   * Ps and groups the outcomes, most common first (ties: the one whose first seed is lower).
   */
  public static List<Outcome> over(Program program, int gomaxprocs, long firstSeed, long lastSeed, long maxSteps) {
    if (lastSeed < firstSeed) {
      throw new IllegalArgumentException("seed range " + firstSeed + ".." + lastSeed + " is empty");
    }
    Map<String, List<Long>> seedsByKey = new LinkedHashMap<>();
    Map<String, String[]> parts = new LinkedHashMap<>();
    for (long seed = firstSeed; seed <= lastSeed; seed++) {
      RunSettings settings = new RunSettings(gomaxprocs, seed, maxSteps);
      RuntimeConfig config = Simulation.configFor(settings);
      // a fresh interpreter per run: package variables and memory accounting start from scratch
      Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos());
      RunOutcome o = Simulation.run(interpreter.newMainBody(), config, maxSteps, e -> { });
      String err = firstLine(o.stderr());
      String key = o.exitCode() + "\u0000" + err + "\u0000" + o.stdout();
      seedsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(seed);
      parts.putIfAbsent(key, new String[] {o.stdout(), Integer.toString(o.exitCode()), err});
    }
    List<Outcome> out = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : seedsByKey.entrySet()) {
      String[] p = parts.get(e.getKey());
      out.add(new Outcome(p[0], Integer.parseInt(p[1]), p[2], Collections.unmodifiableList(e.getValue())));
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
