package dev.gorolab.test.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Programs that run away (loop forever, recurse forever, allocate without end) end at Go's limit
 * in Go's words, or at GoroLab's own limit with a note; and the odd corners of the runtime come
 * out as go1.19 on amd64 prints them (each expected text recorded with go1.19 {@code go run}).
 */
class RunawayProgramsTest {

  private static RunOutcome run(String mainBody, String moreFunctions, long maxSteps, long maxMemoryBytes)
      throws ScenarioException {
    String json = "{ \"gorolab\": 1, \"title\": \"t\", \"functions\": { \"main\": [ " + mainBody + " ]"
        + moreFunctions + " } }";
    Scenario s = ScenarioLoader.parse("t.json", json, name -> null);
    RunSettings settings = new RunSettings(1, 1, maxSteps, maxMemoryBytes);
    return Simulation.run(
        Interpreter.compile(s.program(), Simulation.configFor(settings).maxStepNanos(), maxMemoryBytes).newMainBody(),
        Simulation.configFor(settings),
        maxSteps,
        e -> {});
  }

  private static RunOutcome run(String mainBody) throws ScenarioException {
    return run(mainBody, "", RunSettings.DEFAULT_MAX_STEPS, RunSettings.DEFAULT_MAX_MEMORY_BYTES);
  }

  @Test
  void forWithoutEvents_endsAtTheWorkLimit_preemptedEvery10msOnTheWay() throws Exception {
    RunOutcome r = run("{ \"for\": \"\", \"body\": [] }", "", 1_000, RunSettings.DEFAULT_MAX_MEMORY_BYTES);
    assertEquals(Event.EndReason.WORK_LIMIT, r.reason());
    assertEquals(Simulation.workLimitNote(Simulation.workLimit(1_000), 1_000), r.stderr());
    // 10,000 steps of 10 ns: the loop ran 100 µs of virtual time, under one 10 ms slice
    assertEquals(99_990, r.virtualNanos());
  }

  @Test
  void forWithoutEvents_isPreemptedAtItsTimeSlice_beforeTheWorkLimit() throws Exception {
    // R4.1: a CPU loop is preempted after 10 ms; with the default limits it reaches many slices.
    RunOutcome r = run("{ \"go\": \"func()\", \"body\": [ { \"for\": \"\", \"body\": [] } ] },"
        + " { \"for\": \"\", \"body\": [] }", "", 300_000, RunSettings.DEFAULT_MAX_MEMORY_BYTES);
    assertEquals(Event.EndReason.WORK_LIMIT, r.reason());
    assertTrue(r.virtualNanos() > 10_000_000L, "no slice ended: " + r.virtualNanos());
  }

  @Test
  void unboundedRecursion_diesOfGosStackLimit() throws Exception {
    RunOutcome r = run("{ \"call\": \"f(0)\" }", ", \"f(n int) int\": [ { \"return\": \"f(n+1) + 1\" } ]",
        RunSettings.DEFAULT_MAX_STEPS, RunSettings.DEFAULT_MAX_MEMORY_BYTES);
    assertEquals(Event.EndReason.FATAL_ERROR, r.reason());
    assertEquals(2, r.exitCode());
    // go1.19 prints an sp= line and a runtime stack between these; their addresses vary by run
    assertTrue(r.stderr().startsWith("runtime: goroutine stack exceeds 1000000000-byte limit\n"
        + "fatal error: stack overflow\n"), r.stderr());
  }

  @Test
  void makechanPastMaxAlloc_panicsAsGoDoes() throws Exception {
    RunOutcome r = run("{ \"let\": \"n\", \"value\": \"1 << 62\" }, { \"let\": \"c\", \"value\": \"make(chan int, n)\" },"
        + " { \"print\": \"cap(c)\" }");
    assertEquals(Event.EndReason.PANIC, r.reason());
    assertTrue(r.stderr().startsWith("panic: makechan: size out of range\n"), r.stderr());
  }

  @Test
  void makesliceOfAHugeLength_panicsAsGoDoes() throws Exception {
    RunOutcome r = run("{ \"let\": \"n\", \"value\": \"1 << 62\" }, { \"let\": \"s\", \"value\": \"make([]int, n)\" },"
        + " { \"print\": \"len(s)\" }");
    assertEquals(Event.EndReason.PANIC, r.reason());
    assertTrue(r.stderr().startsWith("panic: runtime error: makeslice: len out of range\n"), r.stderr());
  }

