package dev.gorolab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A tiny test DSL: a goroutine body as a list of statements, each one atomic step, so tests read
 * like the Go programs of the reference. A statement returns its cost in virtual ns, or
 * {@link #PARKED} when its operation parked; the next step then collects the resumption first.
 */
final class Script implements GoroutineBody {
  /** The default cost of one statement: 1 µs. */
  static final long STEP = 1_000L;
  static final long PARKED = -1L;

  /** One statement. */
  interface Act {
    long run(GoOps ops, Script self);
  }

  /** A named handle filled in when the program makes the object (channels are made at run time). */
  static final class Ref<T> {
    final String name;
    T v;

    Ref(String name) {
      this.name = name;
    }
  }

  private final String function;
  private final List<Act> acts = new ArrayList<>();
  private int pc;
  private boolean waiting;
  private BiConsumer<Resumption, GoOps> onResume;

  Script(String function) {
    this.function = function;
  }

  static Script main() {
    return new Script("main.main");
  }

  static Script fn(String name) {
    return new Script("main." + name);
  }

  Script add(Act a) {
    acts.add(a);
    return this;
  }

  Script print(String text) {
    return add((o, s) -> {
      o.print(text);
      return STEP;
    });
  }

  Script go(Supplier<Script> body) {
    return add((o, s) -> {
      o.go(body.get(), s.pc + 1);
      return STEP;
    });
  }

  Script work(long nanos) {
    return add((o, s) -> nanos);
  }

  Script loop(int n, Consumer<Integer> each) {
    for (int i = 0; i < n; i++) {
      each.accept(i);
    }
    return this;
  }

  Script make(Ref<Channel> ch, int cap) {
    return add((o, s) -> {
      ch.v = o.makeChannel(ch.name, "int", cap, 0);
      return STEP;
    });
  }

  Script makeStrings(Ref<Channel> ch, int cap) {
    return add((o, s) -> {
      ch.v = o.makeChannel(ch.name, "string", cap, "");
      return STEP;
    });
  }

  Script send(Ref<Channel> ch, Object v) {
    return add((o, s) -> o.send(ch.v, v).parked() ? PARKED : STEP);
  }

  Script sendNil(Object v) {
    return add((o, s) -> o.send(null, v).parked() ? PARKED : STEP);
  }

  Script recvNil() {
    return add((o, s) -> o.receive(null).parked() ? PARKED : STEP);
  }

  Script recv(Ref<Channel> ch) {
    return recv(ch, (o, r) -> {});
  }

  Script recv(Ref<Channel> ch, BiConsumer<GoOps, RecvResult> then) {
    return add((o, s) -> {
      RecvResult r = o.receive(ch.v);
      if (r.parked()) {
        s.onResume = (res, ops) -> then.accept(ops, RecvResult.received(res.value(), res.ok()));
        return PARKED;
      }
      then.accept(o, r);
      return STEP;
    });
  }

  Script close(Ref<Channel> ch) {
    return add((o, s) -> {
      o.close(ch == null ? null : ch.v);
      return STEP;
    });
  }

  Script select(Supplier<List<SelectCase>> cases, boolean hasDefault, BiConsumer<GoOps, SelectResult> then) {
    return add((o, s) -> {
      SelectResult r = o.select(cases.get(), hasDefault);
      if (r.parked()) {
        s.onResume = (res, ops) -> then.accept(ops, SelectResult.chose(res.chosenCase(), res.value(), res.ok()));
        return PARKED;
      }
      then.accept(o, r);
      return STEP;
    });
  }

  Script sleep(long nanos) {
    return add((o, s) -> o.sleep(nanos).parked() ? PARKED : STEP);
  }

  Script gosched() {
    return add((o, s) -> o.gosched().parked() ? PARKED : STEP);
  }

  Script syscall(long nanos) {
    return add((o, s) -> o.syscall(nanos).parked() ? PARKED : STEP);
  }

  Script makeWg(Ref<WaitGroup> wg) {
    return add((o, s) -> {
      wg.v = o.makeWaitGroup(wg.name);
      return STEP;
    });
  }

  Script add(Ref<WaitGroup> wg, int delta) {
    return add((o, s) -> {
      o.waitGroupAdd(wg.v, delta);
      return STEP;
    });
  }

  Script done(Ref<WaitGroup> wg) {
    return add(wg, -1);
  }

  Script await(Ref<WaitGroup> wg) {
    return add((o, s) -> o.waitGroupWait(wg.v).parked() ? PARKED : STEP);
  }

  Script makeMutex(Ref<Mutex> mu) {
    return add((o, s) -> {
      mu.v = o.makeMutex(mu.name);
      return STEP;
    });
  }

  Script lock(Ref<Mutex> mu) {
    return add((o, s) -> o.lock(mu.v).parked() ? PARKED : STEP);
  }

  Script unlock(Ref<Mutex> mu) {
    return add((o, s) -> o.unlock(mu.v).parked() ? PARKED : STEP);
  }

  Script panic(String message) {
    return add((o, s) -> {
      o.panic(message);
      return STEP;
    });
  }

  Script goexit() {
    return add((o, s) -> {
      o.goexit();
      return STEP;
    });
  }

  Script forever() {
    return select(List::of, false, (o, r) -> {});
  }

  @Override
  public long step(GoOps ops) {
    if (waiting) {
      waiting = false;
      Resumption r = ops.resumption();
      BiConsumer<Resumption, GoOps> k = onResume;
      onResume = null;
      if (k != null) {
        k.accept(r, ops);
      }
    }
    if (pc >= acts.size()) {
      ops.exit();
      return STEP;
    }
    Act a = acts.get(pc++);
    long c = a.run(ops, this);
    if (c == PARKED) {
      waiting = true;
      return STEP;
    }
    return c;
  }

  @Override
  public String function() {
    return function;
  }

  @Override
  public int line() {
    return pc + 1;
  }

  @Override
  public List<Variable> locals() {
    return List.of(new Variable("pc", "int", Integer.toString(pc)));
  }
}
