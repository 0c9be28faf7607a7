package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code gorolab explain}: the run as a numbered transcript of the app's sentences, for handouts. */
class ExplainCommandTest {
  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Trace cake() {
    var s = BundledScenarios.find("cake").load();
    return Simulation.record(s.program(), new RunSettings(s.gomaxprocs(), s.seed(), RunSettings.DEFAULT_MAX_STEPS), RecordingListener.NONE);
  }

  @Test
  void markdown_hasOneRowPerStepWithTheAppsSentence_thenTheOutputAndTheExit() {
    Trace trace = cake();
    Result r = cli("explain", "cake");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# Cake maker and packer\n"), r.out());
    assertTrue(r.out().contains("| step | time | what happens |\n|---:|---:|---|\n"), r.out());
    for (int i = 0; i < trace.size(); i++) {
      String row = "| " + (i + 1) + " | ";
      assertTrue(r.out().contains(row), "no row " + (i + 1));
      assertTrue(r.out().contains(trace.narration(i, Locale.ENGLISH).replace("|", "\\|")), "step " + (i + 1));
    }
    assertTrue(r.out().contains("## Program output\n\n```\n" + trace.outcome().stdout() + "```\n"), r.out());
    assertTrue(r.out().endsWith("exit code 0\n"), r.out());
  }

  @Test
  void textInChinese_forARange_numbersStepsAsTheAppDoes() {
    Trace trace = cake();
    Result r = cli("explain", "cake", "--lang", "zh", "--format", "txt", "--steps", "3..5");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("Cake maker and packer", lines[0]);
    assertTrue(r.out().contains("\n3  0s  " + trace.narration(2, Locale.SIMPLIFIED_CHINESE) + "\n"), r.out());
    assertTrue(r.out().contains("5  "), r.out());
    assertTrue(!r.out().contains("\n6  ") && !r.out().contains("\n2  "), r.out());
    assertTrue(r.out().contains("程序输出"), r.out());
  }

  @Test
  void rangePastTheEnd_isAOneLineMistake() {
    Result r = cli("explain", "cake", "--steps", "1..999");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("gorolab: step 999 is out of range: cake has steps 1.."), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownFormat_isAOneLineMistake() {
    Result r = cli("explain", "cake", "--format", "html");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("gorolab: --format expects md or txt, got \"html\""), r.err());
  }
}
