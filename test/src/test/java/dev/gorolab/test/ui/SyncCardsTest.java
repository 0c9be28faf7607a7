package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.test.Runs;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncKind;
import dev.gorolab.ui.viewmodel.TimelineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** RWMutex, Cond and Once as cards in the runtime view, like Mutex and WaitGroup, on the bundled runs. */
class SyncCardsTest {
  private final PlayerViewModel player = new PlayerViewModel(new I18n(Locale.ENGLISH));

  private Trace load(String id) {
    var scenario = Runs.bundled(id);
    Trace t = Runs.record(scenario);
    player.load(t, TimelineModel.of(t), -1);
    return t;
  }

  private List<SyncCard> cards(SyncKind kind) {
    return player.sceneProperty().get().syncObjects().stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void rwMutex_showsReadersInside_andWhoWaits_andHidesItsWritersMutex() {
    Trace t = load("teach-rwmutex-readers-writer");
    int maxReaders = 0;
    boolean readerWaited = false;
    boolean writerHeld = false;
    for (int i = 0; i < t.size(); i++) {
      player.seek(i);
      for (SyncCard c : cards(SyncKind.RW_MUTEX)) {
        assertEquals("rw", c.name());
        maxReaders = Math.max(maxReaders, c.counter());
        readerWaited |= c.waiters().total() > 0;
        writerHeld |= c.holder() >= 0;
      }
      assertTrue(cards(SyncKind.MUTEX).stream().noneMatch(c -> c.name().equals("rw.w")), "step " + (i + 1));
    }
    assertTrue(maxReaders >= 2, "readers inside at most " + maxReaders);
    assertTrue(writerHeld, "the writer holds it at some step");
    assertTrue(readerWaited, "writer preference: a reader waits behind the writer");
  }

  @Test
  void cond_listsItsWaitersInTicketOrder_untilBroadcastWakesThem() {
    Trace t = load("teach-cond-broadcast");
    int broadcast = t.stepsOf(Event.CondNotified.class).get(0);
    player.seek(broadcast - 1);
    List<SyncCard> conds = cards(SyncKind.COND);
    assertEquals(1, conds.size());
    List<Integer> shown = conds.get(0).waiters().shown().stream().map(tok -> tok.g()).toList();
    List<Integer> woken = ((Event.CondNotified) t.event(broadcast)).woken();
    assertEquals(woken, shown, "notify list order = Broadcast's wake order");
    // Broadcast readies them one by one (R6.3); once the last is readied, nobody waits.
    int lastReady = t.stepsOf(Event.GoroutineReadied.class).stream()
        .filter(i -> i > broadcast && woken.contains(((Event.GoroutineReadied) t.event(i)).g()))
        .max(Integer::compare).orElseThrow();
    player.seek(lastReady);
    assertEquals(0, cards(SyncKind.COND).get(0).waiters().total());
  }

  @Test
  void once_showsWhoRunsF_whoWaits_andDone() {
    Trace t = load("teach-once");
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      player.seek(i);
      for (SyncCard c : cards(SyncKind.ONCE)) {
        String state = c.counter() == 1 ? "done" : c.holder() >= 0 ? "running" : "not done";
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
          seen.add(state);
        }
        if (c.waiters().total() > 0) {
          // done is stored before the Mutex is unlocked (deferred in doSlow): waiters may see done.
          assertTrue(c.holder() >= 0 || c.counter() == 1, "callers wait only while f runs, step " + (i + 1));
        }
      }
      assertTrue(cards(SyncKind.MUTEX).stream().noneMatch(c -> c.name().equals("once.m")));
    }
    assertEquals(List.of("not done", "running", "done"), seen);
  }
}
