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
}
