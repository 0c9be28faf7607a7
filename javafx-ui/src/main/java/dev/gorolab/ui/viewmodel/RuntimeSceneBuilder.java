package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.ChannelState;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.model.RuntimeSnapshot.MutexState;
import dev.gorolab.model.RuntimeSnapshot.ProcessorState;
import dev.gorolab.model.RuntimeSnapshot.WaitGroupState;
import dev.gorolab.ui.viewmodel.RuntimeScene.ChannelCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.HeldValue;
import dev.gorolab.ui.viewmodel.RuntimeScene.MCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.PCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.Sleeper;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncKind;
import dev.gorolab.ui.viewmodel.RuntimeScene.TokenRow;
import dev.gorolab.ui.viewmodel.RuntimeScene.Waiter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Places every goroutine of a snapshot where the runtime holds it; pure, so it is tested on plain data. */
public final class RuntimeSceneBuilder {
  /** Tokens shown per queue normally; longer queues end in "+N more". */
  public static final int ROW_LIMIT = 24;
  /** Tokens shown per queue once a run has this many live goroutines, so a thousand stay readable and fast. */
  public static final int CROWD = 200;
  public static final int CROWDED_ROW_LIMIT = 6;

  private RuntimeSceneBuilder() {}

  /**
   * Builds the scene of {@code s}.
   *
   * @param showSystem whether runtime goroutines (system=true) are drawn
   * @param banner Go's words for a deadlock or panic reached by this step, or null
   */
  public static RuntimeScene build(RuntimeSnapshot s, boolean showSystem, String banner) {
    return build(s, showSystem, banner, null);
  }

  /**
   * Builds the scene of {@code s}; with {@code exitNote}, the program has exited: no P runs
   * anything and every goroutine is in Done, main because it returned and the others because the
   * process took them with it (R12.1), so main no longer reads "running".
   */
  public static RuntimeScene build(RuntimeSnapshot s, boolean showSystem, String banner, String exitNote) {
    return build(s, showSystem, banner, exitNote, SyncExtras.NONE);
  }

