package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExploreCommandTest {
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
  void explore_selectCakesWithOneP_listsTheOnlyOutcomeAndHowToReplayIt() {
    Result r = cli("explore", "seed06-select-cakes");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("explore seed06-select-cakes: GOMAXPROCS=1, mode go: 1 outcome in "), r.out);
    assertTrue(r.out.contains(", complete\n"), r.out);
    assertTrue(r.out.contains("\noutcome 1: "), r.out);
    assertTrue(r.out.contains("  replay: gorolab run seed06-select-cakes --gomaxprocs 1 --mode go"), r.out);
  }

  @Test
  void explore_lostUpdateInModeAny_findsACounterThatLostTwoUpdatesAndOneThatLostNone() {
    Result r = cli("explore", "teach-lost-update", "--mode", "any", "--max-runs", "4000");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("    3 increments, counter = 1\n"), r.out);
    assertTrue(r.out.contains("    3 increments, counter = 3\n"), r.out);
  }

  @Test
  void run_withTheScheduleExplorePrinted_printsThatOutcome() {
    Result r = cli("explore", "teach-lost-update", "--mode", "any", "--max-runs", "4000");
    Matcher m = Pattern.compile("(?s)    3 increments, counter = 3\n  choices: [^\n]*\n  replay: gorolab run (.*?)\n").matcher(r.out);
    assertTrue(m.find(), r.out);
    Result replay = cli(("run " + m.group(1)).split(" "));
    assertEquals(0, replay.exit, replay.err);
    assertTrue(replay.out.endsWith("3 increments, counter = 3\n"), replay.out);
  }

  @Test
  void run_scheduleOfAnotherProgram_saysWhichChoiceDoesNotFit() {
    Result r = cli("run", "seed06-select-cakes", "--schedule", "9");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --schedule: choice 1 of the schedule is 9, but that choice point has only "), r.err);
  }

  @Test
  void runRace_lostUpdate_reportsTheRaceAsGoDoesAndExits66() {
    Result r = cli("run", "teach-lost-update", "--race");
    assertEquals(66, r.exit, r.err);
    assertTrue(r.out.endsWith("3 increments, counter = 1\n"), r.out);
    assertTrue(r.err.startsWith("==================\nWARNING: DATA RACE\n"), r.err);
    assertTrue(r.err.contains("      teach-lost-update.go:18\n"), r.err);
    assertTrue(r.err.endsWith("==================\nFound 1 data race(s)\n"), r.err);
  }

  @Test
  void runRace_seedsCakeCounter_reportsTheUnlockedIncrement() {
    Result r = cli("run", "teach-cake-counter", "--race");
    assertEquals(66, r.exit, r.err);
    assertTrue(r.err.contains("main.makeCakeAndSend()\n      teach-cake-counter.go:16\n"), r.err);
  }

  @Test
  void runRace_mutexCounter_findsNoRaceAndExitsZero() {
    Result r = cli("run", "teach-mutex-counter", "--race");
    assertEquals(0, r.exit, r.err);
    assertEquals("", r.err);
  }

  static final String HIDDEN_RACE = """
      package main

      import "fmt"

      var flag int

      func main() {
      	a := make(chan int, 1)
      	b := make(chan int, 1)
      	done := make(chan bool)
      	a <- 1
      	b <- 1
      	go func() {
      		select {
      		case <-a:
      		case <-b:
      			flag = 1
      		}
      		done <- true
      	}()
      	fmt.Println(flag)
      	<-done
      }
      """;

  @Test
  void exploreRace_findsARaceTheSeededRunHides_andItsReplayReportsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("hidden.go");
    java.nio.file.Files.writeString(file, HIDDEN_RACE);
    assertEquals(0, cli("run", file.toString(), "--race").exit);
    Result r = cli("explore", file.toString(), "--race");
    assertEquals(0, r.exit, r.err);
    Matcher m = Pattern.compile("(?s)exit 66\n  race: 1 data race\\(s\\), the first on lines 21 and 17\n.*?  replay: gorolab run (.*?)\n").matcher(r.out);
    assertTrue(m.find(), r.out);
    Result replay = cli(("run " + m.group(1)).split(" "));
    assertEquals(66, replay.exit, replay.err);
    assertTrue(replay.err.contains("WARNING: DATA RACE"), replay.err);
  }

  @Test
  void explore_unknownMode_namesTheModes() {
    Result r = cli("explore", "cake", "--mode", "all");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --mode expects go or any, got \"all\"\n"), r.err);
  }
}