  @Test
  void aChannelPastTheMemoryBudget_endsTheRunWithANote() throws Exception {
    RunOutcome r = run("{ \"let\": \"n\", \"value\": \"1 << 31\" }, { \"let\": \"c\", \"value\": \"make(chan int, n)\" },"
        + " { \"print\": \"cap(c)\" }");
    assertEquals(Event.EndReason.MEMORY_LIMIT, r.reason());
    assertEquals("gorolab: stopped: make(chan int, 2147483648) needs 16 GiB, more than the memory budget of"
        + " 256 MiB (GoroLab's limit, not Go's). Raise it with --max-memory.\n", r.stderr());
  }

  @Test
  void aStringDoubledInALoop_endsTheRunAtTheMemoryBudget() throws Exception {
    RunOutcome r = run("{ \"let\": \"s\", \"value\": \"\\\"ab\\\"\" },"
        + " { \"for\": \"i := 0; i < 40; i++\", \"body\": [ { \"set\": \"s\", \"value\": \"s + s\" } ] },"
        + " { \"print\": \"len(s)\" }", "", RunSettings.DEFAULT_MAX_STEPS, 1L << 20);
    assertEquals(Event.EndReason.MEMORY_LIMIT, r.reason());
    assertEquals("gorolab: stopped: a string concatenation needs 2 MiB, more than the memory budget of"
        + " 1 MiB (GoroLab's limit, not Go's). Raise it with --max-memory.\n", r.stderr());
  }

  @Test
  void appendForever_endsTheRunAtTheMemoryBudget() throws Exception {
    RunOutcome r = run("{ \"var\": \"s\", \"type\": \"[]int\" },"
        + " { \"for\": \"\", \"body\": [ { \"set\": \"s\", \"value\": \"append(s, 1)\" } ] }, { \"print\": \"len(s)\" }",
        "", RunSettings.DEFAULT_MAX_STEPS, 1L << 20);
    assertEquals(Event.EndReason.MEMORY_LIMIT, r.reason());
    assertTrue(r.stderr().startsWith("gorolab: stopped: append to a slice of "), r.stderr());
  }

  @Test
  void sleepOfMaxInt64_sleepsToTheEndOfTheClock_withoutOverflow() throws Exception {
    // time.go timeSleep: when = nanotime() + ns, maxWhen when that overflows
    RunOutcome r = run("{ \"sleep\": \"time.Duration(9223372036854775807)\" }, { \"print\": \"1\" }");
    assertEquals(Event.EndReason.MAIN_RETURNED, r.reason());
    assertEquals("1\n", r.stdout());
    assertEquals(Long.MAX_VALUE, r.virtualNanos());
  }

  @Test
  void floatToIntConversions_giveWhatAmd64Gives() throws Exception {
    // go1.19 amd64: -9223372036854775808 -9223372036854775808 -9223372036854775808 / 3 -3 -9223372036854775808
    RunOutcome r = run("{ \"let\": \"f\", \"value\": \"0.0\" }, { \"print\": \"int(1/f), int(-1/f), int(f/f)\" },"
        + " { \"let\": \"g\", \"value\": \"3.9\" }, { \"print\": \"int(g), int(-g), int(g*1e19)\" }");
    assertEquals("-9223372036854775808 -9223372036854775808 -9223372036854775808\n3 -3 -9223372036854775808\n",
        r.stdout());
  }

  @Test
  void gomaxprocsOf1000_isTakenAsGo119TakesIt() throws Exception {
    // go1.19: 1, then 1000 (no _MaxGomaxprocs since Go 1.10)
    RunOutcome r = run("{ \"print\": \"runtime.GOMAXPROCS(1000)\" }, { \"print\": \"runtime.GOMAXPROCS(0)\" }");
    assertEquals("1\n1000\n", r.stdout());
  }

  @Test
  void gomaxprocsPastGoroLabsLimit_stopsWithANote() throws Exception {
    RunOutcome r = run("{ \"print\": \"runtime.GOMAXPROCS(100000)\" }");
    assertEquals(Event.EndReason.PROCESSOR_LIMIT, r.reason());
    assertEquals("gorolab: stopped: runtime.GOMAXPROCS(100000) asks for 100000 Ps; GoroLab models at most 1024"
        + " (Go 1.19 has no such limit)\n", r.stderr());
  }

  @Test
  void aDeferredCallPanickingWhilePanicking_printsTheChainAsGoDoes() throws Exception {
    RunOutcome r = run("{ \"defer\": \"func()\", \"body\": [ { \"panic\": \"\\\"second\\\"\" } ] },"
        + " { \"panic\": \"\\\"first\\\"\" }");
    assertEquals(Event.EndReason.PANIC, r.reason());
    assertEquals("panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n", r.stderr());
  }
}
