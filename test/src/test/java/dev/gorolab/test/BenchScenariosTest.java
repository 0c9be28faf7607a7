package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark workloads (test/src/test/resources/bench, see docs/benchmarks.md) load and print
 * what real Go 1.19 printed for their Go sources with GOMAXPROCS=1, so a benchmark measures a
 * correct run.
 */
class BenchScenariosTest {

  private static Scenario load(String name) throws Exception {
    return ScenarioLoader.load(Path.of(BenchScenariosTest.class.getResource("/bench/" + name).toURI()));
  }

  private static RunOutcome run(Scenario scenario) {
    RunSettings settings = new RunSettings(scenario.gomaxprocs(), scenario.seed(), 50_000_000L);
    return Simulation.run(
        Interpreter.mainBody(scenario.program()), Simulation.configFor(settings), settings.maxSteps(), e -> {});
  }

  @Test
  void workerPool_printsWhatGoPrints() throws Exception {
    RunOutcome outcome = run(load("worker-pool.json"));
    assertEquals("sum: 14399880000 processed: 120000\n", outcome.stdout());
    assertEquals(0, outcome.exitCode());
  }

  @Test
  void longWorkerPool_printsWhatGoPrints() throws Exception {
    RunOutcome outcome = run(load("worker-pool-long.json"));
    assertEquals("sum: 230399520000 processed: 480000\n", outcome.stdout());
    assertEquals(0, outcome.exitCode());
  }

  private static RunOutcome runWithDefaultLimits(Scenario scenario) {
    RunSettings settings = new RunSettings(scenario.gomaxprocs(), scenario.seed(), RunSettings.DEFAULT_MAX_STEPS);
    return Simulation.run(
        Interpreter.mainBody(scenario.program()), Simulation.configFor(settings), settings.maxSteps(), e -> {});
  }

  // The three workloads timed against real Go (tools/bench-vs-go.sh) run to the end within the
  // default limits: the step limit is a safety net, not a wall for a million round trips.

  @Test
  void pingPong_millionRoundTrips_printsWhatGoPrints_withinTheDefaultLimits() throws Exception {
    RunOutcome outcome = runWithDefaultLimits(load("ping-pong.go"));
    assertEquals("round trips: 1000000\n", outcome.stdout());
    assertEquals(0, outcome.exitCode());
  }

  @Test
  void spawnFanIn_printsWhatGoPrints_withinTheDefaultLimits() throws Exception {
    RunOutcome outcome = runWithDefaultLimits(load("spawn-fan-in.go"));
    assertEquals("sum: 4999950000\n", outcome.stdout());
    assertEquals(0, outcome.exitCode());
  }

  @Test
  void daisyChain_printsWhatGoPrints_withinTheDefaultLimits() throws Exception {
    RunOutcome outcome = runWithDefaultLimits(load("daisy-chain.go"));
    assertEquals("100001\n", outcome.stdout());
    assertEquals(0, outcome.exitCode());
  }
}
