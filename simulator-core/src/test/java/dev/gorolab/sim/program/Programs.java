package dev.gorolab.sim.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Terse builders of programs for tests, parsing Go text the way the loader does. */
public final class Programs {
  private Programs() {}

  public static Origin at(String path) {
    return new Origin(path, 0, 0);
  }

  public static Expr e(String text) {
    return ExprParser.parse(text, at("expr:" + text));
  }

  public static List<Expr> es(String text) {
    return ExprParser.parseList(text, at("expr:" + text));
  }

  public static Stmt s(String text) {
    return s(text, 0);
  }

  public static Stmt s(String text, int line) {
    return ExprParser.parseSimpleStmt(text, at("stmt:" + text), line);
  }

  public static Stmt let(String names, String values) {
    return new Stmt.Let(ExprParser.parseNames(names), es(values), at("let:" + names), 0);
  }

  public static Stmt var(String names, String type) {
    return new Stmt.Var(ExprParser.parseNames(names), ExprParser.parseType(type), List.of(), at("var:" + names), 0);
  }

  public static Stmt println(String args) {
    return new Stmt.Print(Stmt.PrintKind.PRINTLN, args.isEmpty() ? List.of() : es(args), at("print:" + args), 0);
  }

  public static Stmt printf(String args) {
    return new Stmt.Print(Stmt.PrintKind.PRINTF, es(args), at("printf:" + args), 0);
  }

  public static Stmt send(String ch, String value) {
    return new Stmt.Send(e(ch), e(value), at("send:" + ch), 0);
  }

  public static Stmt make(String name, String type) {
    return new Stmt.Make(name, ExprParser.parseType(type), null, at("make:" + name), 0);
  }

  public static Stmt make(String name, String type, String cap) {
    return new Stmt.Make(name, ExprParser.parseType(type), e(cap), at("make:" + name), 0);
  }

  public static Stmt go(String call) {
    return new Stmt.Go((Expr.Call) e(call), at("go:" + call), 0);
  }

  public static Stmt goFunc(String sig, String args, Stmt... body) {
    ExprParser.Signature s = ExprParser.parseFuncLitSignature(sig);
    Expr.FuncLit lit = new Expr.FuncLit(s.params(), s.results(), List.of(body), at("func"), 0, Pos.NONE);
    List<Expr> a = args.isEmpty() ? List.of() : es(args);
    return new Stmt.Go(new Expr.Call(lit, a, false, Pos.NONE), at("go func"), 0);
  }

  public static Stmt defer(String call) {
    return new Stmt.Defer((Expr.Call) e(call), at("defer:" + call), 0);
  }

  public static Stmt sleep(String d) {
    return new Stmt.Sleep(ExprParser.parseDuration(d, at("sleep:" + d)), at("sleep:" + d), 0);
  }

  public static Stmt work(String d) {
    return new Stmt.Work(ExprParser.parseDuration(d, at("work:" + d)), at("work:" + d), 0);
  }

  public static Stmt syscall(String d) {
    return new Stmt.Syscall(ExprParser.parseDuration(d, at("syscall:" + d)), at("syscall:" + d), 0);
  }

  public static Stmt close(String ch) {
    return new Stmt.Close(e(ch), at("close:" + ch), 0);
  }

  public static Stmt panic(String v) {
    return new Stmt.Panic(e(v), at("panic:" + v), 0);
  }

  public static Stmt ret(String values) {
    return new Stmt.Return(values.isEmpty() ? List.of() : es(values), at("return"), 0);
  }

  public static Stmt brk() {
    return new Stmt.Break(null, at("break"), 0);
  }

  public static Stmt cont() {
    return new Stmt.Continue(null, at("continue"), 0);
  }

  public static Stmt iff(String cond, List<Stmt> then, List<Stmt> otherwise) {
    return new Stmt.If(null, e(cond), then, otherwise, at("if:" + cond), 0);
  }

  public static Stmt iff(String cond, Stmt... then) {
    return iff(cond, List.of(then), List.of());
  }

  public static Stmt loop(String header, Stmt... body) {
    ExprParser.ForClause f = ExprParser.parseForClause(header, at("for:" + header), 0);
    return new Stmt.For(null, f.init(), f.cond(), f.post(), List.of(body), at("for:" + header), 0);
  }

  public static Stmt range(String header, Stmt... body) {
    ExprParser.RangeClause r = ExprParser.parseRangeClause(header, at("range:" + header));
    return new Stmt.ForRange(null, r.key(), r.value(), r.define(), r.range(), List.of(body), at("range:" + header), 0);
  }

  public static Stmt.Clause when(String comm, Stmt... body) {
    return new Stmt.Clause(ExprParser.parseCommClause(comm, at("case:" + comm), 0), List.of(body), at("case:" + comm), 0);
  }

  public static Stmt.Clause otherwise(Stmt... body) {
    return new Stmt.Clause(null, List.of(body), at("default"), 0);
  }

  public static Stmt select(Stmt.Clause... clauses) {
    return new Stmt.Select(null, List.of(clauses), at("select"), 0);
  }

  public static FunctionDecl func(String signature, Stmt... body) {
    ExprParser.Signature s = ExprParser.parseSignature(signature);
    return new FunctionDecl(s.name(), s.params(), s.results(), List.of(body), at("func:" + s.name()), 0);
  }

  public static Program program(List<Stmt.Var> globals, FunctionDecl... functions) {
    return new Program(globals, List.of(functions), Optional.empty());
  }

  public static Program program(FunctionDecl... functions) {
    return program(new ArrayList<>(), functions);
  }

  public static Stmt.Var global(String name, String type) {
    return (Stmt.Var) var(name, type);
  }
}
