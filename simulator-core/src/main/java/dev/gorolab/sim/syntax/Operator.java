package dev.gorolab.sim.syntax;

/** Go's operators with their binary precedence (gc tokens.go); 0 for unary-only operators. */
enum Operator {
  DEF(":", 0),
  NOT("!", 0),
  RECV("<-", 0),
  TILDE("~", 0),
  OR_OR("||", 1),
  AND_AND("&&", 2),
  EQL("==", 3),
  NEQ("!=", 3),
  LSS("<", 3),
  LEQ("<=", 3),
  GTR(">", 3),
  GEQ(">=", 3),
  ADD("+", 4),
  SUB("-", 4),
  OR("|", 4),
  XOR("^", 4),
  MUL("*", 5),
  DIV("/", 5),
  REM("%", 5),
  AND("&", 5),
  AND_NOT("&^", 5),
  SHL("<<", 5),
  SHR(">>", 5);

  final String spelling;
  final int prec;

  Operator(String spelling, int prec) {
    this.spelling = spelling;
    this.prec = prec;
  }

  @Override
  public String toString() {
    return spelling;
  }
}
