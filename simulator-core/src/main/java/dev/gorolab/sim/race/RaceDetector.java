package dev.gorolab.sim.race;

import dev.gorolab.model.Event;
import dev.gorolab.sim.interp.MemoryWatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A happens-before data race detector over one run, as ThreadSanitizer and Go's {@code -race}
 * detect races: each goroutine carries a vector clock; synchronisation joins clocks; each shared
 * variable remembers its last write (an epoch, FastTrack) and the reads since; an access that is
 * not ordered after a conflicting one is a race.
 *
 * <p>Go's synchronisation edges (the Go memory model), taken from the model's events:
 *
 * <ul>
 *   <li>{@code go f()} happens before {@code f} starts.
 *   <li>A send happens before the corresponding receive completes; on an unbuffered channel the
 *       receive also happens before the send completes; on a buffered channel of capacity C the
 *       k-th receive happens before the (k+C)-th send completes (the buffer slot the receive
 *       freed is the one that send fills).
 *   <li>Closing a channel happens before a receive that returns because it is closed.
 *   <li>{@code wg.Done()} happens before the {@code wg.Wait()} it unblocks returns (also when Wait
 *       does not block).
 *   <li>{@code mu.Unlock()} happens before the next {@code mu.Lock()} returns.
 * </ul>
 *
 * <p>Engine thread only; one instance per run. Feed it the run's events and set it as the
 * interpreter's {@link MemoryWatch}.
 */
public final class RaceDetector implements MemoryWatch, Consumer<Event> {
  /**
   * Per goroutine id, its clock, in three parts: a tree shared with the clocks it was copied
   * from ({@link #clocks}); its own component ({@link #own}), which moves on every release
   * without copying the tree; and at most one epoch not yet written into the tree
   * ({@link #pendingG}, {@link #pendingTime}; none when the time is 0). A new goroutine inherits
   * its parent's tree by reference and the parent's epoch as its pending one: 100,000 {@code go}
   * statements copy no tree node, and the epoch is dropped as soon as a join brings a later one.
   */
  private VectorClock[] clocks = new VectorClock[64];
  private int[] own = newOwn(64);
  private int[] pendingG = new int[64];
  private int[] pendingTime = new int[64];
  /** Per goroutine id: where it was created (null for main and runtime goroutines). */
  private Created[] created = new Created[64];
  private final BitSet exited = new BitSet();
  private final Map<Integer, Channel> channels = new LinkedHashMap<>();
  private final Map<String, WaitGroupClock> waitGroups = new LinkedHashMap<>();
  private final Map<String, VectorClock> mutexes = new LinkedHashMap<>();
  private final IdentityHashMap<Object, Shadow> shadows = new IdentityHashMap<>();
  private final List<Race> races = new ArrayList<>();
  private final TreeSet<String> reportedPairs = new TreeSet<>();
  private final String fileName;
  private long nextAddress = 0x00c000018000L;

  private static int[] newOwn(int n) {
    int[] a = new int[n];
    Arrays.fill(a, 1);
    return a;
  }

  /** @param fileName the source file shown in reports, e.g. {@code main.go} */
  public RaceDetector(String fileName) {
    this.fileName = fileName;
    clock(1);
  }

  /** Where and by whom a goroutine was created. */
  private record Created(int parent, String parentFunction, int line, String function) {}

  /** A channel's synchronisation state: capacity, and per buffer slot the last send's and receive's clocks. */
  private static final class Channel {
    final int capacity;
    final VectorClock[] sent;
    final VectorClock[] freed;
    VectorClock closed = VectorClock.EMPTY;

    Channel(int capacity) {
      this.capacity = capacity;
      this.sent = new VectorClock[Math.max(capacity, 0)];
      this.freed = new VectorClock[Math.max(capacity, 0)];
    }
  }

  /**
   * What a WaitGroup's Done calls released, kept in two halves so that each Done costs what
   * changed since the last: the joined clocks of the goroutines calling Done, without their own
   * components, and those own components (epochs) by themselves. A goroutine's clock without its
   * own component is mostly the clock it acquired last (a Mutex's, handed along), which shares
   * nearly every node with the clock joined before; its own component differs from every clock
   * passed along since, so joining whole released clocks would touch every node each time: 100,000
   * goroutines calling Done cost 10^10 steps. The two halves are joined where the Wait returns.
   */
  private static final class WaitGroupClock {
    VectorClock joined = VectorClock.EMPTY;
    /** The epochs written so far; those of later Done calls wait in {@link #fresh}. */
    VectorClock epochs = VectorClock.EMPTY;
    /**
     * Epochs ({@code g << 32 | time}) not yet in {@link #epochs}: written in one batch when a
     * Wait acquires them, so that consecutive goroutines' Done calls copy each node once, not
     * once per call.
     */
    long[] fresh = new long[16];
    int freshCount;

