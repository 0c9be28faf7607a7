package dev.gorolab.model.bench;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.model.Variable;
import java.util.List;

/**
 * Throughput and footprint of the model: events per second for a ping-pong and a spawn-heavy
 * workload (events go to a counting consumer), and the heap held by 1,000,000 parked goroutines.
 *
 * <p>Not a unit test: run it by hand, on a quiet machine, with
 * {@code ./mvnw -q -pl scheduler-model test-compile exec:java -Dexec.mainClass=dev.gorolab.model.bench.SchedulerBenchmark -Dexec.classpathScope=test}
 * or {@code java -Xmx1g -cp scheduler-model/target/classes:scheduler-model/target/test-classes
 * dev.gorolab.model.bench.SchedulerBenchmark}. Targets: at least 10 million events/s on one core,
 * and 1,000,000 live goroutines within 1 GiB of heap.
 */
public final class SchedulerBenchmark {
  private static long events;

  private SchedulerBenchmark() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    System.out.println("warming up...");
    pingPong(rounds / 10);
    spawnHeavy(rounds / 10);
    for (int i = 0; i < 3; i++) {
      report("ping-pong   ", () -> pingPong(rounds));
      report("spawn-heavy ", () -> spawnHeavy(rounds));
    }
    heapWithParkedGoroutines(1_000_000);
  }

  private static void report(String name, Runnable run) {
    events = 0;
    long t0 = System.nanoTime();
    run.run();
    long ns = System.nanoTime() - t0;
    System.out.printf("%s %,12d events in %6.3f s = %,8.2f million events/s%n", name, events, ns / 1e9,
        events * 1e3 / ns);
  }

  private static GoRuntime runtime(int procs) {
    RuntimeConfig c = RuntimeConfig.defaults(procs, 1).withMaxGoroutines(2_000_000);
    return new GoRuntime(c, new SeededChooser(1), e -> events++);
  }

  /** Two goroutines exchange {@code n} values over two unbuffered channels. */
  static void pingPong(int n) {
    GoRuntime rt = runtime(1);
    Channel[] ch = new Channel[2];
    GoroutineBody pong = new Body("main.pong") {
      int pc; // 0 receive, 1 resume receive, 2 send, 3 resume send

      @Override
      public long step(GoOps o) {
        if (pc == 1) {
          o.resumption();
          pc = 2;
        } else if (pc == 3) {
          o.resumption();
          pc = 0;
        }
        if (pc == 0) {
          pc = o.receive(ch[0]).parked() ? 1 : 2;
        } else {
          pc = o.send(ch[1], 1).parked() ? 3 : 0;
        }
        return 10;
      }
    };
    rt.start(new Body("main.main") {
      int i;
      int pc = -1; // -1 setup, 1 send, 2 receive, 3/4 resume them

      @Override
      public long step(GoOps o) {
        if (pc == -1) {
          ch[0] = o.makeChannel("ping", "int", 0, 0);
          ch[1] = o.makeChannel("pong", "int", 0, 0);
          o.go(pong, 1);
          pc = 1;
          return 10;
        }
        if (pc == 3) {
          o.resumption();
          pc = 2;
        } else if (pc == 4) {
          o.resumption();
          pc = 1;
        }
        if (pc == 1) {
          if (i == n) {
            o.exit();
            return 1;
          }
          pc = o.send(ch[0], i).parked() ? 3 : 2;
        } else {
          i++;
          pc = o.receive(ch[1]).parked() ? 4 : 1;
        }
        return 10;
      }
    });
    while (rt.advance()) {
      // run to the end
    }
  }

  /** Main spawns {@code n} goroutines in batches of 100, yielding after each batch; each exits at once. */
  static void spawnHeavy(int n) {
    GoRuntime rt = runtime(1);
    GoroutineBody child = new Body("main.child") {
      @Override
      public long step(GoOps o) {
        o.exit();
        return 5;
      }
    };
    rt.start(new Body("main.main") {
      int spawned;

      @Override
      public long step(GoOps o) {
        if (spawned == n) {
          o.exit();
          return 1;
        }
        if (spawned % 100 == 99) {
          spawned++;
          o.gosched();
          return 5;
        }
        spawned++;
        o.go(child, 1);
        return 5;
      }
    });
    while (rt.advance()) {
      // run to the end
    }
  }

  /** Spawns {@code n} goroutines that all park receiving from one channel, then measures the heap. */
  static void heapWithParkedGoroutines(int n) {
    Runtime jvm = Runtime.getRuntime();
    System.gc();
    long before = jvm.totalMemory() - jvm.freeMemory();
    GoRuntime rt = runtime(1);
    Channel[] ch = new Channel[1];
    GoroutineBody receiver = new Body("main.receiver") {
      @Override
      public long step(GoOps o) {
        o.receive(ch[0]);
        return 5;
      }
    };
    rt.start(new Body("main.main") {
      int spawned;

      @Override
      public long step(GoOps o) {
        if (spawned == 0) {
          ch[0] = o.makeChannel("ch", "int", 0, 0);
        }
        if (spawned == n) {
          o.sleep(3_600_000_000_000L); // a pending timer: no deadlock report, the clock jumps
          return 5;
        }
        spawned++;
        o.go(receiver, 1);
        return 5;
      }
    });
    // Every receiver runs once and parks on ch; then the clock jumps towards main's timer.
    while (rt.advance() && rt.now() < 60_000_000_000L) {
      // run
    }
    System.gc();
    long after = jvm.totalMemory() - jvm.freeMemory();
    System.out.printf("heap with %,d goroutines parked on one channel: %,d MiB (%d bytes each); t=%d s%n", n,
        (after - before) >> 20, (after - before) / n, rt.now() / 1_000_000_000L);
  }

  private abstract static class Body implements GoroutineBody {
    private final String function;

    Body(String function) {
      this.function = function;
    }

    @Override
    public String function() {
      return function;
    }

    @Override
    public int line() {
      return 0;
    }

    @Override
    public List<Variable> locals() {
      return List.of();
    }
  }
}