  /** As {@link #build(RuntimeSnapshot, boolean, String, String)}, with RWMutex, Cond and Once cards from {@code extras}. */
  public static RuntimeScene build(RuntimeSnapshot s, boolean showSystem, String banner, String exitNote, SyncExtras extras) {
    if (exitNote != null) {
      return exited(s, showSystem, exitNote, extras);
    }
    Map<Integer, GoroutineState> byId = new TreeMap<>();
    int live = 0;
    int hidden = 0;
    for (GoroutineState g : s.goroutines()) {
      byId.put(g.id(), g);
      if (g.status() != GStatus.DEAD) {
        if (g.system() && !showSystem) {
          hidden++;
        } else {
          live++;
        }
      }
    }
    int limit = live >= CROWD ? CROWDED_ROW_LIMIT : ROW_LIMIT;
    Rows rows = new Rows(byId, showSystem, limit);
    // Goroutines already drawn somewhere, so the "waiting" area lists only the rest.
    LinkedHashSet<Integer> placed = new LinkedHashSet<>();

    // R8.5: a select enqueues on its channels, then parks. Between the two it is on the queues
    // and still on its P; the sentence of that step says it parks on its channels, so it is drawn there.
    java.util.Set<Integer> queuedInSelect = new java.util.HashSet<>();
    for (ChannelState c : s.channels()) {
      for (RuntimeSnapshot.Waiter w : c.sendq()) {
        if (w.inSelect()) {
          queuedInSelect.add(w.g());
        }
      }
      for (RuntimeSnapshot.Waiter w : c.recvq()) {
        if (w.inSelect()) {
          queuedInSelect.add(w.g());
        }
      }
    }
    List<PCard> ps = new ArrayList<>();
    for (ProcessorState p : s.processors()) {
      placed.add(p.running());
      placed.add(p.runnext());
      placed.addAll(p.localQueue());
      MStatus mStatus = p.m() >= 0 && p.m() < s.machines().size() ? s.machines().get(p.m()).status() : null;
      Token running = queuedInSelect.contains(p.running()) ? null : rows.token(p.running());
      List<RuntimeScene.TimerToken> timers = new ArrayList<>(p.timers().size());
      for (var t : p.timers()) {
        timers.add(new RuntimeScene.TimerToken(t.name(), dev.gorolab.sim.program.GoDuration.format(t.when()),
            t.period() > 0 ? dev.gorolab.sim.program.GoDuration.format(t.period()) : "", t.stopped()));
      }
      ps.add(new PCard(p.id(), p.status(), p.m(), mStatus, running, rows.token(p.runnext()), rows.row(p.localQueue()),
          List.copyOf(timers)));
    }
    placed.addAll(s.globalQueue());

    List<MCard> ms = new ArrayList<>();
    for (MachineState m : s.machines()) {
      if (m.status() == MStatus.RUNNING) {
        continue;
      }
      placed.add(m.g());
      ms.add(new MCard(m.id(), m.status(), m.p(), m.status() == MStatus.SYSCALL ? rows.token(m.g()) : null));
    }

    List<ChannelCard> chans = new ArrayList<>();
    for (ChannelState c : s.channels()) {
      List<HeldValue> senders = new ArrayList<>();
      int sendMore = 0;
      for (RuntimeSnapshot.Waiter w : c.sendq()) {
        placed.add(w.g());
        Token t = rows.token(w.g());
        if (t == null) {
          continue;
        }
        if (senders.size() < limit) {
          senders.add(new HeldValue(t, w.value()));
        } else {
          sendMore++;
        }
      }
      List<Integer> receivers = new ArrayList<>();
      for (RuntimeSnapshot.Waiter w : c.recvq()) {
        placed.add(w.g());
        receivers.add(w.g());
      }
      chans.add(new ChannelCard(c.id(), c.name(), c.elemType(), c.capacity(), c.buffer(), c.closed(), senders, sendMore, rows.row(receivers)));
    }

    List<SyncCard> sync = new ArrayList<>();
    for (WaitGroupState w : s.waitGroups()) {
      placed.addAll(w.waiters());
      sync.add(new SyncCard(SyncKind.WAIT_GROUP, w.name(), w.counter(), -1, false, rows.row(w.waiters())));
    }
    // An RWMutex's writers' Mutex (rw.w) and a Once's Mutex (once.m) are drawn in their owner's card.
    Map<String, MutexState> inner = new TreeMap<>();
    for (MutexState m : s.mutexes()) {
      inner.put(m.name(), m);
    }
    java.util.Set<String> absorbed = new java.util.TreeSet<>();
    for (SyncExtras.RwMutex rw : extras.rwMutexes()) {
      MutexState w = inner.get(rw.name() + ".w");
      if (w != null) {
        absorbed.add(w.name());
      }
      GoroutineState writer = byId.get(rw.writer());
      boolean writerWaits = writer != null && writer.status() == GStatus.WAITING && rw.name().equals(writer.waitingOnName());
      List<Integer> readers = new ArrayList<>();
      for (GoroutineState g : s.goroutines()) {
        if (g.status() == GStatus.WAITING && rw.name().equals(g.waitingOnName()) && g.id() != rw.writer()
            && !placed.contains(g.id())) {
          readers.add(g.id());
        }
      }
      List<Integer> writers = new ArrayList<>();
      if (writerWaits) {
        writers.add(rw.writer());
      }
      if (w != null) {
        writers.addAll(w.waiters());
      }
      placed.addAll(readers);
      placed.addAll(writers);
      boolean holds = rw.writer() >= 0 && !writerWaits && (writer == null || writer.status() != GStatus.DEAD);
      sync.add(new SyncCard(SyncKind.RW_MUTEX, rw.name(), rw.readers(), holds ? rw.writer() : -1, false,
          rows.row(readers), rows.row(writers)));
    }
    for (SyncExtras.Cond c : extras.conds()) {
      List<Integer> ws = new ArrayList<>();
      for (int g : c.waiters()) {
        if (!placed.contains(g)) {
          ws.add(g);
        }
      }
      placed.addAll(ws);
      sync.add(new SyncCard(SyncKind.COND, c.name(), -1, -1, false, rows.row(ws)));
    }
    for (SyncExtras.Once o : extras.onces()) {
      MutexState m = inner.get(o.name() + ".m");
      if (m != null) {
        absorbed.add(m.name());
        placed.addAll(m.waiters());
      }
      sync.add(new SyncCard(SyncKind.ONCE, o.name(), o.done() ? 1 : 0, m == null || o.done() ? -1 : m.holder(), false,
          m == null ? TokenRow.EMPTY : rows.row(m.waiters())));
    }
    for (MutexState m : s.mutexes()) {
      if (absorbed.contains(m.name())) {
        continue;
      }
      placed.addAll(m.waiters());
      sync.add(new SyncCard(SyncKind.MUTEX, m.name(), -1, m.holder(), m.starving(), rows.row(m.waiters())));
    }

    List<Sleeper> sleeping = new ArrayList<>();
    List<Waiter> waiting = new ArrayList<>();
    List<Integer> done = new ArrayList<>();
    int sleepingMore = 0;
    int waitingMore = 0;
    for (GoroutineState g : s.goroutines()) {
      if (g.system() && !showSystem) {
        continue;
      }
      if (g.status() == GStatus.DEAD) {
        done.add(g.id());
      } else if (g.status() == GStatus.WAITING && !placed.contains(g.id())) {
        if (g.wakeAt() >= 0) {
          if (sleeping.size() < limit) {
            sleeping.add(new Sleeper(Token.of(g), g.wakeAt()));
          } else {
            sleepingMore++;
          }
        } else if (waiting.size() < limit) {
          waiting.add(new Waiter(Token.of(g), g.waitReason(), g.waitingOnName()));
        } else {
          waitingMore++;
        }
      }
    }
    return new RuntimeScene(rows.row(s.globalQueue()), ps, ms, chans, sync, sleeping, sleepingMore, waiting, waitingMore, rows.row(done), live, hidden, banner, exitNote);
  }