    void release(VectorClock clock, int g, int time) {
      joined = clock.join(joined);
      add(g, time);
    }

    void add(int g, int time) {
      if (freshCount == fresh.length) {
        fresh = Arrays.copyOf(fresh, fresh.length * 2);
      }
      fresh[freshCount++] = (long) g << 32 | time;
    }

    VectorClock epochs() {
      if (freshCount > 0) {
        Arrays.sort(fresh, 0, freshCount);
        epochs = epochs.withAll(fresh, freshCount);
        freshCount = 0;
      }
      return epochs;
    }
  }

  /** One access: who, when (their own clock then), where. */
  private record Access(int g, int time, Stack stack, boolean write) {}

  /**
   * A variable's history: its last write, and the reads since — one read while each read is
   * ordered after the one before (FastTrack's epoch), else the last read of every goroutine.
   */
  private static final class Shadow {
    final long address;
    final String name;
    Access write;
    Access read;
    LinkedHashMap<Integer, Access> readers;
    /** A race at this address has been reported. */
    boolean reported;

    Shadow(long address, String name) {
      this.address = address;
      this.name = name;
    }
  }

  /**
   * A data race: two conflicting accesses, neither happening before the other.
   *
   * @param variable the package variable's name, or null for a captured variable
   * @param report Go's {@code WARNING: DATA RACE} block, between its lines of {@code =}
   */
  public record Race(String variable, int goroutine, int line, int previousGoroutine, int previousLine, String report) {}

  /** The races found so far, each pair of source lines once, in the order found. */
  public List<Race> races() {
    return List.copyOf(races);
  }

  /** How many races were found so far: what {@link #races()} would hold, without copying it. */
  public int raceCount() {
    return races.size();
  }

  /** What Go prints at exit when races were found: {@code Found N data race(s)}; empty if none. */
  public String summary() {
    return races.isEmpty() ? "" : "Found " + races.size() + " data race(s)\n";
  }

  // ---- clocks -----------------------------------------------------------------------------------

  /** Makes room for goroutine {@code g}; returns its tree (without its own or pending epoch). */
  private VectorClock clock(int g) {
    if (clocks.length <= g) {
      int from = clocks.length;
      int n = Math.max(g + 1, from * 2);
      clocks = Arrays.copyOf(clocks, n);
      own = Arrays.copyOf(own, n);
      Arrays.fill(own, from, n, 1);
      pendingG = Arrays.copyOf(pendingG, n);
      pendingTime = Arrays.copyOf(pendingTime, n);
      created = Arrays.copyOf(created, n);
    }
    VectorClock c = clocks[g];
    return c == null ? VectorClock.EMPTY : c;
  }

  private int time(int g) {
    clock(g);
    return own[g];
  }

  /** Component {@code of} of goroutine {@code g}'s clock, pending epoch included. */
  private int component(int g, int of) {
    int t = clock(g).get(of);
    return pendingG[g] == of ? Math.max(t, pendingTime[g]) : t;
  }

  private boolean happensBefore(Access a, int g) {
    return a.g() == g || a.time() <= component(g, a.g());
  }

  /** {@code g}'s tree with its pending epoch written in (copied on this write, not before). */
  private VectorClock settled(int g) {
    VectorClock c = clock(g);
    if (pendingTime[g] > 0) {
      if (c.get(pendingG[g]) < pendingTime[g]) {
        c = c.with(pendingG[g], pendingTime[g]);
        clocks[g] = c;
      }
      pendingTime[g] = 0;
    }
    return c;
  }

  /** {@code g}'s whole clock, its own component included: what a release publishes. */
  private VectorClock released(int g) {
    return settled(g).with(g, time(g));
  }

  /** After a release, {@code g} moves to a new epoch. */
  private void tick(int g) {
    clock(g);
    own[g]++;
  }

