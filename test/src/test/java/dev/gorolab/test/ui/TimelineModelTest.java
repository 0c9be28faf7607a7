package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.viewmodel.TimelineModel;
import dev.gorolab.ui.viewmodel.TimelineModel.MarkerKind;
import dev.gorolab.ui.viewmodel.TimelineModel.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes, segments and markers of the timeline, from a trace. */
class TimelineModelTest {
  @Test
  void cake_oneP_showsWhoRanOnP0InOrder() {
    TimelineModel t = TimelineModel.of(TestTraces.cakeOneP());
    assertEquals("P0", t.lanes().get(0).label());
    assertEquals("M0", t.lanes().get(1).label());
    List<Integer> onP0 = t.segments().stream().filter(s -> s.lane() == 0).map(Segment::g).toList();
    assertEquals(List.of(7, 6, 7, 1), onP0);
    assertEquals(new Segment(0, 4, 5, 7, false, false), t.segments().stream().filter(s -> s.lane() == 0).findFirst().orElseThrow());
    assertTrue(t.markers().contains(new TimelineModel.Marker(0, 5, MarkerKind.BLOCK)));
    assertTrue(t.markers().contains(new TimelineModel.Marker(0, 9, MarkerKind.WAKE)));
  }

  @Test
  void steal_isMarkedOnTheThiefsLane() {
    TimelineModel t = TimelineModel.of(TestTraces.cakeTwoPs(1));
    assertTrue(t.markers().contains(new TimelineModel.Marker(1, 3, MarkerKind.STEAL)));
    assertEquals(List.of(6), t.segments().stream().filter(s -> s.lane() == 1).map(Segment::g).toList());
  }

  /** Built while recording (RecordingListener.event) or from the finished trace: the same lanes. */
  @Test
  void builtWhileRecording_equalsBuiltFromTheTrace_forEveryBundledScenario() {
    var backend = new dev.gorolab.ui.backend.ScenarioModuleBackend(dev.gorolab.sim.trace.Simulation::record);
    int checked = 0;
    for (var s : backend.bundled()) {
      if (s.id().endsWith("-thousand")) {
        continue; // 10,000 and 100,000 goroutines: long to record, nothing the others do not have
      }
      for (int procs : new int[] {1, 4}) {
        TimelineModel.Builder lanes = new TimelineModel.Builder();
        var trace = backend.record(s, new dev.gorolab.sim.trace.RunSettings(procs, s.seed(), 2_000_000),
            new dev.gorolab.sim.trace.RecordingListener() {
              @Override
              public void event(dev.gorolab.model.Event e) {
                lanes.accept(e);
              }

              @Override
              public void progress(long events, long virtualNanos) {}

              @Override
              public boolean cancelled() {
                return false;
              }
            });
        TimelineModel live = lanes.build(trace);
        TimelineModel after = TimelineModel.of(trace);
        String what = s.id() + " at GOMAXPROCS " + procs;
        assertEquals(after.lanes(), live.lanes(), what);
        assertEquals(after.steps(), live.steps(), what);
        if (trace.size() < 200_000) {
          assertEquals(after.segments(), live.segments(), what);
          assertEquals(after.markers(), live.markers(), what);
        }
        checked++;
      }
    }
    assertTrue(checked > 40, "scenarios checked: " + checked);
  }

  @Test
  void builder_refusesATraceWithOtherEvents() {
    TimelineModel.Builder lanes = new TimelineModel.Builder();
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> lanes.build(TestTraces.cakeOneP()));
    assertEquals("the builder took 0 events, the trace has 19", e.getMessage());
  }
}
