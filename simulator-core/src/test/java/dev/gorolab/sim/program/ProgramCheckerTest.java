package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Programs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramCheckerTest {

  private static List<String> messages(Program p) {
    return ProgramChecker.check(p).stream().map(ProgramError::message).toList();
  }

  private static Program cake() {
    return program(
        func("main", make("cs", "chan string"), go("makeCakeAndSend(cs, 3)"), go("receiveCakeAndPack(cs)"),
            sleep("2s")),
        func("makeCakeAndSend(ch chan string, count int)",
            loop("i := 1; i <= count; i++",
                let("cakeName", "\"alishi-cake-\" + strconv.Itoa(i)"),
                println("\"make a cake and sending...\", cakeName"),
                send("ch", "cakeName"))),
        func("receiveCakeAndPack(ch chan string)", range("s := range ch", println("\"packing received cake\", s"))));
  }

  @Test
  void cakeProgram_isValid() {
    assertEquals(List.of(), messages(cake()));
  }

  @Test
  void sumProgram_withSlicesAndTupleReceive_isValid() {
    Program p = program(
        func("sum(a []int, ch chan int)", let("sum", "0"), range("_, v := range a", s("sum += v")), send("ch", "sum")),
        func("main", make("ch", "chan int"), let("s", "[]int{1, -4, -9, 20, 4, 9}"), go("sum(s[:len(s)/2], ch)"),
            go("sum(s[len(s)/2:], ch)"), let("x, y", "<-ch, <-ch"), printf("\"(%d)+(%d)=%d\\n\", x, y, x+y")));
    assertEquals(List.of(), messages(p));
  }

  @Test
  void unknownChannel_listsTheDeclaredChannels() {
    Program p = program(func("main", make("cs", "chan string"), send("cs2", "\"x\""), s("<-cs")));
    List<ProgramError> errors = ProgramChecker.check(p);
    assertEquals(List.of("unknown channel \"cs2\" (declared: cs)"), errors.stream().map(ProgramError::message).toList());
    assertEquals(1, errors.get(0).exprColumn());
    assertEquals("expr:cs2", errors.get(0).origin().jsonPath());
  }

  @Test
  void undefinedVariable_listsVisibleNames() {
    Program p = program(func("main", let("a", "1"), println("a, b")));
    assertEquals(List.of("undefined: b (declared: a)"), messages(p));
  }

  @Test
  void wrongArgumentCounts_useGcWording() {
    Program p = program(func("f(a int, b string)"), func("main", s("f(1)"), s("f(1, \"x\", 3)")));
    assertEquals(List.of("not enough arguments in call to f (have 1, want 2)",
        "too many arguments in call to f (have 3, want 2)"), messages(p));
  }

  @Test
  void typeMismatch_inAssignmentAndArgument() {
    Program p = program(func("f(n int)"), func("main", var("x", "int"), s("x = \"a\""), s("f(2.5)"), println("x")));
    assertEquals(List.of("cannot use \"a\" (untyped string constant) as int value in assignment",
        "cannot use 2.5 (untyped float constant) as int value in argument to f (truncated)"), messages(p));
  }

  @Test
  void sendOnNonChannel_isRejected() {
    Program p = program(func("main", let("x", "1"), send("x", "2")));
    assertEquals(List.of("invalid operation: cannot send to non-channel x (variable of type int)"), messages(p));
  }

  @Test
  void missingMain_isReported() {
    assertEquals(List.of("function main is undeclared in the main package"), messages(program(func("f"))));
  }

  @Test
  void breakOutsideLoop_andContinueInSelect_areReported() {
    Program p = program(func("main", brk(), make("c", "chan int"), select(when("<-c", cont()))));
    assertEquals(List.of("break is not in a loop, switch, or select", "continue is not in a loop"), messages(p));
  }

  @Test
  void unusedLocal_isReportedLikeGc() {
    Program p = program(func("main", let("x", "1")));
    assertEquals(List.of("x declared but not used"), messages(p));
  }

  @Test
  void missingReturn_andWrongReturnCount() {
    Program p = program(func("f() int", println("\"x\"")), func("g() int", ret("1, 2")), func("main"));
    assertEquals(List.of("missing return", "too many return values (have 2, want 1)"), messages(p));
  }

  @Test
  void durationTimesInt_isAMismatchAsInGo() {
    Program p = program(func("main", let("n", "3"), sleep("n * time.Millisecond"), sleep("2 * time.Second"),
        sleep("2*1e9")));
    assertEquals(List.of("invalid operation: n * time.Millisecond (mismatched types int and time.Duration)"), messages(p));
  }

  @Test
  void noNewVariables_onRedeclaration() {
    Program p = program(func("main", let("a", "1"), let("a", "2"), println("a")));
    assertEquals(List.of("no new variables on left side of :="), messages(p));
  }

  @Test
  void assignmentMismatch_forMultiValueFunction() {
    Program p = program(func("f() (int, int)", ret("1, 2")), func("main", let("a", "f()"), println("a")));
    assertEquals(List.of("assignment mismatch: 1 variable but f() returns 2 values"), messages(p));
  }

  @Test
  void closuresAndWaitGroups_areValid() {
    Program p = program(func("main", var("wg", "sync.WaitGroup"),
        loop("i := 0; i < 3; i++", s("wg.Add(1)"), goFunc("func(i int)", "i", defer("wg.Done()"), println("i"))),
        s("wg.Wait()"), println("runtime.NumGoroutine()")));
    assertEquals(List.of(), messages(p));
  }

  @Test
  void commaOkReceive_inSelect_isValid() {
    Program p = program(func("main", make("c", "chan string"),
        loop("", select(when("v, ok := <-c", iff("!ok", ret("")), println("v")), otherwise(sleep("1ms"))))));
    assertEquals(List.of(), messages(p));
  }
}
