package dev.gorolab.sim.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExprParserTest {

  private static String roundTrip(String text) {
    return ExprPrinter.print(ExprParser.parse(text));
  }

  @Test
  void parse_respectsGoPrecedence() {
    assertEquals("\"alishi-cake-\" + strconv.Itoa(i)", roundTrip("\"alishi-cake-\" + strconv.Itoa(i)"));
    Expr e = ExprParser.parse("a + b * c == d && !e || f");
    assertEquals("||", ((Expr.Binary) e).op());
    assertEquals("a + b * c == d && !e || f", ExprPrinter.print(e));
    assertEquals("(a + b) * c", roundTrip("(a+b)*c"));
    assertEquals("1 << 3 | x & 7", roundTrip("1<<3 | x&7"));
  }

  @Test
  void parse_sliceIndexCompositeAndMake() {
    assertEquals("s[:len(s) / 2]", roundTrip("s[:len(s)/2]"));
    assertEquals("s[len(s) / 2:]", roundTrip("s[len(s)/2:]"));
    assertEquals("[]int{7, 2, 8}", roundTrip("[]int{7, 2, 8}"));
    Expr.Call make = (Expr.Call) ExprParser.parse("make(chan chan int, 3)");
    assertEquals(new GoType.Chan(new GoType.Chan(GoType.Basic.INT)), ((Expr.TypeExpr) make.args().get(0)).type());
    assertEquals("append(s, t...)", roundTrip("append(s, t...)"));
  }

  @Test
  void parse_receiveAndDurations() {
    assertInstanceOf(Expr.Recv.class, ExprParser.parse("<-ch"));
    assertEquals("2 * time.Second", roundTrip("2 * time.Second"));
    assertEquals(2e9, ((Expr.FloatLit) ((Expr.Binary) ExprParser.parse("2*1e9")).right()).value() * 2);
    Expr.DurationLit d = (Expr.DurationLit) ExprParser.parseDuration("1.5ms", Origin.NONE);
    assertEquals(1_500_000L, d.nanos());
    assertEquals(5_400_000_000_000L, ((Expr.DurationLit) ExprParser.parseDuration("1h30m", Origin.NONE)).nanos());
    assertEquals(150_000L, ((Expr.DurationLit) ExprParser.parseDuration("150µs", Origin.NONE)).nanos());
    assertInstanceOf(Expr.Binary.class, ExprParser.parseDuration("2 * time.Second", Origin.NONE));
  }

  @Test
  void parse_stringEscapesAndRunes() {
    assertEquals("a\"b\n您", ((Expr.StringLit) ExprParser.parse("\"a\\\"b\\n您\"")).value());
    assertEquals("raw\\n", ((Expr.StringLit) ExprParser.parse("`raw\\n`")).value());
    assertEquals('x', ((Expr.RuneLit) ExprParser.parse("'x'")).value());
  }

  @Test
  void syntaxErrors_carryTheColumnInsideTheString() {
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a + )"));
    assertEquals(5, e.column());
    assertEquals("syntax error: unexpected ), expecting expression", e.detail());
    e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("f(a b)"));
    assertEquals(5, e.column());
    assertEquals("syntax error: unexpected name b, expecting comma or )", e.detail());
    e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("\"abc"));
    assertEquals(1, e.column());
    e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse("a $ b"));
    assertEquals("invalid character U+0024", e.detail());
    e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(""));
    assertEquals("syntax error: unexpected end of text, expecting expression", e.detail());
  }

  @Test
  void positions_pointAtEachOperand() {
    Origin o = new Origin("$.functions.main[0].value", 3, 20);
    Expr.Binary b = (Expr.Binary) ExprParser.parse("x +  y", o);
    assertEquals(1, b.left().pos().column());
    assertEquals(6, b.right().pos().column());
    assertEquals(3, b.opColumn());
    assertEquals(o, b.right().pos().origin());
  }

  @Test
  void forClause_threeClausesConditionOnlyAndForever() {
    ExprParser.ForClause f = ExprParser.parseForClause("i := 1; i <= count; i++", Origin.NONE, 17);
    assertEquals(List.of("i"), ((Stmt.Let) f.init()).names());
    assertEquals("i <= count", ExprPrinter.print(f.cond()));
    assertTrue(((Stmt.IncDec) f.post()).increment());
    ExprParser.ForClause c = ExprParser.parseForClause("n < 10", Origin.NONE, 0);
    assertNull(c.init());
    assertEquals("n < 10", ExprPrinter.print(c.cond()));
    assertNull(ExprParser.parseForClause("", Origin.NONE, 0).cond());
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class,
        () -> ExprParser.parseForClause("i := 0; i < 3; j := 1", Origin.NONE, 0));
    assertEquals(Messages.SYNTAX_CANNOT_DECLARE_IN_POST, e.detail());
  }

  @Test
  void rangeClause_forms() {
    ExprParser.RangeClause r = ExprParser.parseRangeClause("s := range ch", Origin.NONE);
    assertEquals("s", ((Expr.Ident) r.key()).name());
    assertTrue(r.define());
    r = ExprParser.parseRangeClause("_, v := range a", Origin.NONE);
    assertEquals("v", ((Expr.Ident) r.value()).name());
    r = ExprParser.parseRangeClause("range ch", Origin.NONE);
    assertNull(r.key());
  }

  @Test
  void signatures_groupNamesAsGoDoes() {
    ExprParser.Signature s = ExprParser.parseSignature("makeCakeAndSend(favor string, cs chan string, count int)");
    assertEquals("makeCakeAndSend", s.name());
    assertEquals("[favor string, cs chan string, count int]", s.params().toString());
    s = ExprParser.parseSignature("sum(a []int, ch chan int)");
    assertEquals("[a []int, ch chan int]", s.params().toString());
    s = ExprParser.parseSignature("f(a, b int) (int, string)");
    assertEquals("[a int, b int]", s.params().toString());
    assertEquals(List.of(GoType.Basic.INT, GoType.Basic.STRING), s.results());
    s = ExprParser.parseSignature("sum(s []int) int");
    assertEquals(List.of(GoType.Basic.INT), s.results());
    assertEquals("main", ExprParser.parseSignature("main").name());
    assertEquals("[wg *sync.WaitGroup]", ExprParser.parseSignature("w(wg *sync.WaitGroup)").params().toString());
    assertEquals("[i int]", ExprParser.parseFuncLitSignature("func(i int)").params().toString());
  }

  @Test
  void commClause_acceptsOnlyCommunications() {
    assertInstanceOf(Stmt.Let.class, ExprParser.parseCommClause("cakeName, straw_ok := <-straw_cs", Origin.NONE, 0));
    assertInstanceOf(Stmt.Send.class, ExprParser.parseCommClause("ch <- x", Origin.NONE, 0));
    assertInstanceOf(Stmt.ExprStmt.class, ExprParser.parseCommClause("<-done", Origin.NONE, 0));
    assertThrows(ExprSyntaxException.class, () -> ExprParser.parseCommClause("x := 1", Origin.NONE, 0));
  }

  @Test
  void simpleStatements_tupleAssignAndSend() {
    Stmt.Assign a = (Stmt.Assign) ExprParser.parseSimpleStmt("x, y = y, x+y", Origin.NONE, 4);
    assertEquals(2, a.targets().size());
    assertEquals(4, a.line());
    assertInstanceOf(Stmt.Send.class, ExprParser.parseSimpleStmt("ch <- x", Origin.NONE, 0));
    assertEquals("+=", ((Stmt.Assign) ExprParser.parseSimpleStmt("sum += v", Origin.NONE, 0)).op());
  }

  @Test
  void types_parse() {
    assertEquals("<-chan int", ExprParser.parseType("<-chan int").toString());
    assertEquals("chan<- string", ExprParser.parseType("chan<- string").toString());
    assertEquals("func(int) string", ExprParser.parseType("func(int) string").toString());
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parseType("map"));
    assertEquals(1, e.column());
  }
}
