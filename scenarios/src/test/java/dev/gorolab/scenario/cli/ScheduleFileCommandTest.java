package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.ScheduleFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedule files (what being the scheduler saves) and {@code gorolab run --schedule FILE}. */
class ScheduleFileCommandTest {
  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void format_thenParse_givesTheSameSchedule() {
    ScheduleFile f = new ScheduleFile(ExploreMode.ANY, 2, 7, new int[] {0, 0, 0, 0, 1, 2});
    String text = f.format("gorolab run x.go --schedule x.schedule");
    assertEquals("# GoroLab schedule\n# gorolab run x.go --schedule x.schedule\nmode any\ngomaxprocs 2\nseed 7\nchoices 0*4,1,2\n", text);
    ScheduleFile back = ScheduleFile.parse(text, "x.schedule");
    assertEquals(ExploreMode.ANY, back.mode());
    assertEquals(2, back.gomaxprocs());
    assertEquals(7, back.seed());
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 2}, back.choices());
  }

  @Test
  void parse_badLines_sayFileLineAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScheduleFile.parse("mode sideways\n  gomaxprocs 0\nchoices 1,x\nspeed 3\n", "s.schedule"));
    assertEquals(String.join("\n",
        "s.schedule:1:1: mode must be go or any, got \"sideways\"",
        "s.schedule:2:3: gomaxprocs must be a whole number 1..256, got \"0\"",
        "s.schedule:3:1: choice 2 of the schedule is \"x\", expected a whole number 0 or more, or N*COUNT",
        "s.schedule:4:1: unknown key \"speed\" (expected mode, gomaxprocs, seed or choices)"), e.getMessage());
  }

  @Test
  void parse_missingModeAndChoices_saysSo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleFile.parse("# nothing\n", "e.schedule"));
    assertEquals("e.schedule:2:1: missing \"mode go\" or \"mode any\"\ne.schedule:2:1: missing \"choices\" (e.g. choices 0,1,0*5)",
        e.getMessage());
  }

  @Test
  void run_withAScheduleFile_takesItsModeAndGomaxprocs_andPrintsWhatTheListWould(@TempDir Path dir) throws Exception {
    Result explored = cli("explore", "teach-lost-update", "--mode", "any", "--max-runs", "4000");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)    3 increments, counter = 3\n  choices: ([^\n]*)\n").matcher(explored.out);
    assertTrue(m.find(), explored.out);
    Path file = dir.resolve("lost.schedule");
    Files.writeString(file, "mode any\ngomaxprocs 1\nseed 1\nchoices " + m.group(1) + "\n");
    Result r = cli("run", "teach-lost-update", "--schedule", file.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.endsWith("3 increments, counter = 3\n"), r.out);
  }

  @Test
  void run_scheduleFileOfOtherSettings_isRefusedWithWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("two.schedule");
    Files.writeString(file, "mode go\ngomaxprocs 2\nchoices 1\n");
    Result r = cli("run", "teach-lost-update", "--gomaxprocs", "1", "--schedule", file.toString());
    assertEquals(1, r.exit);
    assertEquals("gorolab: --gomaxprocs 1: " + file + " was made with GOMAXPROCS 2, where the run meets other choice points\n",
        r.err.lines().findFirst().orElse("") + "\n");
    Result missing = cli("run", "teach-lost-update", "--schedule", dir.resolve("none.schedule").toString());
    assertTrue(missing.err.startsWith("gorolab: --schedule: cannot read "), missing.err);
  }
}
