package dev.gorolab.test;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark of the Go front end (not a unit test; numbers go to docs/benchmarks.md): opens a Go
 * file as the app does — read, scan, parse, lower, type-check ({@link ScenarioLoader#load}) —
 * many times in one JVM, and reports the time of each round's opening after warm-up.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package &amp;&amp; ./mvnw -q -B verify -pl test -am -DskipTests
 * java -cp "test/target/test-classes:javafx-ui/target/gorolab.jar" \
 *     dev.gorolab.test.GoFrontEndBenchmark [FILE.go] [ROUNDS]
 * </pre>
 *
 * The default file is {@code test/src/test/resources/bench/thousand-lines.go}: 1,003 lines of
 * pipelines, worker pools and selects that real Go 1.19 builds and runs (with the same output as
 * GoroLab's run).
 */
public final class GoFrontEndBenchmark {
  private GoFrontEndBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "test/src/test/resources/bench/thousand-lines.go");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long lines = Files.readString(file, StandardCharsets.UTF_8).lines().count();
    int warmup = rounds / 2;
    double[] millis = new double[rounds - warmup];
    double[] cpuMillis = new double[rounds - warmup];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int statements = 0;
    for (int round = 0; round < rounds; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      Scenario s = ScenarioLoader.load(file);
      long elapsed = System.nanoTime() - start;
      long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      statements = s.program().functions().size();
      if (round >= warmup) {
        millis[round - warmup] = elapsed / 1e6;
        cpuMillis[round - warmup] = cpu / 1e6;
      }
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    System.out.printf("%s: %d lines, %d functions; open+check warm over %d rounds%n",
        file.getFileName(), lines, statements, millis.length);
    System.out.printf("  wall: min %.2f ms, median %.2f ms, p90 %.2f ms, max %.2f ms%n",
        millis[0], millis[millis.length / 2], millis[(int) (millis.length * 0.9)], millis[millis.length - 1]);
    // The thread's CPU time does not count waiting for a core, so a busy machine moves it little.
    System.out.printf("  cpu:  min %.2f ms, median %.2f ms, p90 %.2f ms, max %.2f ms%n",
        cpuMillis[0], cpuMillis[cpuMillis.length / 2], cpuMillis[(int) (cpuMillis.length * 0.9)],
        cpuMillis[cpuMillis.length - 1]);
  }
}
