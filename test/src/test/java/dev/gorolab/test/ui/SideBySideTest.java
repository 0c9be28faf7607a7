package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.explore.Divergence;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.EventFacts;
import dev.gorolab.ui.viewmodel.PairViewModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Side by side: two runs under one cursor over virtual time, and where they part, as gorolab diff finds it. */
class SideBySideTest {
  private final ScenarioModuleBackend backend = new ScenarioModuleBackend(Simulation::record);

  private LoadedScenario bundled(String id) {
    return backend.bundled().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private PairViewModel pair(String id, String a, String b) {
    PairViewModel m = new PairViewModel(backend, Runnable::run, Runnable::run, new I18n(Locale.ENGLISH));
    m.sideAProperty().set(a);
    m.sideBProperty().set(b);
    m.run(bundled(id));
    return m;
  }

  @Test
  void gomaxprocs1Against2_findsWhereTheRunsPart_asDiffDoes_andShowsBothThere() {
    PairViewModel m = pair("teach-work-stealing", "gomaxprocs=1", "gomaxprocs=2");
    Program program = (Program) bundled("teach-work-stealing").program();
    long seed = bundled("teach-work-stealing").seed();
    Trace a = Simulation.record(program, new RunSettings(1, seed, RunSettings.DEFAULT_MAX_STEPS), RecordingListener.NONE);
    Trace b = Simulation.record(program, new RunSettings(2, seed, RunSettings.DEFAULT_MAX_STEPS), RecordingListener.NONE);
    Divergence expected = Divergence.find(a, b);
    assertNotNull(expected, "one P and two part somewhere");
    assertEquals(expected, m.divergenceProperty().get());

    m.toDivergence();
    assertEquals(expected.stepA(), m.a().stepProperty().get());
    assertEquals(expected.stepB(), m.b().stepProperty().get());
    String text = m.divergenceTextProperty().get();
    assertTrue(text.startsWith("The runs part after " + expected.storyIndex() + " shared goroutine events."), text);
    assertTrue(text.contains(a.narration(expected.stepA(), Locale.ENGLISH)), text);
    assertTrue(text.contains(b.narration(expected.stepB(), Locale.ENGLISH)), text);
    assertTrue(m.titleAProperty().get().startsWith("A: GOMAXPROCS=1 "), m.titleAProperty().get());
    assertTrue(m.titleBProperty().get().startsWith("B: GOMAXPROCS=2 "), m.titleBProperty().get());
  }

  @Test
  void oneStepControl_movesOneRunByOneEvent_inVirtualTimeOrder() {
    PairViewModel m = pair("teach-work-stealing", "gomaxprocs=1", "gomaxprocs=2");
    Trace a = m.a().traceProperty().get();
    Trace b = m.b().traceProperty().get();
    assertEquals(a.size() + b.size() + 1, m.cursorCountProperty().get());
    long before = -1;
    for (int k = 0; k < 60; k++) {
      int ia = m.a().stepProperty().get();
      int ib = m.b().stepProperty().get();
      m.stepForward();
      int da = m.a().stepProperty().get() - ia;
      int db = m.b().stepProperty().get() - ib;
      assertEquals(1, da + db, "one event of one run per step");
      Trace moved = da == 1 ? a : b;
      long t = moved.time(da == 1 ? ia + 1 : ib + 1);
      assertTrue(t >= before, "virtual time never goes back");
      before = t;
    }
    m.toEnd();
    assertEquals(a.size() - 1, m.a().stepProperty().get());
    assertEquals(b.size() - 1, m.b().stepProperty().get());
  }

  @Test
  void followingAGoroutine_showsBothRunsAtItsNthEvent() {
    PairViewModel m = pair("teach-work-stealing", "gomaxprocs=1", "gomaxprocs=2");
    int g = m.goroutines().get(m.goroutines().size() - 1);
    m.syncGoroutineProperty().set(g);
    Trace a = m.a().traceProperty().get();
    Trace b = m.b().traceProperty().get();
    assertEquals(-1, m.a().stepProperty().get());
    for (int k = 1; k <= 3; k++) {
      m.stepForward();
      int ia = m.a().stepProperty().get();
      int ib = m.b().stepProperty().get();
      assertTrue(EventFacts.goroutines(a.event(ia)).contains(g), a.narration(ia, Locale.ENGLISH));
      assertTrue(EventFacts.goroutines(b.event(ib)).contains(g), b.narration(ib, Locale.ENGLISH));
      assertEquals(k, countUpTo(a, g, ia), "A at G" + g + "'s event " + k);
      assertEquals(k, countUpTo(b, g, ib), "B at G" + g + "'s event " + k);
    }
    assertTrue(m.cursorTextProperty().get().startsWith("event 3 / "), m.cursorTextProperty().get());
  }

  private static int countUpTo(Trace t, int g, int step) {
    int n = 0;
    for (int i = 0; i <= step; i++) {
      if (EventFacts.goroutines(t.event(i)).contains(g)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void clickingOneRun_bringsTheOtherToTheSameVirtualTime() {
    PairViewModel m = pair("teach-work-stealing", "gomaxprocs=1", "gomaxprocs=2");
    Trace a = m.a().traceProperty().get();
    Trace b = m.b().traceProperty().get();
    m.a().seek(a.size() / 2);
    int ib = m.b().stepProperty().get();
    long ta = a.time(m.a().stepProperty().get());
    assertTrue(ib < 0 || b.time(ib) <= ta, "B is not ahead of A");
    assertTrue(ib == b.size() - 1 || b.time(ib + 1) >= ta, "B is at its last event at or before A's time");
  }

  @Test
  void sameSettings_doNotPart_andBadSettingsAreSaid() {
    PairViewModel same = pair("seed06-select-cakes", "seed=1", "seed=1");
    assertEquals(null, same.divergenceProperty().get());
    assertEquals("The runs do not part: the same goroutines do the same things in the same order.", same.divergenceTextProperty().get());
    PairViewModel bad = pair("seed06-select-cakes", "gomaxprocs=x", "seed=1");
    assertEquals("Settings: gomaxprocs expects a whole number, got \"x\"", bad.statusProperty().get());
  }
}
