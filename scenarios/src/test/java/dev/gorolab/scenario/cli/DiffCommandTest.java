package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DiffCommandTest {
  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        GoroLabCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void diff_workStealingOnOneAgainstFourPs_namesTheFirstStepWhereTheStoriesPart() {
    Result r = cli("diff", "teach-work-stealing", "--a", "gomaxprocs=1", "--b", "gomaxprocs=4");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("a: GOMAXPROCS=1 seed=1, "), r.out);
    assertTrue(r.out.contains("\nb: GOMAXPROCS=4 seed=1, "), r.out);
    assertTrue(r.out.contains("The runs part after 23 shared goroutine events:\n"
        + "  a: step 29 at 1.00312ms: G13 worker prints \"worker 7 done\".\n"
        // b: the idle M from start-up wakes after a drawn delay (seed 1, docs/gomaxprocs.md)
        + "  b: step 32 at 40.084µs: P1 runs G8 worker, stolen from another P (R3.5).\n"), r.out);
    assertTrue(r.out.contains("--- a: stdout\nworker 7 done\n"), r.out);
    assertTrue(r.out.contains("--- b: stdout\n"), r.out);
  }

  @Test
  void diff_sameSettingsTwice_reportsThatTheRunsDoNotPart() {
    Result r = cli("diff", "seed11-buffered-deadlock", "--a", "seed=1", "--b", "seed=1");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("The runs do not part"), r.out);
    assertTrue(r.out.contains("--- a: stderr\nfatal error: all goroutines are asleep - deadlock!\n"), r.out);
  }

  @Test
  void diff_inChinese_narratesBothEventsInChinese() {
    Result r = cli("diff", "teach-work-stealing", "--a", "gomaxprocs=1", "--b", "gomaxprocs=4", "--lang", "zh");
    assertEquals(0, r.exit, r.err);
    String line = r.out.lines().filter(l -> l.startsWith("  b: ")).findFirst().orElseThrow();
    assertTrue(line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), line);
  }

  @Test
  void diff_withoutB_explainsWhatIsMissing() {
    Result r = cli("diff", "cake", "--a", "gomaxprocs=1");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: diff needs both --a and --b, e.g. --a gomaxprocs=1 --b gomaxprocs=4\n"), r.err);
  }

  @Test
  void diff_unknownSetting_namesTheSettingsItKnows() {
    Result r = cli("diff", "cake", "--a", "procs=1", "--b", "gomaxprocs=2");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --a knows gomaxprocs and seed, not \"procs\"\n"), r.err);
  }

  @Test
  void diff_gomaxprocsOutOfRange_saysTheRange() {
    Result r = cli("diff", "cake", "--a", "gomaxprocs=0", "--b", "gomaxprocs=2");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --a gomaxprocs must be 1..256, got 0\n"), r.err);
  }
}
