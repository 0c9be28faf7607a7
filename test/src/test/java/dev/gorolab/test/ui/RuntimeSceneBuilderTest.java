package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.MachineState;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.model.RuntimeSnapshot.ProcessorState;
import dev.gorolab.ui.viewmodel.RuntimeScene;
import dev.gorolab.ui.viewmodel.RuntimeSceneBuilder;
import dev.gorolab.ui.viewmodel.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each goroutine is drawn, built from plain snapshots. */
class RuntimeSceneBuilderTest {

  private static GoroutineState g(int id, GStatus status, boolean system) {
    return new GoroutineState(id, "main.worker", status, status == GStatus.WAITING ? "sleep" : "", -1, "", status == GStatus.WAITING ? 5 : -1, 3, List.of(), 1, system);
  }

  private static RuntimeSnapshot snapshot(List<Integer> local, List<Integer> global, List<GoroutineState> gs, List<MachineState> ms) {
    return new RuntimeSnapshot(0, List.of(new ProcessorState(0, PStatus.RUNNING, 0, 1, -1, local, 0)), global, ms, gs, List.of(), List.of(), List.of());
  }

  @Test
  void thousandGoroutines_collapseQueuesToTheFirstFewAndACount() {
    List<GoroutineState> gs = new ArrayList<>();
    gs.add(g(1, GStatus.RUNNING, false));
    List<Integer> local = new ArrayList<>();
    List<Integer> global = new ArrayList<>();
    for (int id = 6; id < 1006; id++) {
      gs.add(g(id, GStatus.RUNNABLE, false));
      (id < 262 ? local : global).add(id);
    }
    RuntimeScene scene = RuntimeSceneBuilder.build(snapshot(local, global, gs, List.of()), false, null);
    assertEquals(RuntimeSceneBuilder.CROWDED_ROW_LIMIT, scene.processors().get(0).localQueue().shown().size());
    assertEquals(256 - RuntimeSceneBuilder.CROWDED_ROW_LIMIT, scene.processors().get(0).localQueue().more());
    assertEquals(List.of(6, 7, 8, 9, 10, 11), scene.processors().get(0).localQueue().shown().stream().map(Token::g).toList());
    assertEquals(744, scene.globalQueue().total());
  }

  @Test
  void runtimeGoroutines_areHiddenUnlessAsked() {
    List<GoroutineState> gs = List.of(g(1, GStatus.RUNNING, false), g(2, GStatus.WAITING, true), g(6, GStatus.DEAD, false));
    RuntimeScene hidden = RuntimeSceneBuilder.build(snapshot(List.of(), List.of(), gs, List.of()), false, null);
    assertEquals(0, hidden.sleeping().size());
    assertEquals(1, hidden.hiddenSystemGoroutines());
    RuntimeScene shown = RuntimeSceneBuilder.build(snapshot(List.of(), List.of(), gs, List.of()), true, null);
    assertEquals(2, shown.sleeping().get(0).token().g());
    assertEquals(List.of(6), shown.done().shown().stream().map(Token::g).toList());
  }

  @Test
  void mInSyscall_holdsItsGoroutineDetachedFromItsP() {
    List<GoroutineState> gs = List.of(g(1, GStatus.RUNNING, false), g(7, GStatus.SYSCALL, false));
    List<MachineState> ms = List.of(new MachineState(0, MStatus.RUNNING, 0, 1), new MachineState(1, MStatus.SYSCALL, -1, 7), new MachineState(2, MStatus.SPINNING, -1, -1));
    RuntimeScene scene = RuntimeSceneBuilder.build(snapshot(List.of(), List.of(), gs, ms), false, null);
    assertEquals(2, scene.machines().size());
    assertEquals(7, scene.machines().get(0).g().g());
    assertEquals(MStatus.SPINNING, scene.machines().get(1).status());
    assertNull(scene.machines().get(1).g());
  }

  @Test
  void tokenName_dropsTheMainPackage() {
    assertEquals("G6 makeCakeAndSend", Token.name(6, "main.makeCakeAndSend"));
  }
}
