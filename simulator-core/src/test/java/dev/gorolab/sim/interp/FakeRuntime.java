package dev.gorolab.sim.interp;

import dev.gorolab.model.Channel;
import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoRuntimePanic;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.Mutex;
import dev.gorolab.model.OpResult;
import dev.gorolab.model.RecvResult;
import dev.gorolab.model.Resumption;
import dev.gorolab.model.SelectCase;
import dev.gorolab.model.SelectResult;
import dev.gorolab.model.WaitGroup;
import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple stand-in for the scheduler model, for testing the interpreter's language
 * semantics: one P, a FIFO run queue, a goroutine runs until it blocks, select picks the first
 * ready case in source order. Scheduling fidelity is the model's business, not tested here.
 */
final class FakeRuntime implements GoOps {

  private static final class Gor {
    final int id;
    final GoroutineBody body;
    Resumption pending;
    /** A sender woken by close: its resumption panics. */
    boolean panicOnResume;
    boolean dead;
    long wakeAt = -1;
    /** For a parked select: the channels it waits on, by case index. */
    List<SelectCase> selectCases;

    Gor(int id, GoroutineBody body) {
      this.id = id;
      this.body = body;
    }
  }

  private static final class Chan {
    final int cap;
    final Object zero;
    final ArrayDeque<Object> buf = new ArrayDeque<>();
    final ArrayDeque<Gor> recvq = new ArrayDeque<>();
    final ArrayDeque<Object[]> sendq = new ArrayDeque<>();
    boolean closed;

    Chan(int cap, Object zero) {
      this.cap = cap;
      this.zero = zero;
    }
  }

  private final List<Gor> all = new ArrayList<>();
  private final ArrayDeque<Gor> runq = new ArrayDeque<>();
  private final List<Chan> chans = new ArrayList<>();
  private final List<Integer> wgCounters = new ArrayList<>();
  private final List<List<Gor>> wgWaiters = new ArrayList<>();
  private final List<Gor> mutexHolder = new ArrayList<>();
  private final List<ArrayDeque<Gor>> mutexWaiters = new ArrayList<>();
  private final StringBuilder stdout = new StringBuilder();
  private String stderr = "";
  private Gor current;
  private boolean parkedNow;
  private long now;
  private boolean over;
  private int gomaxprocs = 1;
  private long steps;

