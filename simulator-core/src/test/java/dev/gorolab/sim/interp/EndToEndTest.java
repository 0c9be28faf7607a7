package dev.gorolab.sim.interp;

import static dev.gorolab.sim.program.Programs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.model.SeededChooser;
import dev.gorolab.sim.program.Program;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Programs run by the interpreter on the real scheduler model, compared with what go1.19 prints. */
class EndToEndTest {

  private record Result(String stdout, String stderr, int exitCode, long nanos, List<Event> events) {}

  private static Result run(Program p, int procs) {
    RuntimeConfig config = RuntimeConfig.defaults(procs, 1);
    List<Event> events = new ArrayList<>();
    GoRuntime rt = new GoRuntime(config, new SeededChooser(1), events::add);
    rt.start(Interpreter.compile(p, config.maxStepNanos()).newMainBody());
    long steps = 0;
    while (rt.advance()) {
      if (++steps > 2_000_000) {
        throw new AssertionError("program did not end");
      }
    }
    StringBuilder out = new StringBuilder();
    for (Event e : events) {
      if (e instanceof Event.Output o) {
        out.append(o.text());
      }
    }
    return new Result(out.toString(), rt.stderr(), rt.exitCode(), rt.now(), events);
  }

  private static Program cake(int count) {
    return program(
        func("main", make("cs", "chan string"), go("makeCakeAndSend(cs, " + count + ")"), go("receiveCakeAndPack(cs)"),
            sleep("2 * time.Second")),
        func("makeCakeAndSend(ch chan string, count int)",
            loop("i := 1; i <= count; i++",
                let("cakeName", "\"alishi-cake-\" + strconv.Itoa(i)"),
                println("\"make a cake and sending...\", cakeName"),
                send("ch", "cakeName"))),
        func("receiveCakeAndPack(ch chan string)", range("s := range ch", println("\"packing received cake\", s"))));
  }

  @Test
  void cake_printsWhatGoPrints_withOneP() {
    Result r = run(cake(5), 1);
    assertEquals(String.join("\n",
        "make a cake and sending... alishi-cake-1",
        "make a cake and sending... alishi-cake-2",
        "packing received cake alishi-cake-1",
        "packing received cake alishi-cake-2",
        "make a cake and sending... alishi-cake-3",
        "make a cake and sending... alishi-cake-4",
        "packing received cake alishi-cake-3",
        "packing received cake alishi-cake-4",
        "make a cake and sending... alishi-cake-5",
        "packing received cake alishi-cake-5") + "\n", r.stdout());
    assertEquals(0, r.exitCode());
    assertTrue(r.nanos() >= 2_000_000_000L && r.nanos() < 2_001_000_000L, "ended at " + r.nanos());
  }

  @Test
  void goroutineNames_andLines_reachTheModel() {
    Result r = run(program(func("main", goFunc("func()", "", println("\"x\"")), sleep("1ms"))), 1);
    List<String> names = r.events().stream()
        .filter(e -> e instanceof Event.GoroutineCreated c && !c.system())
        .map(e -> ((Event.GoroutineCreated) e).function()).toList();
    assertEquals(List.of("main.main", "main.main.func1"), names);
    assertEquals("x\n", r.stdout());
  }

  @Test
  void rangeOverClosedChannel_endsTheLoop() {
    Program p = program(
        func("fibonacci(n int, ch chan int)", let("x, y", "1, 1"),
            loop("i := 0; i < n; i++", send("ch", "x"), s("x, y = y, x+y")), close("ch")),
        func("main", make("ch", "chan int", "10"), go("fibonacci(cap(ch), ch)"), range("v := range ch", println("v"))));
    assertEquals("1\n1\n2\n3\n5\n8\n13\n21\n34\n55\n", run(p, 1).stdout());
  }

  @Test
  void selectWithDefault_neverBlocks() {
    Program p = program(func("main", make("c", "chan int"), let("hits", "0"),
        loop("i := 0; i < 3; i++", select(when("<-c", s("hits++")), otherwise(println("\"default\", i")))),
        println("hits")));
    assertEquals("default 0\ndefault 1\ndefault 2\n0\n", run(p, 2).stdout());
  }

  @Test
  void waitGroup_andMutex_countEveryWorker() {
    Program p = program(func("main", var("wg", "sync.WaitGroup"), var("mu", "sync.Mutex"), let("total", "0"),
        loop("i := 1; i <= 10; i++", s("wg.Add(1)"),
            goFunc("func(n int)", "i", defer("wg.Done()"), s("mu.Lock()"), s("total += n"), s("mu.Unlock()"))),
        s("wg.Wait()"), println("total")));
    assertEquals("55\n", run(p, 4).stdout());
  }

