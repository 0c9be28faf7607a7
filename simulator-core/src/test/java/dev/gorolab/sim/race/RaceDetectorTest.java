package dev.gorolab.sim.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaceDetectorTest {

  static List<RaceDetector.Race> races(String source) {
    GoFile.Result r = GoFile.read("main.go", source);
    assertTrue(r.ok(), r.errors().toString());
    Program p = r.program();
    RuntimeConfig config = Simulation.configFor(new RunSettings(1, 1, 1_000_000));
    Interpreter interpreter = Interpreter.compile(p, config.maxStepNanos());
    RaceDetector detector = new RaceDetector("main.go");
    interpreter.watch(detector);
    Simulation.run(interpreter.newMainBody(), config, new SeededChooser(1), 1_000_000, detector);
    return detector.races();
  }

  static final String UNLOCKED = """
      package main

      import (
      	"fmt"
      	"sync"
      )

      var counter int
      var wg sync.WaitGroup

      func inc() {
      	counter++
      	wg.Done()
      }

      func main() {
      	wg.Add(2)
      	go inc()
      	go inc()
      	wg.Wait()
      	fmt.Println(counter)
      }
      """;

  @Test
  void sharedCounterWithoutLock_isReportedInGosFormat() {
    List<RaceDetector.Race> races = races(UNLOCKED);
    assertEquals(1, races.size(), races.toString());
    RaceDetector.Race race = races.get(0);
    assertEquals("counter", race.variable());
    assertEquals(
        """
        ==================
        WARNING: DATA RACE
        Read at 0x00c000018008 by goroutine 6:
          main.inc()
              main.go:12

        Previous write at 0x00c000018008 by goroutine 7:
          main.inc()
              main.go:12

        Goroutine 6 (running) created at:
          main.main()
              main.go:18

        Goroutine 7 (finished) created at:
          main.main()
              main.go:19
        ==================
        """,
        race.report());
  }

  @Test
  void sameCounterUnderAMutex_hasNoRace() {
    assertEquals(List.of(), races(UNLOCKED.replace("var counter int", "var counter int\nvar mu sync.Mutex")
        .replace("\tcounter++\n", "\tmu.Lock()\n\tcounter++\n\tmu.Unlock()\n")));
  }

  @Test
  void mainReadingAfterWait_isOrderedByTheWaitGroup() {
    // wg.Done happens before wg.Wait returns: main's read is not a race; only the workers' is
    List<RaceDetector.Race> races = races(UNLOCKED);
    assertTrue(races.stream().noneMatch(r -> r.goroutine() == 1 || r.previousGoroutine() == 1), races.toString());
  }

  @Test
  void handOffOverAnUnbufferedChannel_ordersTheWriteBeforeTheRead() {
    assertEquals(List.of(), races("""
        package main

        import "fmt"

        var data int

        func main() {
        	done := make(chan bool)
        	go func() {
        		data = 42
        		done <- true
        	}()
        	<-done
        	fmt.Println(data)
        }
        """));
  }

  @Test
  void bufferedChannelOfOne_kthReceiveHappensBeforeTheKPlusOnethSendCompletes() {
    // a semaphore: the receive that frees the slot orders the first critical section before the second
    assertEquals(List.of(), races("""
        package main

        import (
        	"fmt"
        	"sync"
        )

        var data int
        var wg sync.WaitGroup

        func work(sem chan bool) {
        	sem <- true
        	data++
        	<-sem
        	wg.Done()
        }

        func main() {
        	sem := make(chan bool, 1)
        	wg.Add(2)
        	go work(sem)
        	go work(sem)
        	wg.Wait()
        	fmt.Println(data)
        }
        """));
  }

  @Test
  void closeHappensBeforeTheReceiveItWakes() {
    assertEquals(List.of(), races("""
        package main

        import "fmt"

        var data int

        func main() {
        	done := make(chan bool)
        	go func() {
        		data = 1
        		close(done)
        	}()
        	<-done
        	fmt.Println(data)
        }
        """));
  }

  @Test
  void sleepIsNoSynchronisation_theSeedsCakeLoopRaces() {
    List<RaceDetector.Race> races = races("""
        package main

        import (
        	"fmt"
        	"time"
        )

        var i int

        func bump() {
        	i++
        }

        func main() {
        	go bump()
        	time.Sleep(time.Second)
        	go bump()
        	time.Sleep(time.Second)
        	fmt.Println(i)
        }
        """);
    assertTrue(!races.isEmpty());
  }

  @Test
  void capturedVariable_writtenByTwoGoroutines_isARace() {
    List<RaceDetector.Race> races = races("""
        package main

        import (
        	"fmt"
        	"sync"
        )

        func main() {
        	var wg sync.WaitGroup
        	n := 0
        	for k := 0; k < 2; k++ {
        		wg.Add(1)
        		go func() {
        			n = n + 1
        			wg.Done()
        		}()
        	}
        	wg.Wait()
        	fmt.Println(n)
        }
        """);
    assertEquals(1, races.size(), races.toString());
    assertEquals(null, races.get(0).variable());
  }

  @Test
  void vectorClock_joinIsTheElementwiseMaximumAndKeepsAnOperandThatDominates() {
    VectorClock a = VectorClock.EMPTY.with(1, 5).with(40, 2).with(70_000, 9);
    VectorClock b = VectorClock.EMPTY.with(1, 3).with(40, 7);
    VectorClock j = a.join(b);
    assertEquals(5, j.get(1));
    assertEquals(7, j.get(40));
    assertEquals(9, j.get(70_000));
    assertEquals(0, j.get(2));
    assertTrue(j.join(b) == j);
    assertTrue(b.join(j).get(70_000) == 9);
  }

  @Test
  void vectorClock_joinOfClocksOfDifferentHeights_meetsAlongTheSmallerOnesPath() {
    VectorClock tall = VectorClock.EMPTY.with(3, 4).with(50_000, 1);
    VectorClock small = VectorClock.EMPTY.with(3, 2).with(7, 9);
    VectorClock j = small.join(tall);
    assertEquals(4, j.get(3));
    assertEquals(9, j.get(7));
    assertEquals(1, j.get(50_000));
    assertTrue(tall.join(VectorClock.EMPTY.with(3, 4)) == tall, "a dominated short clock adds nothing");
    assertTrue(VectorClock.EMPTY.with(3, 1).join(tall) == tall, "the dominating operand is returned itself");
  }

  @Test
  void vectorClock_joinWithAndWithAll_agreeWithDenseClocks() {
    // a persistent tree against the textbook representation, an int per goroutine
    java.util.Random random = new java.util.Random(13);
    int ids = 40_000;
    VectorClock[] trees = new VectorClock[6];
    int[][] dense = new int[6][ids];
    java.util.Arrays.fill(trees, VectorClock.EMPTY);
    for (int round = 0; round < 3_000; round++) {
      int a = random.nextInt(trees.length);
      int b = random.nextInt(trees.length);
      int id = random.nextInt(4) == 0 ? random.nextInt(ids) : random.nextInt(100);
      switch (random.nextInt(3)) {
        case 0 -> {
          int time = dense[a][id] + 1 + random.nextInt(3);
          trees[a] = trees[a].with(id, time);
          dense[a][id] = time;
        }
        case 1 -> {
          trees[a] = trees[a].join(trees[b]);
          for (int k = 0; k < ids; k++) {
            dense[a][k] = Math.max(dense[a][k], dense[b][k]);
          }
        }
        default -> {
          long[] epochs = new long[1 + random.nextInt(40)];
          for (int k = 0; k < epochs.length; k++) {
            int g = random.nextInt(5) == 0 ? random.nextInt(ids) : Math.min(ids - 1, id + random.nextInt(64));
            int time = 1 + random.nextInt(50);
            epochs[k] = (long) g << 32 | time;
            dense[a][g] = Math.max(dense[a][g], time);
          }
          java.util.Arrays.sort(epochs);
          trees[a] = trees[a].withAll(epochs, epochs.length);
        }
      }
    }
    for (int t = 0; t < trees.length; t++) {
      for (int k = 0; k < ids; k++) {
        assertEquals(dense[t][k], trees[t].get(k), "clock " + t + " component " + k);
      }
    }
  }

  @Test
  void goStatement_ordersTheParentsEarlierWritesBeforeTheChild_andGrandchild() {
    // the child inherits its parent's clock by reference, the parent's epoch pending: the
    // grandchild must still see main's write through it (R-go: go happens before f starts)
    assertEquals(List.of(), races("""
        package main

        import (
        	"fmt"
        	"time"
        )

        var x int

        func leaf() {
        	fmt.Println(x)
        }

        func mid() {
        	go leaf()
        }

        func main() {
        	x = 1
        	go mid()
        	time.Sleep(time.Second)
        }
        """));
  }

  @Test
  void goStatement_doesNotOrderTheParentsLaterWrite() {
    List<RaceDetector.Race> races = races("""
        package main

        import (
        	"fmt"
        	"time"
        )

        var x int

        func reader() {
        	fmt.Println(x)
        }

        func main() {
        	go reader()
        	x = 1
        	time.Sleep(time.Second)
        }
        """);
    assertEquals(1, races.size(), races.toString());
    assertEquals(1, races.get(0).previousGoroutine());
    assertEquals(16, races.get(0).previousLine());
    assertEquals(11, races.get(0).line());
  }

  static final String TWO_READERS = """
      package main

      import (
      	"fmt"
      	"time"
      )

      var x int

      func early() {
      	fmt.Println(x)
      }

      func late(done chan bool) {
      	fmt.Println(x)
      	done <- true
      }

      func main() {
      	done := make(chan bool, 1)
      	go late(done)
      	go early()
      	time.Sleep(time.Second)
      	<-done
      	x = 2
      }
      """;

  @Test
  void concurrentReads_arePromotedToAReadSet_soAWriteOrderedAfterTheLastReadAloneStillRaces() {
    // FastTrack: a read not ordered after the previous one turns the variable's one read epoch
    // into a read per goroutine. The write is ordered after late's read (the channel) but not
    // after early's, which ran first (runnext): keeping the last read only would miss the race.
    List<RaceDetector.Race> races = races(TWO_READERS);
    assertEquals(1, races.size(), races.toString());
    RaceDetector.Race race = races.get(0);
    assertEquals(1, race.goroutine());
    assertEquals(25, race.line());
    assertEquals(11, race.previousLine());
    assertTrue(race.report().contains("Previous read at 0x00c000018000 by goroutine " + race.previousGoroutine() + ":"), race.report());
  }

  @Test
  void concurrentReads_bothOrderedBeforeTheWrite_areNoRace() {
    assertEquals(List.of(), races(TWO_READERS
        .replace("\tfmt.Println(x)\n}\n\nfunc late", "\tfmt.Println(x)\n\tdone <- true\n}\n\nfunc late")
        .replace("func early() {", "func early(done chan bool) {")
        .replace("make(chan bool, 1)", "make(chan bool, 2)")
        .replace("go early()", "go early(done)")
        .replace("\t<-done\n", "\t<-done\n\t<-done\n")));
  }

  @Test
  void waitGroup_manyDoneCallsBatchedIntoOneClock_orderEveryWorkerBeforeWait() {
    // 100 workers each write their own variable, read by main after Wait: 100 Done calls whose
    // epochs reach the WaitGroup's clock in one batch when Wait acquires it
    StringBuilder vars = new StringBuilder();
    StringBuilder gos = new StringBuilder();
    StringBuilder reads = new StringBuilder();
    for (int k = 0; k < 100; k++) {
      vars.append("var v").append(k).append(" int\n");
      gos.append("\tgo func() {\n\t\tv").append(k).append(" = 1\n\t\twg.Done()\n\t}()\n");
      reads.append("\tsum += v").append(k).append("\n");
    }
    String program = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar wg sync.WaitGroup\n" + vars
        + "\nfunc main() {\n\twg.Add(100)\n" + gos + "\twg.Wait()\n\ttime.Sleep(0)\n\tsum := 0\n" + reads + "\tfmt.Println(sum)\n}\n";
    assertEquals(List.of(), races(program));
    // and with a Sleep instead of the Wait every worker's write races with main's read
    assertEquals(100, races(program.replace("\twg.Wait()\n", "\ttime.Sleep(time.Second)\n")).size());
  }
}
