package dev.gorolab.sim.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.program.Expr;
import dev.gorolab.sim.program.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectivesTest {

  private static GoFile.Result read(String imports, String body) {
    return GoFile.read("main.go", "package main\n\n" + imports + "\n\nvar sink int\n\nfunc main() {\n" + body + "}\n");
  }

  private static List<Stmt> body(String imports, String body) {
    GoFile.Result r = read(imports, body);
    assertTrue(r.ok(), () -> r.errors().toString());
    return r.program().function("main").orElseThrow().body();
  }

  private static List<String> errors(String body) {
    return read("", body).errors().stream().map(GoError::toString).toList();
  }

  @Test
  void work_onTheLineAbove_replacesTheMarkedLoopWithThatMuchCpu() {
    List<Stmt> b = body("", "\t//gorolab:work 200ms\n\tfor i := 0; i < 200000000; i++ {\n\t\tsink += i\n\t}\n");
    Stmt.Work w = (Stmt.Work) b.get(0);
    assertEquals(200_000_000L, ((Expr.DurationLit) w.duration()).nanos());
    assertEquals(9, w.line(), "the work stands on the loop's line");
    assertEquals(1, b.size());
  }

  @Test
  void work_atTheEndOfTheFirstLine_marksTheStatementStartingThere_andTextAfterTheDurationIsANote() {
    List<Stmt> b = body("", "\tfor { //gorolab:work 1ms spin for about a millisecond\n\t\tsink++\n\t}\n");
    Stmt.Work w = (Stmt.Work) b.get(0);
    assertEquals(1_000_000L, ((Expr.DurationLit) w.duration()).nanos());
    assertEquals(8, w.line());
  }

  @Test
  void syscall_replacesTheMarkedCall_whichMayUseAPackageGoroLabDoesNotModel() {
    List<Stmt> b = body("import \"syscall\"",
        "\t//gorolab:syscall 100ms\n\tsyscall.Nanosleep(&syscall.Timespec{Nsec: 100 * 1000 * 1000}, nil)\n");
    Stmt.Syscall s = (Stmt.Syscall) b.get(0);
    assertEquals(100_000_000L, ((Expr.DurationLit) s.duration()).nanos());
    assertEquals(9, s.line());
  }

  @Test
  void aPackageGoroLabDoesNotModel_usedOutsideAMarkedStatement_isReported() {
    assertEquals(List.of("main.go:3:8: GoroLab does not model package syscall yet"),
        read("import \"syscall\"", "\t_ = syscall.Getpid()\n").errors().stream().map(GoError::toString).toList());
  }

  @Test
  void unmarkedCode_runsAsWritten() {
    List<Stmt> b = body("", "\tfor i := 0; i < 1000000; i++ {\n\t\tsink += i\n\t}\n");
    assertInstanceOf(Stmt.For.class, b.get(0));
  }

  @Test
  void variablesUsedOnlyInsideAMarkedStatement_countAsUsed() {
    List<Stmt> b = body("", "\tn := 3\n\t//gorolab:work 1ms\n\tfor i := 0; i < n; i++ {\n\t}\n");
    assertEquals(2, b.size());
    assertInstanceOf(Stmt.Work.class, b.get(1));
  }

  @Test
  void misuse_isReportedAtTheDirective() {
    assertEquals(List.of("main.go:8:2: unknown directive //gorolab:sleep (GoroLab knows //gorolab:work and //gorolab:syscall)"),
        errors("\t//gorolab:sleep 1s\n\tsink++\n"));
    assertEquals(List.of("main.go:8:2: //gorolab:work needs a duration, as in //gorolab:work 200ms"),
        errors("\t//gorolab:work\n\tsink++\n"));
    assertEquals(List.of("main.go:8:17: //gorolab:work: time: invalid duration \"200\""),
        errors("\t//gorolab:work 200\n\tsink++\n"));
    assertEquals(List.of("main.go:8:2: //gorolab:syscall must mark a call statement, such as syscall.Nanosleep(&ts, nil)"),
        errors("\t//gorolab:syscall 1ms\n\tsink++\n"));
    assertEquals(List.of("main.go:9:2: //gorolab:work marks no statement: put it on the line above a statement or at the end of its first line"),
        errors("\tsink++\n\t//gorolab:work 1ms\n"));
    assertEquals(List.of("main.go:9:9: a statement can carry only one //gorolab directive (another is on line 8)"),
        errors("\t//gorolab:work 1ms\n\tsink++ //gorolab:work 2ms\n"));
  }
}