  @Test
  void indexOutOfRange_panicsLikeGo_withExitCode2() {
    Program p = program(func("main", let("s", "[]int{7, 2, 8}"), let("i", "5"), println("s[i]")));
    Result r = run(p, 1);
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:"),
        r.stderr());
  }

  private static Result runGo(String source) {
    dev.gorolab.sim.syntax.GoFile.Result go = dev.gorolab.sim.syntax.GoFile.read("main.go", source);
    assertTrue(go.ok(), () -> go.errors().toString());
    return run(go.program(), 1);
  }

  @Test
  void nilDereference_printsGosSignalLine_afterThePanic() {
    // runtime/panic.go dopanic_m: a panic that began as a fault (gp.sig) is followed by the signal
    Result r = runGo("package main\n\ntype N struct{ next *N }\n\nfunc main() {\n\tvar n *N\n\t_ = n.next\n}\n");
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n"
        + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:"), r.stderr());
  }

  @Test
  void userPanicWithTheSameWords_hasNoSignalLine() {
    Result r = runGo("package main\n\nimport \"errors\"\n\nfunc main() {\n"
        + "\tpanic(errors.New(\"runtime error: invalid memory address or nil pointer dereference\"))\n}\n");
    assertTrue(r.stderr().startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n\n"
        + "goroutine 1 [running]:"), r.stderr());
  }

  @Test
  void deadlock_isReportedByTheModel() {
    Program p = program(func("main", make("ch", "chan int"), send("ch", "1"), println("\"never\"")));
    Result r = run(p, 1);
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!"), r.stderr());
  }

  @Test
  void cpuBoundWork_isPreemptedAfterTenMilliseconds() {
    Program p = program(func("spin()", work("50ms")),
        func("main", go("spin()"), go("spin()"), sleep("200ms"), println("\"done\"")));
    Result r = run(p, 1);
    assertEquals("done\n", r.stdout());
    assertTrue(r.events().stream().anyMatch(e -> e instanceof Event.GoroutinePreempted), "no preemption");
  }

  @Test
  void gosched_yieldsBetweenTwoPrinters() {
    Program p = program(
        func("say(msg string)", loop("i := 0; i < 3; i++", s("runtime.Gosched()"), println("msg"))),
        func("main", go("say(\"world\")"), s("say(\"hello\")")));
    Result r = run(p, 1);
    assertEquals(3, r.stdout().split("hello", -1).length - 1, r.stdout());
    assertEquals(0, r.exitCode());
  }

  @Test
  void tupleReceive_sumsTwoHalves() {
    Program p = program(
        func("sum(a []int, ch chan int)", let("sum", "0"), range("_, v := range a", s("sum += v")), send("ch", "sum")),
        func("main", make("ch", "chan int"), let("s", "[]int{1, -4, -9, 20, 4, 9}"), go("sum(s[:len(s)/2], ch)"),
            go("sum(s[len(s)/2:], ch)"), let("x, y", "<-ch, <-ch"), printf("\"(%d)+(%d)=%d\\n\", x, y, x+y")));
    assertEquals("(33)+(-12)=21\n", run(p, 1).stdout());
  }

  @Test
  void panic_runsDeferredCallsOfEveryFrameFirst() {
    Program p = program(
        func("inner()", defer("fmt.Println(\"inner deferred\")"), let("z", "0"), println("1 / z")),
        func("main", defer("fmt.Println(\"main deferred\")"), s("inner()"), println("\"unreachable\"")));
    Result r = run(p, 1);
    assertEquals("inner deferred\nmain deferred\n", r.stdout());
    assertTrue(r.stderr().startsWith("panic: runtime error: integer divide by zero\n"), r.stderr());
    assertEquals(2, r.exitCode());
  }

  @Test
  void shortAndSlow_seedProgram_printsElapsedVirtualTime() {
    Program p = program(
        func("main", println("\"at the begin of main\""), go("short()"), go("slow()"), let("start", "time.Now()"),
            sleep("5 * time.Second"),
            println("\"at the end of main after\", time.Since(start).Seconds(), \"s\""),
            printf("\"%2.2fs\\n\", time.Since(start).Seconds()")),
        func("slow()", println("\"begin slow\""), sleep("3 * time.Second"), println("\"end slow\"")),
        func("short()", println("\"begin short\""), sleep("2 * time.Second"), println("\"end short\"")));
    String out = run(p, 1).stdout();
    assertTrue(out.startsWith("at the begin of main\nbegin slow\nbegin short\nend short\nend slow\n"
        + "at the end of main after 5.0000"), out);
    assertTrue(out.endsWith(" s\n5.00s\n"), out);
  }
}
