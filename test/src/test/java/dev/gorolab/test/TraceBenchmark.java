package dev.gorolab.test;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * End-to-end benchmark of recording (not a unit test; numbers go to docs/benchmarks.md): records
 * a scenario with its full trace several times in one JVM, reports events/s, the recording
 * thread's CPU time, the collector's pauses and the trace's heap, then times {@code stateAt} at
 * random steps.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package &amp;&amp; ./mvnw -q -B verify -pl test -am -DskipTests
 * java -XX:+UseParallelGC -Xmx2g -cp "test/target/test-classes:javafx-ui/target/gorolab.jar" \
 *     dev.gorolab.test.TraceBenchmark worker-pool|teach-hundred-thousand|FILE.json|FILE.go [GOMAXPROCS] [ROUNDS]
 * </pre>
 *
 * {@code worker-pool} and {@code worker-pool-long} are the steady-state workloads in
 * {@code test/src/test/resources/bench/}; any other name is a bundled scenario id. With a fourth
 * argument {@code plain} it runs the program without recording instead (events counted, nothing
 * kept: the plain run's speed once the JIT has compiled it).
 */
public final class TraceBenchmark {
  private TraceBenchmark() {}

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "worker-pool";
    Scenario scenario = load(target);
    int procs = args.length > 1 ? Integer.parseInt(args[1]) : scenario.gomaxprocs();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (args.length > 3 && args[3].equals("plain")) {
      plainRuns(target, scenario, procs, rounds);
      return;
    }
    for (int round = 0; round < rounds; round++) {
      System.gc();
      long before = usedHeap();
      long gcBefore = gcMillis();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      Trace trace =
          Simulation.record(
              scenario.program(),
              new RunSettings(procs, scenario.seed(), 50_000_000L),
              RecordingListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
      long gc = gcMillis() - gcBefore;
      System.gc();
      long heap = usedHeap() - before;
      System.out.printf(
          "%s GOMAXPROCS=%d round %d: %d events in %.3f s = %.2f M events/s (recording thread CPU %.3f s,"
              + " GC pauses %d ms), trace heap %.0f MiB, exit %d%n",
          target, procs, round + 1, trace.size(), seconds, trace.size() / seconds / 1e6, cpu, gc,
          heap / 1048576.0, trace.outcome().exitCode());
      if (round == rounds - 1) {
        timeReads(trace);
        timeDrag(trace, 1400, true);
        timeDrag(trace, 1400, false);
      }
    }
  }

  /** Runs the program {@code rounds} times without recording, each round a fresh interpreter and model. */
  private static void plainRuns(String target, Scenario scenario, int procs, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RunSettings settings = new RunSettings(procs, scenario.seed(), 50_000_000L);
    RuntimeConfig config = Simulation.configFor(settings);
    double[] rates = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long[] events = {0};
      long gcBefore = gcMillis();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      Interpreter interpreter =
          Interpreter.compile(scenario.program(), config.maxStepNanos(), settings.maxMemoryBytes());
      RunOutcome outcome =
          Simulation.run(interpreter.newMainBody(), config, settings.maxSteps(), e -> events[0]++);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
      rates[round] = events[0] / seconds / 1e6;
      System.out.printf(
          "%s GOMAXPROCS=%d plain round %d: %d events in %.3f s = %.2f M events/s (thread CPU %.3f s = %.2f M"
              + " events/s of CPU, GC pauses %d ms), exit %d%n",
          target, procs, round + 1, events[0], seconds, rates[round], cpu, events[0] / cpu / 1e6,
          gcMillis() - gcBefore, outcome.exitCode());
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    System.out.printf("  plain: median %.2f M events/s, best %.2f over %d rounds%n",
        sorted[rounds / 2], sorted[rounds - 1], rounds);
  }

  private static Scenario load(String target) throws Exception {
    if (target.endsWith(".json") || target.endsWith(".go")) {
      return ScenarioLoader.load(Path.of(target));
    }
    var bench = TraceBenchmark.class.getResource("/bench/" + target + ".json");
    if (bench != null) {
      return ScenarioLoader.load(Path.of(bench.toURI()));
    }
    return Runs.bundled(target);
  }

  /** Reads 200 pseudo-random steps; the LCG keeps the benchmark itself reproducible. */
  private static void timeReads(Trace trace) {
    long x = 12345;
    int reads = 200;
    long[] nanos = new long[reads];
    long totalNanos = 0;
    for (int i = 0; i < reads; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      int step = (int) Long.remainderUnsigned(x >>> 1, trace.size());
      long t0 = System.nanoTime();
      trace.stateAt(step).goroutines().hashCode(); // reading every goroutine, as the runtime view does
      nanos[i] = System.nanoTime() - t0;
      totalNanos += nanos[i];
    }
    Arrays.sort(nanos);
    // The worst read usually contains a young GC pause (-Xlog:gc shows it), hence the median and p95.
    System.out.printf(
        "  stateAt over %d random steps: mean %.2f ms, median %.2f ms, p95 %.2f ms, worst %.2f ms%n",
        reads, totalNanos / 1e6 / reads, nanos[reads / 2] / 1e6, nanos[reads * 95 / 100] / 1e6,
        nanos[reads - 1] / 1e6);
  }

  /**
   * Reads the steps a slider {@code positions} pixels wide passes while dragged from one end to
   * the other (forward: each read continues from the one before; backward: each one starts from
   * a snapshot), as scrubbing does; 30 frames a second leave 33 ms for a read and the view.
   */
  private static void timeDrag(Trace trace, int positions, boolean forward) {
    long[] nanos = new long[positions];
    for (int k = 0; k < positions; k++) {
      int p = forward ? k : positions - 1 - k;
      int step = (int) ((long) p * (trace.size() - 1) / (positions - 1));
      long t0 = System.nanoTime();
      trace.stateAt(step).goroutines().hashCode();
      nanos[k] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  drag %s over %d positions: median %.2f ms, p95 %.2f ms, worst %.2f ms%n",
        forward ? "forward" : "backward", positions, nanos[positions / 2] / 1e6,
        nanos[positions * 95 / 100] / 1e6, nanos[positions - 1] / 1e6);
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
