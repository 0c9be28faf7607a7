package dev.gorolab.sim.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RunSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes over seeds: one run per seed, grouped; runs made in any order group the same. */
class SeedOutcomesTest {
  private static final long MAX = RunSettings.DEFAULT_MAX_STEPS;

  private static Program program(String source) {
    GoFile.Result r = GoFile.read("main.go", source);
    assertTrue(r.ok(), () -> r.errors().toString());
    return r.program();
  }

  private static final String DEADLOCK = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n";

  private static final String FIVE = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n"
      + "\tvar wg sync.WaitGroup\n\tfor i := 0; i < 5; i++ {\n\t\twg.Add(1)\n\t\tgo func(n int) {\n"
      + "\t\t\tfmt.Println(\"goroutine\", n)\n\t\t\twg.Done()\n\t\t}(i)\n\t}\n\twg.Wait()\n}\n";

  @Test
  void group_ofRunsMadeInReverseOrderAndSorted_equalsOver() {
    Program p = program(FIVE);
    List<SeedOutcomes.SeedRun> runs = new ArrayList<>();
    for (long seed = 12; seed >= 1; seed--) {
      runs.add(SeedOutcomes.run(p, 2, seed, MAX, () -> false));
    }
    runs.sort(Comparator.comparingLong(SeedOutcomes.SeedRun::seed));
    assertEquals(SeedOutcomes.over(p, 2, 1, 12, MAX), SeedOutcomes.group(runs));
  }

  @Test
  void run_ofADeadlock_keepsGosFirstStderrLineAndExitTwo() {
    SeedOutcomes.SeedRun r = SeedOutcomes.run(program(DEADLOCK), 1, 1, MAX, () -> false);
    assertEquals(2, r.exit());
    assertEquals("fatal error: all goroutines are asleep - deadlock!", r.stderrFirstLine());
  }

  @Test
  void run_whenStopSaysTrue_endsWithRecordingCancelled() {
    assertThrows(RecordingCancelledException.class, () -> SeedOutcomes.run(program(FIVE), 2, 1, MAX, () -> true));
  }

  @Test
  void group_mostCommonFirst_tiesByFirstSeed_seedsInOrder() {
    List<SeedOutcomes.Outcome> g = SeedOutcomes.group(List.of(
        new SeedOutcomes.SeedRun(1, "a\n", 0, ""),
        new SeedOutcomes.SeedRun(2, "b\n", 0, ""),
        new SeedOutcomes.SeedRun(3, "b\n", 0, ""),
        new SeedOutcomes.SeedRun(4, "c\n", 0, ""),
        new SeedOutcomes.SeedRun(5, "a\n", 2, "panic: x")));
    assertEquals(List.of("b\n", "a\n", "c\n", "a\n"), g.stream().map(SeedOutcomes.Outcome::stdout).toList());
    assertEquals(List.of(2L, 3L), g.get(0).seeds());
    assertEquals("panic: x", g.get(3).stderrFirstLine());
  }

  @Test
  void missing_countsGosOutcomesNoSeedGave_andTheirRuns() {
    GoDistribution go = GoDistribution.parse("# h\n=== 7 runs, exit 0, 2 bytes, stderr \"\"\nb\n"
        + "=== 3 runs, exit 0, 2 bytes, stderr \"\"\nz\n");
    List<SeedOutcomes.Outcome> g = SeedOutcomes.group(List.of(new SeedOutcomes.SeedRun(1, "b\n", 0, "")));
    assertEquals(new GoDistribution.Missing(1, 3), go.missing(g));
  }
}