  // Joins keep the nodes of their first argument where the two are equal: the clock that was
  // passed along (a Mutex's, a WaitGroup's) goes first, so that consecutive clocks share nodes
  // and the next join stops at them. 100,000 goroutines through one Mutex then cost O(n log n).

  private void acquire(int g, VectorClock c) {
    if (c != null) {
      VectorClock joined = c.join(clock(g));
      clocks[g] = joined;
      if (pendingTime[g] > 0 && joined.get(pendingG[g]) >= pendingTime[g]) {
        pendingTime[g] = 0; // the acquired clock already knows a later epoch
      }
    }
  }

  private void acquire(int g, WaitGroupClock w) {
    if (w != null) {
      acquire(g, w.joined);
      acquire(g, w.epochs());
    }
  }

  // ---- synchronisation from the model's events ---------------------------------------------------

  @Override
  public void accept(Event e) {
    if (e instanceof Event.GoroutineCreated c) {
      if (c.system()) {
        return;
      }
      String parentFunction = c.parent() < 0 ? "" : functionOf(c.parent());
      clock(c.g());
      created[c.g()] = new Created(c.parent(), parentFunction, c.line(), c.function());
      if (c.parent() >= 0) {
        // the child starts from its parent's clock: the tree by reference, the parent's epoch pending
        clocks[c.g()] = settled(c.parent());
        pendingG[c.g()] = c.parent();
        pendingTime[c.g()] = time(c.parent());
        tick(c.parent());
      }
    } else if (e instanceof Event.GoroutineExited x) {
      exited.set(x.g());
      // nothing acquires from a finished goroutine: its clock can go (accesses keep epochs only)
      if (x.g() < clocks.length) {
        clocks[x.g()] = null;
        pendingTime[x.g()] = 0;
      }
    } else if (e instanceof Event.ChannelMade m) {
      channels.put(m.ch(), new Channel(m.capacity()));
    } else if (e instanceof Event.ValueSent s) {
      sent(s);
    } else if (e instanceof Event.ValueReceived r) {
      received(r);
    } else if (e instanceof Event.ChannelClosed c) {
      Channel ch = channels.get(c.ch());
      if (ch != null) {
        ch.closed = released(c.g());
        tick(c.g());
      }
    } else if (e instanceof Event.WaitGroupAdded w) {
      if (w.delta() < 0) {
        WaitGroupClock wg = waitGroups.computeIfAbsent(w.name(), k -> new WaitGroupClock());
        wg.release(clock(w.g()), w.g(), time(w.g()));
        if (pendingTime[w.g()] > 0) {
          wg.add(pendingG[w.g()], pendingTime[w.g()]);
        }
        tick(w.g());
      }
      for (int g : w.released()) {
        acquire(g, waitGroups.get(w.name()));
      }
    } else if (e instanceof Event.MutexUnlocked u) {
      mutexes.put(u.name(), released(u.g()));
      tick(u.g());
    } else if (e instanceof Event.MutexLocked l) {
      acquire(l.g(), mutexes.get(l.name()));
    }
  }

  private void sent(Event.ValueSent s) {
    Channel ch = channels.get(s.ch());
    if (ch == null) {
      return;
    }
    if (s.slot() >= 0 && s.slot() < ch.capacity) {
      // the (k+C)-th send completes after the k-th receive, which freed this slot
      acquire(s.g(), ch.freed[s.slot()]);
      ch.sent[s.slot()] = released(s.g());
      tick(s.g());
    } else if (s.receiver() >= 0) {
      handOff(ch, s.g(), s.receiver());
    }
  }

  private void received(Event.ValueReceived r) {
    Channel ch = channels.get(r.ch());
    if (ch == null) {
      return;
    }
    if (r.mode() == Event.RecvMode.CLOSED || r.mode() == Event.RecvMode.WOKEN_BY_CLOSE) {
      acquire(r.g(), ch.closed);
    } else if (r.slot() >= 0 && r.slot() < ch.capacity) {
      acquire(r.g(), ch.sent[r.slot()]);
      ch.freed[r.slot()] = released(r.g());
      tick(r.g());
    } else if (r.sender() >= 0 && r.mode() == Event.RecvMode.FROM_WAITING_SENDER) {
      handOff(ch, r.sender(), r.g());
    }
  }

