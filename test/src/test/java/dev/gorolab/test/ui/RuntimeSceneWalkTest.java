package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.test.Library;
import dev.gorolab.test.Runs;
import dev.gorolab.ui.viewmodel.RuntimeScene;
import dev.gorolab.ui.viewmodel.RuntimeScene.ChannelCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.HeldValue;
import dev.gorolab.ui.viewmodel.RuntimeScene.MCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.PCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.Sleeper;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.TokenRow;
import dev.gorolab.ui.viewmodel.RuntimeScene.Waiter;
import dev.gorolab.ui.viewmodel.RuntimeSceneBuilder;
import dev.gorolab.ui.viewmodel.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * At every step of every library scenario, every goroutine of the program is in exactly one
 * labelled place of the runtime view (a goroutine parked in a select waits in the queue of each
 * of its channels, as Go's sudogs do). A goroutine that is nowhere is a goroutine the class
 * cannot see; one that is in two places is a lie.
 */
class RuntimeSceneWalkTest {
  /** Longer runs are checked every this many steps: a step of 100,000 goroutines takes a while. */
  private static final int LONG_RUN_STEPS = 20_000;

  static Stream<Library.Folder> folders() {
    return Library.folders().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folders")
  void everyGoroutine_isInExactlyOnePlace(Library.Folder folder) {
    Trace trace = Runs.record(folder.load());
    int stride = trace.size() > LONG_RUN_STEPS ? trace.size() / 40 : 1;
    for (int i = -1; i < trace.size(); i += stride) {
      RuntimeSnapshot s = i < 0 ? trace.initialState() : trace.stateAt(i);
      check(folder + " step " + (i + 1), s, RuntimeSceneBuilder.build(s, false, null));
    }
    RuntimeSnapshot last = trace.stateAt(trace.size() - 1);
    check(folder + " at the end", last, RuntimeSceneBuilder.build(last, false, null));
  }

  private static void check(String where, RuntimeSnapshot s, RuntimeScene scene) {
    Map<Integer, List<String>> places = new HashMap<>();
    int[] collapsed = {0};
    add(places, collapsed, "global queue", scene.globalQueue());
    for (PCard p : scene.processors()) {
      add(places, "P" + p.id() + " running", p.running());
      add(places, "P" + p.id() + " runnext", p.runnext());
      add(places, collapsed, "P" + p.id() + " local queue", p.localQueue());
    }
    for (MCard m : scene.machines()) {
      add(places, "M" + m.id(), m.g());
    }
    Map<Integer, Integer> channelsWaitedOn = new HashMap<>();
    for (ChannelCard c : scene.channels()) {
      List<Token> queued = new ArrayList<>();
      for (HeldValue h : c.sendq()) {
        queued.add(h.token());
      }
      queued.addAll(c.recvq().shown());
      collapsed[0] += c.sendqMore() + c.recvq().more();
      for (Token t : queued) {
        places.computeIfAbsent(t.g(), k -> new ArrayList<>()).add(c.name() + " queue");
        channelsWaitedOn.merge(t.g(), 1, Integer::sum);
      }
    }
    for (SyncCard sc : scene.syncObjects()) {
      add(places, collapsed, sc.name() + " waiters", sc.waiters());
    }
    for (Sleeper sl : scene.sleeping()) {
      add(places, "sleeping", sl.token());
    }
    for (Waiter w : scene.waiting()) {
      add(places, "waiting", w.token());
    }
    collapsed[0] += scene.sleepingMore() + scene.waitingMore();
    add(places, collapsed, "done", scene.done());

    for (Map.Entry<Integer, List<String>> e : places.entrySet()) {
      List<String> at = e.getValue();
      boolean onlyChannelQueues = at.stream().allMatch(p -> p.endsWith(" queue") && !p.equals("global queue") && !p.contains("local"));
      if (at.size() > 1 && !(onlyChannelQueues && waitsInSelect(s, e.getKey()))) {
        fail(where + ": G" + e.getKey() + " is in " + at.size() + " places: " + at);
      }
    }
    if (collapsed[0] == 0) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (GoroutineState g : s.goroutines()) {
        if (!g.system() && !places.containsKey(g.id())) {
          missing.add(g.id());
        }
      }
      assertEquals(new TreeSet<>(), missing, where + ": goroutines drawn nowhere");
    }
  }

  /** Whether {@code g} waits on a channel queue for a select (Go's sudog with isSelect). */
  private static boolean waitsInSelect(RuntimeSnapshot s, int g) {
    for (var c : s.channels()) {
      for (var w : c.sendq()) {
        if (w.g() == g && w.inSelect()) {
          return true;
        }
      }
      for (var w : c.recvq()) {
        if (w.g() == g && w.inSelect()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(Map<Integer, List<String>> places, String place, Token t) {
    if (t != null) {
      places.computeIfAbsent(t.g(), k -> new ArrayList<>()).add(place);
    }
  }

  private static void add(Map<Integer, List<String>> places, int[] collapsed, String place, TokenRow row) {
    for (Token t : row.shown()) {
      add(places, place, t);
    }
    collapsed[0] += row.more();
  }
}