  static <T> T make(Class<T> type, int id, String name) {
    try {
      Constructor<T> c = type.getDeclaredConstructor(int.class, String.class);
      c.setAccessible(true);
      return c.newInstance(id, name);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code main} until the program ends; returns this for reading the results. */
  FakeRuntime run(GoroutineBody main, long maxSteps) {
    Gor m = new Gor(1, main);
    all.add(m);
    runq.add(m);
    while (!over && steps < maxSteps) {
      if (runq.isEmpty()) {
        Gor next = null;
        for (Gor g : all) {
          if (!g.dead && g.wakeAt >= 0 && (next == null || g.wakeAt < next.wakeAt)) {
            next = g;
          }
        }
        if (next == null) {
          stderr = "fatal error: all goroutines are asleep - deadlock!";
          over = true;
          break;
        }
        now = Math.max(now, next.wakeAt);
        next.wakeAt = -1;
        next.pending = new Resumption(null, true, 0);
        runq.add(next);
      }
      Gor g = runq.poll();
      current = g;
      while (!over && !g.dead) {
        parkedNow = false;
        long cost;
        try {
          cost = g.body.step(this);
        } catch (GoRuntimePanic unrecovered) {
          panic(unrecovered.getMessage());
          break;
        }
        steps++;
        if (cost < 1) {
          throw new IllegalStateException("step cost must be at least 1, was " + cost);
        }
        now += cost;
        if (parkedNow || steps >= maxSteps) {
          break;
        }
      }
    }
    return this;
  }

  String stdout() {
    return stdout.toString();
  }

  String stderr() {
    return stderr;
  }

  private OpResult park() {
    parkedNow = true;
    return OpResult.PARKED;
  }

  private void ready(Gor g, Resumption r) {
    g.pending = r;
    runq.add(g);
  }

  @Override
  public int mapIterationStart(int entries) {
    return 0; // the fake has no chooser: ranges start at the first entry
  }

  @Override
  public int self() {
    return current.id;
  }

  @Override
  public long now() {
    return now;
  }

  @Override
  public int go(GoroutineBody body, int line) {
    Gor g = new Gor(all.size() + 1, body);
    all.add(g);
    runq.add(g);
    return g.id;
  }

  @Override
  public Channel makeChannel(String name, String elemType, int capacity, Object zero) {
    chans.add(new Chan(capacity, zero));
    return make(Channel.class, chans.size() - 1, name);
  }

  private Chan state(Channel ch) {
    return chans.get(ch.id());
  }

  @Override
  public OpResult send(Channel ch, Object value) {
    if (ch == null) {
      return park();
    }
    Chan c = state(ch);
    if (c.closed) {
      throw new GoRuntimePanic("send on closed channel");
    }
    Gor receiver = pollReceiver(c, value);
    if (receiver != null) {
      return OpResult.DONE;
    }
    if (c.buf.size() < c.cap) {
      c.buf.add(value);
      return OpResult.DONE;
    }
    c.sendq.add(new Object[] {current, value});
    return park();
  }

  /** Hands {@code value} to the first waiting receiver (plain or select), if any. */
  private Gor pollReceiver(Chan c, Object value) {
    while (!c.recvq.isEmpty()) {
      Gor r = c.recvq.poll();
      if (r.selectCases != null) {
        int idx = -1;
        for (int i = 0; i < r.selectCases.size(); i++) {
          SelectCase sc = r.selectCases.get(i);
          if (!sc.isSend() && sc.channel() != null && state(sc.channel()) == c) {
            idx = i;
            break;
          }
        }
        clearSelect(r);
        ready(r, new Resumption(value, true, idx));
      } else {
        ready(r, new Resumption(value, true, 0));
      }
      return r;
    }
    return null;
  }

  private void clearSelect(Gor g) {
    for (SelectCase sc : g.selectCases) {
      if (sc.channel() != null) {
        Chan c = state(sc.channel());
        c.recvq.remove(g);
        c.sendq.removeIf(w -> w[0] == g);
      }
    }
    g.selectCases = null;
  }

  @Override
  public RecvResult receive(Channel ch) {
    if (ch == null) {
      park();
      return RecvResult.PARKED;
    }
    Chan c = state(ch);
    Object[] r = tryReceive(c);
    if (r != null) {
      return RecvResult.received(r[0], (Boolean) r[1]);
    }
    c.recvq.add(current);
    park();
    return RecvResult.PARKED;
  }

  private Object[] tryReceive(Chan c) {
    if (!c.buf.isEmpty()) {
      Object v = c.buf.poll();
      if (!c.sendq.isEmpty()) {
        Object[] w = c.sendq.poll();
        c.buf.add(w[1]);
        wakeSender((Gor) w[0], c);
      }
      return new Object[] {v, true};
    }
    if (!c.sendq.isEmpty()) {
      Object[] w = c.sendq.poll();
      wakeSender((Gor) w[0], c);
      return new Object[] {w[1], true};
    }
    if (c.closed) {
      return new Object[] {c.zero, false};
    }
    return null;
  }

  private void wakeSender(Gor s, Chan c) {
    int idx = 0;
    if (s.selectCases != null) {
      for (int i = 0; i < s.selectCases.size(); i++) {
        SelectCase sc = s.selectCases.get(i);
        if (sc.isSend() && sc.channel() != null && state(sc.channel()) == c) {
          idx = i;
        }
      }
      clearSelect(s);
    }
    ready(s, new Resumption(null, true, idx));
  }

  @Override
  public void close(Channel ch) {
    if (ch == null) {
      throw new GoRuntimePanic("close of nil channel");
    }
    Chan c = state(ch);
    if (c.closed) {
      throw new GoRuntimePanic("close of closed channel");
    }
    c.closed = true;
    while (!c.recvq.isEmpty()) {
      Gor r = c.recvq.poll();
      int idx = 0;
      if (r.selectCases != null) {
        for (int i = 0; i < r.selectCases.size(); i++) {
          SelectCase sc = r.selectCases.get(i);
          if (!sc.isSend() && sc.channel() != null && state(sc.channel()) == c) {
            idx = i;
            break;
          }
        }
        clearSelect(r);
      }
      ready(r, new Resumption(c.zero, false, idx));
    }
    while (!c.sendq.isEmpty()) {
      Gor s = (Gor) c.sendq.poll()[0];
      s.panicOnResume = true;
      ready(s, new Resumption(null, false, 0));
    }
  }

  @Override
  public int len(Channel ch) {
    return ch == null ? 0 : state(ch).buf.size();
  }

  @Override
  public int cap(Channel ch) {
    return ch == null ? 0 : state(ch).cap;
  }

  @Override
  public SelectResult select(List<SelectCase> cases, boolean hasDefault) {
    for (int i = 0; i < cases.size(); i++) {
      SelectCase sc = cases.get(i);
      if (sc.channel() == null) {
        continue;
      }
      Chan c = state(sc.channel());
      if (sc.isSend()) {
        if (c.closed) {
          throw new GoRuntimePanic("send on closed channel");
        }
        if (!c.recvq.isEmpty() || c.buf.size() < c.cap) {
          send(sc.channel(), sc.value());
          return SelectResult.chose(i, null, false);
        }
      } else {
        Object[] r = tryReceive(c);
        if (r != null) {
          return SelectResult.chose(i, r[0], (Boolean) r[1]);
        }
      }
    }
    if (hasDefault) {
      return SelectResult.chose(SelectResult.DEFAULT_CASE, null, false);
    }
    current.selectCases = cases;
    for (SelectCase sc : cases) {
      if (sc.channel() == null) {
        continue;
      }
      Chan c = state(sc.channel());
      if (sc.isSend()) {
        c.sendq.add(new Object[] {current, sc.value()});
      } else {
        c.recvq.add(current);
      }
    }
    park();
    return SelectResult.PARKED;
  }

  @Override
  public OpResult sleep(long nanos) {
    if (nanos <= 0) {
      return OpResult.DONE;
    }
    current.wakeAt = now + nanos;
    return park();
  }

  @Override
  public OpResult gosched() {
    runq.add(current);
    current.pending = new Resumption(null, true, 0);
    return park();
  }

  @Override
  public OpResult syscall(long nanos) {
    return sleep(nanos);
  }

  @Override
  public WaitGroup makeWaitGroup(String name) {
    wgCounters.add(0);
    wgWaiters.add(new ArrayList<>());
    return make(WaitGroup.class, wgCounters.size() - 1, name);
  }

  @Override
  public void waitGroupAdd(WaitGroup wg, int delta) {
    int n = wgCounters.get(wg.id()) + delta;
    wgCounters.set(wg.id(), n);
    if (n < 0) {
      throw new GoRuntimePanic("sync: negative WaitGroup counter");
    }
    if (n == 0) {
      for (Gor g : wgWaiters.get(wg.id())) {
        ready(g, new Resumption(null, true, 0));
      }
      wgWaiters.get(wg.id()).clear();
    }
  }

  @Override
  public OpResult waitGroupWait(WaitGroup wg) {
    if (wgCounters.get(wg.id()) == 0) {
      return OpResult.DONE;
    }
    wgWaiters.get(wg.id()).add(current);
    return park();
  }

  @Override
  public Mutex makeMutex(String name) {
    mutexHolder.add(null);
    mutexWaiters.add(new ArrayDeque<>());
    return make(Mutex.class, mutexHolder.size() - 1, name);
  }

  @Override
  public OpResult lock(Mutex mu) {
    if (mutexHolder.get(mu.id()) == null) {
      mutexHolder.set(mu.id(), current);
      return OpResult.DONE;
    }
    mutexWaiters.get(mu.id()).add(current);
    return park();
  }

  @Override
  public OpResult unlock(Mutex mu) {
    if (mutexHolder.get(mu.id()) == null) {
      stderr = "fatal error: sync: unlock of unlocked mutex";
      over = true;
      return OpResult.DONE;
    }
    Gor next = mutexWaiters.get(mu.id()).poll();
    mutexHolder.set(mu.id(), next);
    if (next != null) {
      ready(next, new Resumption(null, true, 0));
    }
    return OpResult.DONE;
  }

  @Override
  public void print(String text) {
    stdout.append(text);
  }

  @Override
  public int numGoroutine() {
    return (int) all.stream().filter(g -> !g.dead).count();
  }

  @Override
  public int gomaxprocs(int n) {
    int old = gomaxprocs;
    if (n >= 1) {
      gomaxprocs = n;
    }
    return old;
  }

  @Override
  public void exit() {
    current.dead = true;
    parkedNow = true;
    if (current.id == 1) {
      over = true;
    }
  }

  @Override
  public void goexit() {
    current.dead = true;
    parkedNow = true;
  }

  final List<Integer> changed = new ArrayList<>();

  @Override
  public void markChanged(int g) {
    changed.add(g);
  }

  @Override
  public void fatal(String message, String prefix) {
    stderr = prefix + "fatal error: " + message;
    over = true;
    current.dead = true;
  }

  @Override
  public void stopAtLimit(dev.gorolab.model.Event.EndReason reason, String note) {
    stderr = note;
    over = true;
    current.dead = true;
  }

  @Override
  public void panic(String message) {
    stderr = "panic: " + message;
    over = true;
    current.dead = true;
  }

  @Override
  public dev.gorolab.model.RuntimeTimer startTimer(String name, long nanos, long periodNanos, Channel ch,
      java.util.function.LongFunction<Object> timeValue) {
    throw new UnsupportedOperationException("the fake runtime has no timers; time is the model's business");
  }

  @Override
  public dev.gorolab.model.RuntimeTimer afterFunc(String name, long nanos,
      java.util.function.Supplier<GoroutineBody> body) {
    throw new UnsupportedOperationException("the fake runtime has no timers; time is the model's business");
  }

  @Override
  public boolean stopTimer(dev.gorolab.model.RuntimeTimer t) {
    throw new UnsupportedOperationException("the fake runtime has no timers; time is the model's business");
  }

  @Override
  public boolean resetTimer(dev.gorolab.model.RuntimeTimer t, long nanos, long periodNanos) {
    throw new UnsupportedOperationException("the fake runtime has no timers; time is the model's business");
  }

  @Override
  public dev.gorolab.model.RWMutex makeRWMutex(String name) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public OpResult rlock(dev.gorolab.model.RWMutex rw) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public void runlock(dev.gorolab.model.RWMutex rw) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public OpResult rwlock(dev.gorolab.model.RWMutex rw) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public OpResult rwunlock(dev.gorolab.model.RWMutex rw) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public dev.gorolab.model.Cond makeCond(String name) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public OpResult condWait(dev.gorolab.model.Cond c, Mutex l) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public void condSignal(dev.gorolab.model.Cond c) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public void condBroadcast(dev.gorolab.model.Cond c) {
    throw new UnsupportedOperationException("the fake runtime has no RWMutex or Cond; sync is the model's business");
  }

  @Override
  public void osExit(int code) {
    over = true;
    current.dead = true;
  }

  @Override
  public Resumption resumption() {
    Resumption r = current.pending;
    current.pending = null;
    if (r == null) {
      throw new IllegalStateException("resumption() without a parked operation");
    }
    if (current.panicOnResume) {
      current.panicOnResume = false;
      throw new GoRuntimePanic("send on closed channel");
    }
    return r;
  }
}
