package dev.gorolab.sim.interp;

import static dev.gorolab.sim.program.Programs.*;

import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.program.Program;

/**
 * Measures the interpreter on the model end to end: 100,000 goroutines that each send on a
 * channel and finish a WaitGroup, with main receiving every value. Run by hand:
 * {@code java -cp ... dev.gorolab.sim.interp.InterpreterBenchmark [goroutines] [procs]}.
 * Not a unit test: timing belongs here, not in assertions.
 */
public final class InterpreterBenchmark {
  private InterpreterBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int procs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Program p = program(
        func("worker(i int, ch chan int, wg *sync.WaitGroup)", defer("wg.Done()"), let("x", "i * 2"), send("ch", "x")),
        func("main", var("wg", "sync.WaitGroup"), make("ch", "chan int", "64"), let("total", "0"),
            loop("i := 0; i < " + n + "; i++", s("wg.Add(1)"), go("worker(i, ch, &wg)")),
            loop("i := 0; i < " + n + "; i++", s("total += <-ch")),
            s("wg.Wait()"), println("total")));
    for (int round = 0; round < 3; round++) {
      RuntimeConfig config = RuntimeConfig.defaults(procs, 1);
      long[] events = {0};
      StringBuilder out = new StringBuilder();
      GoRuntime rt = new GoRuntime(config, new SeededChooser(1), e -> {
        events[0]++;
        if (e instanceof dev.gorolab.model.Event.Output o) {
          out.append(o.text());
        }
      });
      long t0 = System.nanoTime();
      rt.start(Interpreter.compile(p, config.maxStepNanos()).newMainBody());
      long advances = 0;
      while (rt.advance()) {
        advances++;
      }
      long t1 = System.nanoTime();
      double secs = (t1 - t0) / 1e9;
      System.out.printf("round %d: %d goroutines, %d events, %d advances in %.2f s = %.0f events/s; output %s",
          round, n, events[0], advances, secs, events[0] / secs, out);
    }
  }
}
