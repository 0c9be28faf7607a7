package dev.gorolab.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExplorerTest {

  static Program program(String source) {
    GoFile.Result r = GoFile.read("main.go", source);
    assertTrue(r.ok(), r.errors().toString());
    return r.program();
  }

  static Explorer.Result explore(String source, int gomaxprocs, ExploreMode mode, int maxRuns) {
    Explorer e = new Explorer(program(source), new Explorer.Options(gomaxprocs, mode, maxRuns, 1000, 100_000));
    return e.search(8, Explorer.ON_THIS_THREAD);
  }

  static Set<String> stdouts(Explorer.Result r) {
    Set<String> out = new TreeSet<>();
    for (Explorer.Outcome o : r.outcomes().keySet()) {
      out.add(o.stdout() + (o.firstStderrLine().isEmpty() ? "" : "|" + o.firstStderrLine()));
    }
    return out;
  }

  static final String SELECT_TWO_READY = """
      package main

      import "fmt"

      func main() {
      	a := make(chan string, 1)
      	b := make(chan string, 1)
      	a <- "a"
      	b <- "b"
      	select {
      	case v := <-a:
      		fmt.Println(v)
      	case v := <-b:
      		fmt.Println(v)
      	}
      }
      """;

  @Test
  void modeGo_selectWithTwoReadyCases_findsBothOutcomes_R8_2() {
    Explorer.Result r = explore(SELECT_TWO_READY, 1, ExploreMode.GO, 1000);
    assertEquals(Set.of("a\n", "b\n"), stdouts(r));
    assertTrue(r.complete());
  }

  static final String LOST_UPDATE = """
      package main

      import (
      	"fmt"
      	"sync"
      )

      var i int
      var wg sync.WaitGroup

      func inc() {
      	i++
      	wg.Done()
      }

      func main() {
      	wg.Add(2)
      	go inc()
      	go inc()
      	wg.Wait()
      	fmt.Println(i)
      }
      """;

  @Test
  void modeAny_unsynchronisedIncrements_findTheLostUpdate() {
    Explorer.Result r = explore(LOST_UPDATE, 1, ExploreMode.ANY, 10_000);
    assertEquals(Set.of("1\n", "2\n"), stdouts(r));
    assertTrue(r.complete());
  }

  @Test
  void modeGo_oneP_unsynchronisedIncrements_neverLoseAnUpdate() {
    // With GOMAXPROCS=1 nothing interrupts i++: Go's own choices cannot lose an update here.
    Explorer.Result r = explore(LOST_UPDATE, 1, ExploreMode.GO, 10_000);
    assertEquals(Set.of("2\n"), stdouts(r));
  }

  static final String LOOPED_INCREMENTS = """
      package main

      import (
      	"fmt"
      	"sync"
      )

      var i int
      var wg sync.WaitGroup

      func inc() {
      	for k := 0; k < 200; k++ {
      		i++
      	}
      	wg.Done()
      }

      func main() {
      	wg.Add(2)
      	go inc()
      	go inc()
      	wg.Wait()
      	fmt.Println(i)
      }
      """;

  @Test
  void modeGo_twoPs_unsynchronisedIncrements_loseAnUpdateWhenThePsOverlap() {
    // The second P starts its search microseconds later: only longer loops overlap, as on real
    // hardware, and then the timing of the two Ps decides.
    Explorer.Result r = explore(LOOPED_INCREMENTS, 2, ExploreMode.GO, 100);
    assertTrue(stdouts(r).size() >= 2, stdouts(r).toString());
    assertTrue(stdouts(r).stream().allMatch(s -> Integer.parseInt(s.trim()) < 400), stdouts(r).toString());
  }

  static final String RARE_DEADLOCK = """
      package main

      import "fmt"

      func main() {
      	a := make(chan int, 1)
      	b := make(chan int, 1)
      	done := make(chan bool)
      	a <- 1
      	b <- 1
      	n := 0
      	for k := 0; k < 3; k++ {
      		select {
      		case <-a:
      			a <- 1
      		case <-b:
      			b <- 1
      			n++
      		}
      	}
      	if n == 3 {
      		<-done
      	}
      	fmt.Println("n =", n)
      }
      """;

  @Test
  void rareDeadlock_onlyWhenSelectPicksTheSameCaseThreeTimes_isFound() {
    Explorer.Result r = explore(RARE_DEADLOCK, 1, ExploreMode.GO, 1000);
    assertEquals(
        Set.of("n = 0\n", "n = 1\n", "n = 2\n", "|fatal error: all goroutines are asleep - deadlock!"),
        stdouts(r));
    Explorer.Outcome deadlock = r.outcomes().keySet().stream()
        .filter(o -> o.reason() == Event.EndReason.DEADLOCK).findFirst().orElseThrow();
    assertEquals(2, deadlock.exitCode());
    assertEquals(1, r.outcomes().get(deadlock).schedules());
  }

  @Test
  void everyOutcomesChoices_replayThatOutcomeExactly() {
    for (String source : List.of(RARE_DEADLOCK, LOST_UPDATE)) {
      for (ExploreMode mode : ExploreMode.values()) {
        Program p = program(source);
        Explorer.Result r = explore(source, 1, mode, 10_000);
        for (Map.Entry<Explorer.Outcome, Explorer.Found> e : r.outcomes().entrySet()) {
          RunOutcome replayed = replay(p, mode, Schedules.trim(e.getValue().choices()));
          assertEquals(e.getKey(), Explorer.Outcome.of(replayed), mode + " " + Schedules.format(e.getValue().choices()));
        }
      }
    }
  }

  static RunOutcome replay(Program p, ExploreMode mode, int[] choices) {
    RuntimeConfig config = Simulation.configFor(new RunSettings(1, 1, 100_000));
    return Simulation.run(
        Interpreter.compile(p, config.maxStepNanos(), mode.splitsUpdates(1)).newMainBody(),
        config, new ScheduleChooser(mode, choices), 100_000, e -> {});
  }

  @Test
  void search_givesTheSameResultWhateverOrderTheSubtreesRunIn() {
    Explorer e = new Explorer(program(RARE_DEADLOCK), new Explorer.Options(1, ExploreMode.GO, 1000, 1000, 100_000));
    Explorer.Result inOrder = e.search(8, Explorer.ON_THIS_THREAD);
    Explorer.Result reversed = e.search(8, searches -> {
      List<Explorer.Result> out = new ArrayList<>(Collections.nCopies(searches.size(), null));
      for (int i = searches.size() - 1; i >= 0; i--) {
        out.set(i, searches.get(i).get());
      }
      return out;
    });
    assertEquals(List.copyOf(inOrder.outcomes().keySet()), List.copyOf(reversed.outcomes().keySet()));
    assertEquals(inOrder.runs(), reversed.runs());
  }

  @Test
  void maxRuns_stopsTheSearchAndSaysItIsIncomplete() {
    Explorer.Result full = explore(RARE_DEADLOCK, 1, ExploreMode.GO, 1000);
    Explorer.Result r = explore(RARE_DEADLOCK, 1, ExploreMode.GO, 3);
    assertTrue(full.complete());
    assertTrue(!r.complete());
    assertTrue(r.runs() < full.runs(), "runs " + r.runs() + " of " + full.runs());
  }

  @Test
  void schedules_longRunsOfOneChoice_printShortAndParseBack() {
    int[] choices = {0, 0, 0, 0, 1, 2, 2, 0, 0, 0};
    assertEquals("0*4,1,2,2,0*3", Schedules.format(choices));
    assertEquals(java.util.Arrays.toString(choices), java.util.Arrays.toString(Schedules.parse("0*4,1,2,2,0*3")));
  }

  @Test
  void schedules_badText_saysWhichChoiceIsWrong() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Schedules.parse("0,x,1"));
    assertEquals("choice 2 of the schedule is \"x\", expected a whole number 0 or more, or N*COUNT", e.getMessage());
  }

  @Test
  void scheduleForAnotherProgram_isRejectedWithTheChoiceThatDoesNotFit() {
    Program p = program(SELECT_TWO_READY);
    ScheduleChooser.ScheduleMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(
        ScheduleChooser.ScheduleMismatchException.class, () -> replay(p, ExploreMode.GO, new int[] {5}));
    assertEquals("choice 1 of the schedule is 5, but that choice point has only 2 options (0..1):"
        + " the schedule was made for another program or settings", e.getMessage());
  }
}
