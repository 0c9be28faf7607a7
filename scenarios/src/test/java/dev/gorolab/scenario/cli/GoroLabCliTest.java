package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoroLabCliTest {
  @TempDir Path dir;

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

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  private static final String DEADLOCK =
      """
      { "gorolab": 1, "title": "Deadlock", "gomaxprocs": 1, "seed": 1,
        "functions": { "main": [
          { "make": "ch", "type": "chan int" },
          { "send": "ch", "value": "1" } ] } }
      """;

  @Test
  void run_bundledScenario_printsTheProgramOutputOnStdoutAndExitsZero() {
    Result r = cli("run", "cake");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("make a cake and sending... alishi-cake-1\n"), r.out);
    assertEquals("", r.err);
  }

  @Test
  void run_deadlock_writesGosReportToStderrAndExitsTwo() throws IOException {
    Result r = cli("run", write("deadlock.json", DEADLOCK).toString());
    assertEquals(2, r.exit);
    assertEquals("", r.out);
    assertTrue(
        r.err.startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:"),
        r.err);
  }

  @Test
  void run_withTrace_writesOneJsonLinePerEvent() throws IOException {
    Path trace = dir.resolve("t.jsonl");
    Result r = cli("run", "cake", "--gomaxprocs", "2", "--trace", trace.toString());
    assertEquals(0, r.exit, r.err);
    List<String> lines = Files.readAllLines(trace);
    assertTrue(lines.size() > 20);
    assertTrue(lines.get(0).startsWith("{\"step\":0,\"type\":\"GoroutineCreated\""), lines.get(0));
    assertTrue(lines.get(lines.size() - 1).contains("\"type\":\"ProgramEnded\""));
  }

  @Test
  void run_withStats_reportsEventsAndTimes() {
    Result r = cli("run", "cake", "--stats", "--record");
    assertEquals(0, r.exit);
    assertTrue(r.err.matches("(?s)gorolab stats: events=\\d+ virtual=2\\.\\d*s wall=.*peak-goroutines=3 peak-heap=.*"), r.err);
  }

  @Test
  void run_stepLimit_stopsWithANoteAndExitCodeThree() {
    Result r = cli("run", "cake", "--max-steps", "10");
    assertEquals(GoroLabCli.EXIT_STEP_LIMIT, r.exit);
    assertTrue(r.err.contains("stopped after 10 steps"), r.err);
  }

  @Test
  void run_badOption_saysWhatIsWrongAndExitsOne() {
    Result r = cli("run", "cake", "--gomaxprocs", "0");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --gomaxprocs must be 1..256, got 0\n"), r.err);
    assertEquals(1, cli("run", "cake", "--bogus").exit);
    assertTrue(cli("run", "no-such-scenario").err.startsWith("gorolab: no such file or bundled scenario: no-such-scenario"));
  }

  @Test
  void check_reportsEveryErrorOnePerLineAndExitsOne() throws IOException {
    Path good = write("good.json", DEADLOCK);
    Path bad = write("bad.json", DEADLOCK.replace("\"send\": \"ch\"", "\"send\": \"cs2\""));
    Result r = cli("check", good.toString(), bad.toString());
    assertEquals(1, r.exit);
    assertEquals(
        "bad.json:3:5: $.functions.main[0]: ch declared but not used\n"
            + "bad.json:4:16: $.functions.main[1].send: unknown channel \"cs2\" (declared: ch)\n",
        r.out);
    assertEquals(0, cli("check", good.toString()).exit);
  }

  @Test
  void list_showsTheBundledLibraryStartingWithTheDefault() {
    Result r = cli("list");
    assertEquals(0, r.exit);
    assertTrue(r.out.lines().findFirst().orElse("").contains("ake"), r.out);
  }

  @Test
  void noArguments_orUnknownCommand_printsUsage() {
    assertEquals(1, cli().exit);
    Result r = cli("frobnicate");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: unknown command \"frobnicate\"\nusage:"), r.err);
  }

  private static final String GO_HELLO =
      """
      // Hello from a goroutine
      package main

      import "fmt"

      func main() {
      	done := make(chan bool)
      	go func() {
      		fmt.Println("hello from a goroutine")
      		done <- true
      	}()
      	<-done
      }
      """;

  @Test
  void run_goFile_runsTheProgramAsGoWould() throws IOException {
    Result r = cli("run", write("main.go", GO_HELLO).toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("hello from a goroutine\n", r.out);
  }

  @Test
  void check_brokenGoFile_printsGoBuildsMessages() throws IOException {
    Path file = write("main.go", GO_HELLO.replace("<-done", "<-donee").replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os\"\n)"));
    Result r = cli("check", file.toString());
    assertEquals(1, r.exit);
    assertEquals("main.go:6:2: imported and not used: \"os\"\nmain.go:15:4: undefined: donee\n", r.out);
  }
}
