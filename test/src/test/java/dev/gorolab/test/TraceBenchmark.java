package dev.gorolab.test;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.nio.file.Path;

/**
 * End-to-end benchmark of recording (not a unit test; numbers go to docs/benchmarks.md):
 * records a scenario with its full trace, reports events/s, wall time and heap, then times
 * {@code stateAt} at random steps.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package &amp;&amp; ./mvnw -q -pl test test-compile
 * java -Xmx2g -cp "test/target/test-classes:javafx-ui/target/gorolab.jar" \
 *     dev.gorolab.test.TraceBenchmark teach-hundred-thousand [GOMAXPROCS]
 * </pre>
 */
public final class TraceBenchmark {
  private TraceBenchmark() {}

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "teach-hundred-thousand";
    int procs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Scenario scenario =
        target.endsWith(".json") ? ScenarioLoader.load(Path.of(target)) : Runs.bundled(target);
    for (int round = 0; round < 3; round++) {
      System.gc();
      long before = usedHeap();
      long start = System.nanoTime();
      Trace trace =
          Simulation.record(
              scenario.program(),
              new RunSettings(procs, scenario.seed(), 50_000_000L),
              RecordingListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      long heap = usedHeap() - before;
      System.out.printf(
          "%s GOMAXPROCS=%d: %d events in %.3f s = %.0f events/s, trace heap ~%.0f MiB, exit %d%n",
          target, procs, trace.size(), seconds, trace.size() / seconds, heap / 1048576.0,
          trace.outcome().exitCode());
      // Deterministic "random" steps: a fixed LCG keeps the benchmark itself reproducible.
      long x = 12345;
      int reads = 200;
      long[] nanos = new long[reads];
      long totalNanos = 0;
      for (int i = 0; i < reads; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
        int step = (int) Long.remainderUnsigned(x >>> 1, trace.size());
        long t0 = System.nanoTime();
        trace.stateAt(step);
        nanos[i] = System.nanoTime() - t0;
        totalNanos += nanos[i];
      }
      java.util.Arrays.sort(nanos);
      // The worst read usually contains a young GC pause (-Xlog:gc shows it), hence the median and p95.
      System.out.printf(
          "  stateAt over %d random steps: mean %.2f ms, median %.2f ms, p95 %.2f ms, worst %.2f ms%n",
          reads, totalNanos / 1e6 / reads, nanos[reads / 2] / 1e6, nanos[reads * 95 / 100] / 1e6,
          nanos[reads - 1] / 1e6);
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
