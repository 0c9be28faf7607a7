package dev.gorolab.sim.interp;

import static dev.gorolab.sim.program.Programs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.GoroutineBody;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.program.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Language semantics of the interpreter, on a simple FIFO stand-in for the scheduler model. */
class InterpreterTest {

  private static FakeRuntime run(Program p) {
    return new FakeRuntime().run(Interpreter.mainBody(p), 1_000_000);
  }

  @Test
  void cake_producerAndConsumerOverAnUnbufferedChannel() {
    Program p = program(
        func("main", make("cs", "chan string"), go("makeCakeAndSend(cs, 3)"), go("receiveCakeAndPack(cs)"),
            sleep("2s")),
        func("makeCakeAndSend(ch chan string, count int)",
            loop("i := 1; i <= count; i++",
                let("cakeName", "\"alishi-cake-\" + strconv.Itoa(i)"),
                println("\"make a cake and sending...\", cakeName"),
                send("ch", "cakeName")),
            close("ch")),
        func("receiveCakeAndPack(ch chan string)", range("s := range ch", println("\"packing received cake\", s"))));
    FakeRuntime r = run(p);
    String out = r.stdout();
    for (int i = 1; i <= 3; i++) {
      assertTrue(out.contains("make a cake and sending... alishi-cake-" + i + "\n"), out);
      assertTrue(out.contains("packing received cake alishi-cake-" + i + "\n"), out);
    }
    assertEquals(2_000_000_000L, r.now() - r.now() % 1_000_000_000L);
  }

  @Test
  void sum_slicesShareTheArrayAndResultsComeBackOverAChannel() {
    Program p = program(
        func("sum(a []int, ch chan int)", let("sum", "0"), range("_, v := range a", s("sum += v")), send("ch", "sum")),
        func("main", make("ch", "chan int"), let("s", "[]int{1, -4, -9, 20, 4, 9}"), go("sum(s[:len(s)/2], ch)"),
            go("sum(s[len(s)/2:], ch)"), let("x, y", "<-ch, <-ch"), printf("\"(%d)+(%d)=%d\\n\", x, y, x+y")));
    assertEquals("(-12)+(33)=21\n", run(p).stdout());
  }

  @Test
  void closures_shareCapturedVariablesByReference() {
    Program p = program(func("main", let("n", "0"), goFunc("func()", "", s("n += 10")), sleep("1ms"), s("n++"),
        println("n")));
    assertEquals("11\n", run(p).stdout());
  }

  @Test
  void goFuncWithArgument_copiesTheLoopVariable_whileCaptureSharesIt_go119() {
    Program byArg = program(func("main", make("done", "chan int"),
        loop("i := 0; i < 3; i++", goFunc("func(i int)", "i", send("done", "i"))),
        println("<-done, <-done, <-done")));
    assertEquals("0 1 2\n", run(byArg).stdout());
    Program captured = program(func("main", make("done", "chan int"),
        loop("i := 0; i < 3; i++", goFunc("func()", "", send("done", "i"))),
        println("<-done, <-done, <-done")));
    assertEquals("3 3 3\n", run(captured).stdout());
  }

  @Test
  void bodyScopedVariables_areFreshEachIteration() {
    Program p = program(func("main", make("done", "chan int", "3"),
        loop("i := 0; i < 3; i++", let("j", "i * 10"), goFunc("func()", "", send("done", "j"))),
        println("<-done, <-done, <-done")));
    assertEquals("0 10 20\n", run(p).stdout());
  }

  @Test
  void userFunctionResults_areAssignable() {
    Program p = program(
        func("divmod(a int, b int) (int, int)", ret("a / b, a % b")),
        func("twice(x float64) float64", ret("x * 2")),
        func("main", let("q, r", "divmod(17, 5)"), let("t", "twice(1.75)"),
            println("q, r, t, twice(2) + 1, divmod(9, 2)")));
    // Println(divmod(9, 2)) is not Go; keep to single-valued uses
    Program ok = program(
        func("divmod(a int, b int) (int, int)", ret("a / b, a % b")),
        func("twice(x float64) float64", ret("x * 2")),
        func("main", let("q, r", "divmod(17, 5)"), let("t", "twice(1.75)"), println("q, r, t, twice(2) + 1")));
    assertEquals("3 2 3.5 5\n", run(ok).stdout());
    assertTrue(p != null);
  }

  @Test
  void rangeOverClosedBufferedChannel_drainsThenStops() {
    Program p = program(func("main", make("ch", "chan int", "10"),
        loop("i := 0; i < 4; i++", send("ch", "i * i")), close("ch"),
        range("v := range ch", println("v")), let("v, ok", "<-ch"), println("v, ok")));
    assertEquals("0\n1\n4\n9\n0 false\n", run(p).stdout());
  }

  @Test
  void selectWithDefault_takesDefaultWhenNothingIsReady() {
    Program p = program(func("main", make("c", "chan int", "1"),
        select(when("v := <-c", println("\"got\", v")), otherwise(println("\"nothing\""))),
        send("c", "7"),
        select(when("v := <-c", println("\"got\", v")), otherwise(println("\"nothing\"")))));
    assertEquals("nothing\ngot 7\n", run(p).stdout());
  }