  /**
   * The scene after the process exited: each P idle without an M, every queue empty, and every
   * goroutine in Done, main because it returned, the others because the process took them along.
   */
  private static RuntimeScene exited(RuntimeSnapshot s, boolean showSystem, String exitNote, SyncExtras extras) {
    Map<Integer, GoroutineState> byId = new TreeMap<>();
    List<Integer> all = new ArrayList<>();
    int hidden = 0;
    for (GoroutineState g : s.goroutines()) {
      byId.put(g.id(), g);
      if (g.system() && !showSystem) {
        hidden += g.status() != GStatus.DEAD ? 1 : 0;
      } else {
        all.add(g.id());
      }
    }
    Rows rows = new Rows(byId, showSystem, all.size() >= CROWD ? CROWDED_ROW_LIMIT : ROW_LIMIT);
    // R8.5: a select enqueues on its channels, then parks. Between the two it is on the queues
    // and still on its P; the sentence of that step says it parks on its channels, so it is drawn there.
    java.util.Set<Integer> queuedInSelect = new java.util.HashSet<>();
    for (ChannelState c : s.channels()) {
      for (RuntimeSnapshot.Waiter w : c.sendq()) {
        if (w.inSelect()) {
          queuedInSelect.add(w.g());
        }
      }
      for (RuntimeSnapshot.Waiter w : c.recvq()) {
        if (w.inSelect()) {
          queuedInSelect.add(w.g());
        }
      }
    }
    List<PCard> ps = new ArrayList<>();
    for (ProcessorState p : s.processors()) {
      ps.add(new PCard(p.id(), RuntimeSnapshot.PStatus.IDLE, -1, null, null, null, TokenRow.EMPTY, List.of()));
    }
    List<ChannelCard> chans = new ArrayList<>();
    for (ChannelState c : s.channels()) {
      chans.add(new ChannelCard(c.id(), c.name(), c.elemType(), c.capacity(), c.buffer(), c.closed(), List.of(), 0, TokenRow.EMPTY));
    }
    List<SyncCard> sync = new ArrayList<>();
    for (WaitGroupState w : s.waitGroups()) {
      sync.add(new SyncCard(SyncKind.WAIT_GROUP, w.name(), w.counter(), -1, false, TokenRow.EMPTY));
    }
    java.util.Set<String> absorbed = new java.util.TreeSet<>();
    for (SyncExtras.RwMutex rw : extras.rwMutexes()) {
      absorbed.add(rw.name() + ".w");
      sync.add(new SyncCard(SyncKind.RW_MUTEX, rw.name(), rw.readers(), -1, false, TokenRow.EMPTY, TokenRow.EMPTY));
    }
    for (SyncExtras.Cond c : extras.conds()) {
      sync.add(new SyncCard(SyncKind.COND, c.name(), -1, -1, false, TokenRow.EMPTY));
    }
    for (SyncExtras.Once o : extras.onces()) {
      absorbed.add(o.name() + ".m");
      sync.add(new SyncCard(SyncKind.ONCE, o.name(), o.done() ? 1 : 0, -1, false, TokenRow.EMPTY));
    }
    for (MutexState m : s.mutexes()) {
      if (!absorbed.contains(m.name())) {
        sync.add(new SyncCard(SyncKind.MUTEX, m.name(), -1, m.holder(), m.starving(), TokenRow.EMPTY));
      }
    }
    TokenRow done = rows.row(all);
    List<Token> dead = new ArrayList<>();
    for (Token t : done.shown()) {
      dead.add(new Token(t.g(), t.label(), t.colour(), GStatus.DEAD, t.system()));
    }
    return new RuntimeScene(TokenRow.EMPTY, ps, List.of(), chans, sync, List.of(), 0, List.of(), 0,
        new TokenRow(List.copyOf(dead), done.more()), 0, hidden, null, exitNote);
  }

  private record Rows(Map<Integer, GoroutineState> byId, boolean showSystem, int limit) {
    Token token(int g) {
      if (g < 0) {
        return null;
      }
      GoroutineState s = byId.get(g);
      if (s == null) {
        return new Token(g, Token.name(g, ""), Palette.colourOf(g), GStatus.RUNNABLE, false);
      }
      return s.system() && !showSystem ? null : Token.of(s);
    }

    TokenRow row(List<Integer> gs) {
      if (gs.isEmpty()) {
        return TokenRow.EMPTY;
      }
      List<Token> shown = new ArrayList<>();
      int more = 0;
      for (int g : gs) {
        Token t = token(g);
        if (t == null) {
          continue;
        }
        if (shown.size() < limit) {
          shown.add(t);
        } else {
          more++;
        }
      }
      return new TokenRow(List.copyOf(shown), more);
    }
  }
}
