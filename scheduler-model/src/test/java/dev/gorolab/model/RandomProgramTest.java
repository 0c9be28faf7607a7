package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.gorolab.model.Script.Ref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random programs over channels, select, timers, syscalls, mutexes and Gosched: every one must end,
 * keep every invariant after every action, replay exactly from deltas, and be deterministic.
 */
class RandomProgramTest {

  /** A program drawn from {@code seed}: main makes three channels and a mutex, then mixes statements. */
  static Script program(long seed) {
    SeededChooser r = new SeededChooser(seed);
    List<Ref<Channel>> chans = List.of(new Ref<>("c0"), new Ref<>("c1"), new Ref<>("c2"));
    Ref<Mutex> mu = new Ref<>("mu");
    Script main = Script.main().make(chans.get(0), 0).make(chans.get(1), 1).make(chans.get(2), 2).makeMutex(mu);
    int goroutines = 1 + pick(r, 6);
    List<Script> bodies = new ArrayList<>();
    for (int g = 0; g < goroutines; g++) {
      bodies.add(Script.fn("g" + g));
    }
    for (int g = 0; g < goroutines; g++) {
      Script body = bodies.get(g);
      main.go(() -> body);
      statements(r, main, chans, mu, 1 + pick(r, 3));
    }
    for (Script body : bodies) {
      statements(r, body, chans, mu, 3 + pick(r, 12));
    }
    return statements(r, main, chans, mu, 3 + pick(r, 8));
  }

  private static int pick(SeededChooser r, int bound) {
    return r.choose(Chooser.ChoicePoint.SELECT_POLL_ORDER, bound);
  }

  private static Script statements(SeededChooser r, Script s, List<Ref<Channel>> chans, Ref<Mutex> mu, int n) {
    for (int i = 0; i < n; i++) {
      Ref<Channel> c = chans.get(pick(r, 3));
      Ref<Channel> d = chans.get(pick(r, 3));
      switch (pick(r, 11)) {
        case 0, 1 -> s.send(c, i);
        case 2, 3 -> s.recv(c, (o, x) -> o.print(x.value() + " "));
        case 4 -> s.select(() -> List.of(SelectCase.receive(c.v), SelectCase.send(d.v, 7), SelectCase.receive(null)),
            pick(r, 2) == 0, (o, x) -> o.print("s" + x.chosen() + " "));
        case 5 -> s.sleep(pick(r, 3) * 700_000L);
        case 6 -> s.gosched();
        case 7 -> s.work(1 + pick(r, 4) * 900_000L);
        case 8 -> s.syscall(1 + pick(r, 4) * 300_000L);
        case 9 -> s.lock(mu).work(200_000).unlock(mu);
        default -> {
          if (pick(r, 8) == 0) {
            s.close(c);
          } else {
            s.print("p ");
          }
        }
      }
    }
    return s;
  }

  @Test
  void randomPrograms_endKeepInvariantsAndAreDeterministic() {
    for (long seed = 0; seed < 150; seed++) {
      for (int procs = 1; procs <= 4; procs++) {
        RuntimeConfig c = RuntimeConfig.defaults(procs, seed);
        Run a = Run.of(c, program(seed));
        Run b = Run.of(c, program(seed));
        assertNotNull(a.rt.endReason(), "seed " + seed);
        assertEquals(a.events, b.events, "seed " + seed + " GOMAXPROCS=" + procs);
      }
    }
  }

  @Test
  void randomPrograms_deltasReproduceSnapshots() {
    for (long seed = 0; seed < 40; seed++) {
      for (int procs = 1; procs <= 3; procs++) {
        RuntimeConfig c = RuntimeConfig.defaults(procs, seed);
        GoRuntime[] holder = new GoRuntime[1];
        RuntimeSnapshot[] state = new RuntimeSnapshot[1];
        long s = seed;
        int p = procs;
        GoRuntime rt = new GoRuntime(c, new SeededChooser(seed), e -> {
          state[0] = state[0].apply(holder[0].takeDelta());
          assertEquals(holder[0].snapshot(), state[0], "seed " + s + " GOMAXPROCS=" + p + " at " + e);
        });
        holder[0] = rt;
        state[0] = rt.snapshot();
        rt.start(program(seed));
        while (rt.advance()) {
          rt.checkInvariants();
        }
      }
    }
  }
}
