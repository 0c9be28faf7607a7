package dev.gorolab.sim.program;

import java.util.List;

/**
 * A statement of the scenario language. Each kind maps one-to-one onto a JSON statement object.
 *
 * <p>Every statement carries the {@link Origin} of its JSON object and the Go source {@code line}
 * it mirrors (0 if none). Lists are immutable copies; optional parts are {@code null}.
 */
public sealed interface Stmt {

  /** The JSON object this statement was loaded from. */
  Origin origin();

  /** The Go source line this statement mirrors, 0 if none. */
  int line();

  /** {@code var names type = values}; {@code type} null when inferred, {@code values} empty for zero. */
  record Var(List<String> names, GoType type, List<Expr> values, Origin origin, int line) implements Stmt {
    public Var {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }
  }

  /**
   * One {@code const} spec: {@code names type = values} with {@code iota} its index in the group.
   * A spec that repeats the previous one's expressions (Go's implicit repetition) carries them
   * again; {@code type} is null for untyped constants.
   */
  record Const(List<String> names, GoType type, List<Expr> values, int iota, Origin origin, int line) implements Stmt {
    public Const {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }
  }

  /**
   * {@code type Name underlying}: declares {@code named} (its underlying type and methods already
   * set by the front end), or an alias {@code type Name = T} when {@code alias} is non-null.
   */
  record TypeDecl(GoType.Named named, GoType alias, Origin origin, int line) implements Stmt {}

  /** {@code names := values}; a name may be {@code _}. */
  record Let(List<String> names, List<Expr> values, Origin origin, int line) implements Stmt {
    public Let {
      names = List.copyOf(names);
      values = List.copyOf(values);
    }
  }

