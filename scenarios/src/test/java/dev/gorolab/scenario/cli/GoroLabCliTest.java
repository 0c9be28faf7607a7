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

  // ---- hostile command lines (issue: never overwrite an input, say why, reject what a file rejects)

  @Test
  void run_traceOntoTheScenarioItself_isRefusedAndTheScenarioKept() throws IOException {
    Path scenario = write("deadlock.json", DEADLOCK);
    Result r = cli("run", scenario.toString(), "--trace", scenario.toString(), "--force");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --trace " + scenario + " would overwrite the input " + scenario), r.err);
    assertEquals(DEADLOCK, Files.readString(scenario));
  }

  @Test
  void run_traceOntoAnExistingFile_needsForce() throws IOException {
    Path scenario = write("deadlock.json", DEADLOCK);
    Path trace = write("old.jsonl", "keep me\n");
    Result refused = cli("run", scenario.toString(), "--trace", trace.toString());
    assertEquals(1, refused.exit);
    assertTrue(refused.err.startsWith("gorolab: " + trace + " exists; use --force to replace it\n"), refused.err);
    assertEquals("keep me\n", Files.readString(trace));

    Result forced = cli("run", scenario.toString(), "--trace", trace.toString(), "--force");
    assertEquals(2, forced.exit, forced.err);
    assertTrue(Files.readString(trace).startsWith("{\"step\":0,"));
  }

  @Test
  void run_traceIntoAMissingFolder_saysTheFolderDoesNotExist() throws IOException {
    Path scenario = write("deadlock.json", DEADLOCK);
    Path trace = dir.resolve("nowhere").resolve("t.jsonl");
    Result r = cli("run", scenario.toString(), "--trace", trace.toString());
    assertEquals(1, r.exit);
    assertTrue(
        r.err.startsWith("gorolab: cannot write trace file " + trace + ": the folder " + trace.getParent()
            + " does not exist\n"),
        r.err);
  }

  @Test
  void run_negativeSeed_isRejectedAsAFileRejectsIt() {
    Result r = cli("run", "cake", "--seed", "-1");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --seed must be 0..9223372036854775807, got -1\n"), r.err);
  }

  @Test
  void help_printsUsageOnStdout() {
    for (String word : List.of("help", "-h", "--help")) {
      Result r = cli(word);
      assertEquals(0, r.exit, word);
      assertTrue(r.out.startsWith("usage:\n"), r.out);
    }
  }

  @Test
  void check_fifo_isRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    Result r = cli("check", fifo.toString());
    assertEquals(1, r.exit);
    assertEquals("pipe.json:1:1: $: cannot read the file: " + fifo + " is not a regular file\n", r.out);
  }

  @Test
  void check_deviceFile_isRefusedBeforeReading() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Result r = cli("check", zero.toString());
    assertEquals(1, r.exit);
    assertEquals("zero:1:1: $: cannot read the file: /dev/zero is not a regular file\n", r.out);
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