  @Test
  void selectCommaOk_seesClose_andBreakLeavesOnlyTheSelect() {
    Program p = program(func("main", make("c", "chan string"), close("c"), let("n", "0"),
        loop("n < 2", s("n++"),
            select(when("v, ok := <-c", iff("!ok", println("\"closed\", v == \"\""), brk()),
                println("\"unreachable\"")))),
        println("n")));
    assertEquals("closed true\nclosed true\n2\n", run(p).stdout());
  }

  @Test
  void waitGroup_waitsForAllWorkers() {
    Program p = program(func("main", var("wg", "sync.WaitGroup"), var("mu", "sync.Mutex"), let("total", "0"),
        loop("i := 1; i <= 4; i++", s("wg.Add(1)"),
            goFunc("func(n int)", "i", defer("wg.Done()"), s("mu.Lock()"), s("total += n"), s("mu.Unlock()"))),
        s("wg.Wait()"), println("total, runtime.NumGoroutine()")));
    FakeRuntime r = run(p);
    assertEquals("10 1\n", r.stdout());
  }

  @Test
  void indexOutOfRange_panicsWithGoWords() {
    Program p = program(func("main", let("s", "[]int{7, 2, 8}"), let("i", "5"), println("s[i]")));
    assertEquals("panic: runtime error: index out of range [5] with length 3", run(p).stderr());
  }

  @Test
  void integerDivideByZero_panics() {
    Program p = program(func("main", let("z", "0"), println("10 / z")));
    assertEquals("panic: runtime error: integer divide by zero", run(p).stderr());
  }

  @Test
  void explicitPanic_printsTheValue() {
    assertEquals("panic: boom", run(program(func("main", panic("\"boom\"")))).stderr());
    assertEquals("panic: +3.500000e+000", run(program(func("main", panic("3.5")))).stderr());
  }

  @Test
  void deferredCalls_runLastInFirstOut_onReturn() {
    Program p = program(
        func("f()", defer("fmt.Println(\"first deferred\")"), defer("fmt.Println(\"second deferred\")"),
            println("\"body\"")),
        func("main", s("f()"), println("\"after\"")));
    assertEquals("body\nsecond deferred\nfirst deferred\nafter\n", run(p).stdout());
  }

  @Test
  void appendAndLenAndCap_followGo() {
    Program p = program(func("main", var("s", "[]int"),
        loop("i := 0; i < 5; i++", s("s = append(s, i)")), println("s, len(s), cap(s)"),
        let("t", "s[1:3]"), s("t[0] = 99"), println("s, t, len(t), cap(t)")));
    assertEquals("[0 1 2 3 4] 5 8\n[0 99 2 3 4] [99 2] 2 7\n", run(p).stdout());
  }

  @Test
  void timeSinceOnVirtualTime_printsLikeGo() {
    Program p = program(func("main", let("start", "time.Now()"), sleep("1500ms"),
        println("time.Since(start) >= 1500*time.Millisecond"), println("time.Since(start).Seconds() > 1.4"),
        printf("\"%v\\n\", 2 * time.Second"), sleep("2*1e9")));
    FakeRuntime r = run(p);
    assertEquals("true\ntrue\n2s\n", r.stdout());
    assertTrue(r.now() >= 3_500_000_000L);
  }

  @Test
  void globals_areSharedByGoroutines() {
    Program p = program(List.of(global("i", "int")),
        func("bump()", s("i++")),
        func("main", go("bump()"), go("bump()"), sleep("1ms"), println("\"i =\", i")));
    assertEquals("i = 2\n", run(p).stdout());
  }

  @Test
  void work_isSplitIntoStepsOfAtMostMaxStep() {
    Program p = program(func("main", work("2500us"), println("\"done\"")));
    GoroutineBody body = Interpreter.compile(p, 1_000_000).newMainBody();
    FakeRuntime r = new FakeRuntime().run(body, 1000);
    assertEquals("done\n", r.stdout());
    assertTrue(r.now() >= 2_500_000 && r.now() < 2_600_000, "virtual time " + r.now());
  }

  @Test
  void goroutineNames_followGo() {
    Program p = program(func("main", goFunc("func()", "", println("\"x\""))));
    GoroutineBody main = Interpreter.mainBody(p);
    assertEquals("main.main", main.function());
  }

  @Test
  void locals_showVisibleVariablesWithGoTypesAndQuotedStrings() {
    Program p = program(func("main", let("name", "\"cake\""), let("n", "3"), make("c", "chan int"), s("<-c"),
        println("name, n")));
    GoroutineBody main = Interpreter.mainBody(p);
    FakeRuntime r = new FakeRuntime().run(main, 100);
    assertTrue(r.stderr().startsWith("fatal error: all goroutines are asleep"), r.stderr());
    assertEquals("[Variable[name=name, type=string, value=\"cake\"], Variable[name=n, type=int, value=3],"
        + " Variable[name=c, type=chan int, value=c]]", main.locals().toString());
  }
}