  /** A value handed from {@code sender} to {@code receiver} directly, without the buffer. */
  private void handOff(Channel ch, int sender, int receiver) {
    VectorClock s = released(sender);
    if (ch.capacity == 0) {
      // unbuffered: the receive also happens before the send completes
      VectorClock r = released(receiver);
      acquire(sender, r);
      tick(receiver);
    }
    acquire(receiver, s);
    tick(sender);
  }

  @Override
  public void waitGroupWaited(int goroutine, String waitGroup) {
    // Done happens before the Wait it lets return, also when Wait finds the counter at zero.
    acquire(goroutine, waitGroups.get(waitGroup));
  }

  // ---- memory accesses ----------------------------------------------------------------------------

  @Override
  public void access(int g, Object location, String name, boolean write, Stack stack) {
    Shadow sh = shadows.get(location);
    if (sh == null) {
      sh = new Shadow(nextAddress, name);
      nextAddress += 8;
      shadows.put(location, sh);
    }
    Access now = new Access(g, time(g), stack, write);
    Access w = sh.write;
    if (w != null && !happensBefore(w, g)) {
      report(sh, now, w);
    }
    if (write) {
      if (sh.read != null && !happensBefore(sh.read, g)) {
        report(sh, now, sh.read);
      }
      if (sh.readers != null) {
        for (Access r : sh.readers.values()) {
          if (!happensBefore(r, g)) {
            report(sh, now, r);
          }
        }
      }
      sh.read = null;
      sh.readers = null;
      sh.write = now;
    } else if (sh.readers != null) {
      sh.readers.put(g, now);
    } else if (sh.read == null || happensBefore(sh.read, g)) {
      sh.read = now;
    } else {
      // concurrent readers: remember each goroutine's last read until the next write
      sh.readers = new LinkedHashMap<>();
      sh.readers.put(sh.read.g(), sh.read);
      sh.readers.put(g, now);
      sh.read = null;
    }
  }

  private void report(Shadow sh, Access now, Access previous) {
    // ThreadSanitizer, which go run -race links, reports a race once: not again at an address it
    // has reported (suppress_equal_addresses), nor for the same two stacks at another address
    // (suppress_equal_stacks); both are on by default. Three makers racing on one counter: one
    // report, "Found 1 data race(s)", as Go prints.
    String one = now.stack().toString();
    String other = previous.stack().toString();
    String pair = one.compareTo(other) <= 0 ? one + "|" + other : other + "|" + one;
    if (sh.reported || reportedPairs.contains(pair)) {
      return;
    }
    sh.reported = true;
    reportedPairs.add(pair);
    String address = String.format("0x%012x", sh.address);
    StringBuilder b = new StringBuilder();
    b.append("==================\n");
    b.append("WARNING: DATA RACE\n");
    b.append(now.write() ? "Write" : "Read").append(" at ").append(address).append(" by ").append(who(now.g())).append(":\n");
    stack(b, now.stack());
    b.append('\n');
    b.append("Previous ").append(previous.write() ? "write" : "read").append(" at ").append(address)
        .append(" by ").append(who(previous.g())).append(":\n");
    stack(b, previous.stack());
    creation(b, now.g());
    if (previous.g() != now.g()) {
      creation(b, previous.g());
    }
    b.append("==================\n");
    races.add(new Race(sh.name, now.g(), now.stack().line(), previous.g(), previous.stack().line(), b.toString()));
  }

  /** Go's name for the goroutine in a report: its main goroutine is not numbered (runtime/race). */
  private static String who(int g) {
    return g == 1 ? "main goroutine" : "goroutine " + g;
  }

  private void stack(StringBuilder b, Stack s) {
    for (Stack f = s; f != null; f = f.caller()) {
      b.append("  ").append(f.function()).append("()\n");
      b.append("      ").append(fileName).append(':').append(f.line()).append('\n');
    }
  }

  private void creation(StringBuilder b, int g) {
    Created c = g < created.length ? created[g] : null;
    if (c == null || c.parent() < 0) {
      return;
    }
    b.append('\n');
    b.append("Goroutine ").append(g).append(exited.get(g) ? " (finished)" : " (running)").append(" created at:\n");
    b.append("  ").append(c.parentFunction()).append("()\n");
    b.append("      ").append(fileName).append(':').append(c.line()).append('\n');
  }

  private String functionOf(int g) {
    Created c = g < created.length ? created[g] : null;
    return c == null ? "main.main" : c.function();
  }
}