  /** {@code targets op values}: {@code op} is {@code =} or an assignment operator such as {@code +=}. */
  record Assign(List<Expr> targets, String op, List<Expr> values, Origin origin, int line) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
      values = List.copyOf(values);
    }
  }

  /** {@code target++} or {@code target--}. */
  record IncDec(Expr target, boolean increment, Origin origin, int line) implements Stmt {}

  /** An expression statement: a call ({@code say("hi")}, {@code wg.Wait()}) or a receive {@code <-ch}. */
  record ExprStmt(Expr expr, Origin origin, int line) implements Stmt {}

  /** {@code name := make(type, capacity)}; {@code capacity} null when omitted. */
  record Make(String name, GoType type, Expr capacity, Origin origin, int line) implements Stmt {}

  /** {@code channel <- value}. */
  record Send(Expr channel, Expr value, Origin origin, int line) implements Stmt {}

  /** Which {@code fmt} print function a {@link Print} calls. */
  enum PrintKind {
    PRINTLN("fmt.Println"),
    PRINT("fmt.Print"),
    PRINTF("fmt.Printf");

    private final String goName;

    PrintKind(String goName) {
      this.goName = goName;
    }

    @Override
    public String toString() {
      return goName;
    }
  }

  /** {@code fmt.Println(args...)}, {@code fmt.Print} or {@code fmt.Printf} (format first). */
  record Print(PrintKind kind, List<Expr> args, Origin origin, int line) implements Stmt {
    public Print {
      args = List.copyOf(args);
    }
  }

  /** {@code time.Sleep(duration)}. */
  record Sleep(Expr duration, Origin origin, int line) implements Stmt {}

  /** CPU-bound computation lasting {@code duration} of virtual time; preemptible. */
  record Work(Expr duration, Origin origin, int line) implements Stmt {}

  /** A blocking system call lasting {@code duration} of virtual time. */
  record Syscall(Expr duration, Origin origin, int line) implements Stmt {}

  /** {@code go call}; the callee may be a function literal. */
  record Go(Expr.Call call, Origin origin, int line) implements Stmt {}

  /** {@code defer call}: runs when the enclosing function returns. */
  record Defer(Expr.Call call, Origin origin, int line) implements Stmt {}

  /** {@code close(channel)}. */
  record Close(Expr channel, Origin origin, int line) implements Stmt {}

  /** {@code panic(value)}. */
  record Panic(Expr value, Origin origin, int line) implements Stmt {}

  /** {@code if init; cond { then } else { otherwise }}; {@code init} null if absent. */
  record If(Stmt init, Expr cond, List<Stmt> then, List<Stmt> otherwise, Origin origin, int line)
      implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /**
   * {@code for init; cond; post { body }}; {@code cond} null loops forever. Go 1.19 semantics:
   * one variable per loop, shared by closures of all iterations.
   */
  record For(String label, Stmt init, Expr cond, Stmt post, List<Stmt> body, Origin origin, int line)
      implements Stmt {
    public For {
      body = List.copyOf(body);
    }
  }

  /**
   * {@code for key, value := range x { body }} over a channel or slice; {@code key}/{@code value}
   * null when omitted; {@code define} is true for {@code :=}, false for {@code =}.
   */
  record ForRange(
      String label, Expr key, Expr value, boolean define, Expr range, List<Stmt> body, Origin origin, int line)
      implements Stmt {
    public ForRange {
      body = List.copyOf(body);
    }
  }

  /**
   * One clause of a {@link Select}. {@code comm} is a {@link Send}, a {@link Let} or {@link Assign}
   * whose single value is a {@link Expr.Recv}, or an {@link ExprStmt} of a receive; null for
   * {@code default}.
   */
  record Clause(Stmt comm, List<Stmt> body, Origin origin, int line) {
    public Clause {
      body = List.copyOf(body);
    }

    public boolean isDefault() {
      return comm == null;
    }
  }

  /** {@code select { clauses }}. */
  record Select(String label, List<Clause> clauses, Origin origin, int line) implements Stmt {
    public Select {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * One clause of a {@link Switch}: {@code case exprs:} or, with {@code exprs} empty,
   * {@code default:}; {@code fallthrough} when its body ends in a {@code fallthrough} statement.
   */
  record SwitchClause(List<Expr> exprs, List<Stmt> body, boolean fallthrough, Origin origin, int line) {
    public SwitchClause {
      exprs = List.copyOf(exprs);
      body = List.copyOf(body);
    }

    public boolean isDefault() {
      return exprs.isEmpty();
    }
  }

  /** {@code switch init; tag { clauses }}; {@code init} and {@code tag} null when absent (tagless: {@code true}). */
  record Switch(String label, Stmt init, Expr tag, List<SwitchClause> clauses, Origin origin, int line) implements Stmt {
    public Switch {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * {@code switch bind := x.(type) { clauses }}: each clause's {@code exprs} are {@link Expr.TypeExpr}s
   * or the identifier {@code nil}; {@code bind} is null when there is no {@code bind :=}.
   */
  record TypeSwitch(String label, Stmt init, String bind, Expr x, List<SwitchClause> clauses, Origin origin, int line)
      implements Stmt {
    public TypeSwitch {
      clauses = List.copyOf(clauses);
    }
  }

  /** {@code break} or {@code break label} ({@code label} null if none). */
  record Break(String label, Origin origin, int line) implements Stmt {}

  /** {@code continue} or {@code continue label}. */
  record Continue(String label, Origin origin, int line) implements Stmt {}

  /**
   * {@code goto label}: a jump to the statement {@code label} marks, within the function (spec:
   * Goto statements; the jump rules are checked by the Go front end as go1.19's syntax/branches.go).
   */
  record Goto(String label, Origin origin, int line) implements Stmt {}

  /** Where {@code label:} stands, just before the statement it labels: the target of a {@link Goto}. */
  record Label(String label, Origin origin, int line) implements Stmt {}

  /** {@code return values}. */
  record Return(List<Expr> values, Origin origin, int line) implements Stmt {
    public Return {
      values = List.copyOf(values);
    }
  }

  /** A {@code { ... }} block of its own scope. */
  record Block(List<Stmt> body, Origin origin, int line) implements Stmt {
    public Block {
      body = List.copyOf(body);
    }
  }
}
