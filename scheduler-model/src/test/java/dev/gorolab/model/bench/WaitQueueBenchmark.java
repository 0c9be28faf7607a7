package dev.gorolab.model.bench;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.Mutex;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.model.Variable;
import dev.gorolab.model.WaitGroup;
import java.util.List;

/**
 * Throughput of the scheduler model alone (not a unit test; numbers go to docs/benchmarks.md).
 *
 * <p>Runs the program of the bundled {@code teach-hundred-thousand} scenario written directly
 * against {@link GoOps} (no interpreter, no recording): main starts N goroutines that each wait
 * on one channel, then lock a Mutex, unlock it and call {@code wg.Done}; main closes the channel
 * and waits. Prints events/s per round; with {@code --deltas} it also takes a delta after every
 * event, as the recorder does.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile -pl scheduler-model
 * java -Xmx2g -cp scheduler-model/target/classes:scheduler-model/target/test-classes \
 *     dev.gorolab.model.bench.WaitQueueBenchmark [N=100000] [GOMAXPROCS=1] [--deltas]
 * </pre>
 */
public final class WaitQueueBenchmark {
  private WaitQueueBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int procs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean deltas = List.of(args).contains("--deltas");
    for (int round = 0; round < 5; round++) {
      long[] events = {0};
      GoRuntime[] rt = new GoRuntime[1];
      rt[0] = new GoRuntime(RuntimeConfig.defaults(procs, 1), new SeededChooser(1), e -> {
        events[0]++;
        if (deltas) {
          rt[0].takeDelta();
        }
      });
      long start = System.nanoTime();
      rt[0].start(new Main(n));
      while (rt[0].advance()) {
        // every action emits its events to the counter
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("N=%d GOMAXPROCS=%d%s: %d events in %.3f s = %.2f M events/s (%s)%n", n, procs,
          deltas ? " with deltas" : "", events[0], seconds, events[0] / seconds / 1e6, rt[0].endReason());
    }
  }

  /** Steps through {@code pc}; returns 1 ns per statement (the interpreter's costs do not matter here). */
  private abstract static class Body implements GoroutineBody {
    int pc;
    boolean resuming;

    @Override
    public int line() {
      return pc;
    }

    @Override
    public List<Variable> locals() {
      return List.of();
    }
  }

  private static final class Main extends Body {
    private final int n;
    private int i;
    private Channel start;
    private WaitGroup wg;
    private Mutex mu;

    Main(int n) {
      this.n = n;
    }

    @Override
    public String function() {
      return "main.main";
    }

    @Override
    public long step(GoOps ops) {
      if (resuming) {
        resuming = false;
        ops.resumption();
      }
      switch (pc) {
        case 0 -> {
          start = ops.makeChannel("start", "bool", 0, Boolean.FALSE);
          wg = ops.makeWaitGroup("wg");
          mu = ops.makeMutex("mu");
          pc = 1;
        }
        case 1 -> {
          if (i == n) {
            pc = 3;
          } else {
            ops.waitGroupAdd(wg, 1);
            pc = 2;
          }
        }
        case 2 -> {
          ops.go(new Worker(start, wg, mu), 2);
          i++;
          pc = 1;
        }
        case 3 -> {
          ops.print("goroutines: " + ops.numGoroutine() + "\n");
          pc = 4;
        }
        case 4 -> {
          ops.close(start);
          pc = 5;
        }
        case 5 -> {
          pc = 6;
          resuming = ops.waitGroupWait(wg).parked();
        }
        default -> ops.exit();
      }
      return 1;
    }
  }

  private static final class Worker extends Body {
    private final Channel start;
    private final WaitGroup wg;
    private final Mutex mu;

    Worker(Channel start, WaitGroup wg, Mutex mu) {
      this.start = start;
      this.wg = wg;
      this.mu = mu;
    }

    @Override
    public String function() {
      return "main.add";
    }

    @Override
    public long step(GoOps ops) {
      if (resuming) {
        resuming = false;
        ops.resumption();
      }
      switch (pc++) {
        case 0 -> resuming = ops.receive(start).parked();
        case 1 -> resuming = ops.lock(mu).parked();
        case 2 -> {
          // sum = sum + i
        }
        case 3 -> ops.unlock(mu);
        case 4 -> ops.waitGroupAdd(wg, -1);
        default -> ops.exit();
      }
      return 1;
    }
  }
}
