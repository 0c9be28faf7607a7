package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.outcome.GoDistribution;
import dev.gorolab.sim.outcome.SeedOutcomes;
import dev.gorolab.sim.trace.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GOMAXPROCS=2 against real Go: for every program of test/resources/parallel with a recorded
 * distribution (tools/record-parallel-outcomes.sh, 1,000 runs on a quiet machine:
 * {@code main.gomaxprocs2.quiet.outcomes}), seeds 1..300 must give outcomes real Go gave, include
 * Go's most common one, and vary where Go's runs vary. docs/gomaxprocs.md has the measured numbers
 * per program; the bars here are the where the model meets them, else today's (see there).
 */
class ParallelOutcomesTest {
  private static final Path DIR = Path.of("src/test/resources/parallel");
  /** The issue asks for at least 50; 300 keeps the sampling error of the distance small (docs/gomaxprocs.md). */
  private static final int SEEDS = 300;
  private static final String FIXTURE = "main.gomaxprocs2.quiet.outcomes";

  record Measured(String name, double goProduced, boolean goTopSeen, boolean variesLikeGo, double tv,
      double goTopShare, double simShareOfGoTop) {}

  private static List<Measured> measured;

  static synchronized List<Measured> measure() throws Exception {
    if (measured == null) {
      measured = measureNow();
    }
    return measured;
  }

  private static List<Measured> measureNow() throws Exception {
    List<Measured> out = new ArrayList<>();
    List<Path> programs;
    try (Stream<Path> s = Files.list(DIR)) {
      programs = s.filter(p -> Files.isRegularFile(p.resolve(FIXTURE))).sorted().toList();
    }
    for (Path p : programs) {
      GoDistribution go = GoDistribution.parse(Files.readString(p.resolve(FIXTURE), StandardCharsets.UTF_8));
      var program = ScenarioLoader.load(p.resolve("main.go")).program();
      List<SeedOutcomes.Outcome> sim = SeedOutcomes.over(program, 2, 1, SEEDS, RunSettings.DEFAULT_MAX_STEPS);
      int produced = 0;
      for (SeedOutcomes.Outcome o : sim) {
        if (go.count(o.stdout(), o.exit(), o.stderrFirstLine()) > 0) {
          produced += o.count();
        }
      }
      GoDistribution.Entry top = go.entries().get(0);
      int simTop = sim.stream().filter(o -> o.sameAs(top.stdout(), top.exit(), top.stderrFirstLine()))
          .mapToInt(SeedOutcomes.Outcome::count).sum();
      boolean varies = go.entries().size() == 1 || sim.size() > 1;
      out.add(new Measured(p.getFileName().toString(), produced / (double) SEEDS, simTop > 0, varies,
          go.totalVariation(sim), top.count() / (double) go.runs(), simTop / (double) SEEDS));
    }
    return out;
  }

  @Test
  void gomaxprocs2_outcomesAreGosOwn_includeItsMostCommon_andMeanDistanceBelowHalf() throws Exception {
    List<Measured> all = measure();
    assertFalse(all.isEmpty(), "no programs with recorded distributions under " + DIR);
    double produced = 0;
    double tv = 0;
    int topSeen = 0;
    StringBuilder table = new StringBuilder();
    for (Measured m : all) {
      produced += m.goProduced();
      tv += m.tv();
      topSeen += m.goTopSeen() ? 1 : 0;
      table.append(String.format(Locale.ROOT, "%s: Go-produced %.2f, Go top %.1f%% vs %.1f%%, TV %.3f%n", m.name(),
          m.goProduced(), 100 * m.goTopShare(), 100 * m.simShareOfGoTop(), m.tv()));
    }
    produced /= all.size();
    tv /= all.size();
    String report = table + String.format(Locale.ROOT, "mean: Go-produced %.3f, Go's top seen in %d of %d, TV %.3f",
        produced, topSeen, all.size(), tv);
    System.out.println(report);
    // the bars: (a) 0.951 today, (b) 10 of 10, the mean distance 0.456; real Go's own runs reach 0.93 on (a)
    // against a 1,000-run recording (docs/gomaxprocs.md, "How far 95 % is"), so (a) is not to be pushed further alone
    assertTrue(topSeen == all.size(), report);
    assertTrue(tv < 0.5, report);
    assertTrue(produced >= 0.95, report);
  }

  @Test
  void gomaxprocs2_everyProgramWhoseGoRunsVary_variesOverSeedsToo() throws Exception {
    List<String> fixed = new ArrayList<>();
    for (Measured m : measure()) {
      if (!m.variesLikeGo()) {
        fixed.add(m.name());
      }
    }
    assertTrue(fixed.isEmpty(), "vary in Go but not over seeds: " + fixed);
  }
}
