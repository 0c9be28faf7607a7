package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplayTraceTest {
  /** Several thousand events of channels, select, a Mutex, a WaitGroup and package variables. */
  private static final String PROGRAM = """
      package main

      import (
      	"fmt"
      	"sync"
      )

      var total int
      var mu sync.Mutex

      func worker(id int, jobs chan int, done chan bool, wg *sync.WaitGroup) {
      	defer wg.Done()
      	for j := range jobs {
      		mu.Lock()
      		total += j * id
      		mu.Unlock()
      	}
      	done <- true
      }

      func main() {
      	jobs := make(chan int, 3)
      	done := make(chan bool, 4)
      	quit := make(chan bool)
      	var wg sync.WaitGroup
      	for w := 1; w <= 4; w++ {
      		wg.Add(1)
      		go worker(w, jobs, done, &wg)
      	}
      	go func() {
      		for i := 0; i < 5000; i++ {
      			select {
      			case jobs <- i:
      			case <-quit:
      			}
      		}
      		close(jobs)
      	}()
      	wg.Wait()
      	fmt.Println("total", total, len(done))
      }
      """;

  private static Program program() {
    GoFile.Result r = GoFile.read("main.go", PROGRAM);
    assertTrue(r.errors().isEmpty(), r.errors().toString());
    return r.program();
  }

  /** The engine's own state and package variables at every event of a straight run. */
  private static List<Object[]> straightRun(Program program, RunSettings settings) {
    RuntimeConfig config = Simulation.configFor(settings);
    Interpreter interpreter = Interpreter.compile(program, config.maxStepNanos());
    List<Object[]> states = new ArrayList<>();
    GoRuntime[] runtime = new GoRuntime[1];
    runtime[0] = new GoRuntime(config, new SeededChooser(config.seed()),
        (Event e) -> states.add(new Object[] {e, runtime[0].snapshot(), interpreter.globals()}));
    runtime[0].start(interpreter.newMainBody());
    while (!runtime[0].ended()) {
      runtime[0].advance();
    }
    return states;
  }

  @Test
  void everyEventAndRandomlySoughtState_equalTheStraightRun() {
    Program program = program();
    RunSettings settings = new RunSettings(2, 7, RunSettings.DEFAULT_MAX_STEPS);
    Trace trace = Simulation.record(program, settings, RecordingListener.NONE);
    List<Object[]> straight = straightRun(program, settings);
    assertEquals(straight.size(), trace.size());
    assertTrue(trace.size() > 3 * Simulation.MIN_SNAPSHOT_INTERVAL, "few events: " + trace.size());
    for (int i = 0; i < trace.size(); i++) {
      assertEquals(straight.get(i)[0], trace.event(i), "event " + i);
      assertEquals(((Event) straight.get(i)[0]).time(), trace.time(i), "time " + i);
    }
    // Back and forth, within a snapshot's reach and across it, as a lecturer drags the slider.
    Random random = new Random(42);
    int[] steps = new int[300];
    for (int k = 0; k < steps.length; k++) {
      steps[k] = k % 3 == 2 ? Math.min(trace.size() - 1, steps[k - 1] + 1) : random.nextInt(trace.size());
    }
    for (int step : steps) {
      assertEquals((RuntimeSnapshot) straight.get(step)[1], trace.stateAt(step), "state at " + step);
      @SuppressWarnings("unchecked")
      List<Variable> globals = (List<Variable>) straight.get(step)[2];
      assertEquals(globals, trace.globalsAt(step), "globals at " + step);
    }
    assertEquals(trace.size() - 1, trace.stepsOf(Event.ProgramEnded.class).get(0));
  }

  @Test
  void aRunChosenByHand_replaysTheAnswersGiven() {
    // A chooser that is not seeded (the class choosing): re-execution must replay its answers.
    Program program = program();
    RunSettings settings = new RunSettings(1, 1, RunSettings.DEFAULT_MAX_STEPS);
    int[] calls = {0};
    dev.gorolab.model.Chooser byHand = (kind, bound) -> (calls[0]++ * 7) % bound;
    Trace trace = Simulation.record(program, settings, byHand, false, RecordingListener.NONE);
    int answered = calls[0];
    RuntimeSnapshot last = trace.stateAt(trace.size() - 1);
    RuntimeSnapshot middle = trace.stateAt(trace.size() / 2);
    assertEquals(answered, calls[0], "a re-execution asked the chooser again");
    assertEquals(last, trace.stateAt(trace.size() - 1));
    assertEquals(middle, trace.stateAt(trace.size() / 2));
  }
}
