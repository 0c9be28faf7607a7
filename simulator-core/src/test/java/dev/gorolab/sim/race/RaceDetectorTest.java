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
}
