package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.TimelineModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The player, without a Stage: stepping is reading snapshots, and everything derived follows. */
class PlayerViewModelTest {
  private final I18n i18n = new I18n(Locale.ENGLISH);
  private final PlayerViewModel player = new PlayerViewModel(i18n);

  private void load(ScriptedTrace t, int at) {
    player.load(t, TimelineModel.of(t), at);
  }

  @Test
  void load_startsBeforeTheFirstStep() {
    load(TestTraces.cakeOneP(), -1);
    assertEquals(-1, player.stepProperty().get());
    assertEquals("step 0 / 19", player.stepTextProperty().get());
    assertEquals("", player.consoleProperty().get());
    assertTrue(player.narrationProperty().get().startsWith("Before the first step."));
  }

  @Test
  void stepBack_readsTheEarlierSnapshot() {
    ScriptedTrace t = TestTraces.cakeOneP();
    load(t, -1);
    player.toEnd();
    player.stepBack();
    assertEquals(t.size() - 2, player.stepProperty().get());
    assertTrue(player.snapshotProperty().get() == t.stateAt(t.size() - 2));
  }

  @Test
  void seek_isClampedToTheRun() {
    load(TestTraces.cakeOneP(), -1);
    player.seek(500);
    assertEquals(18, player.stepProperty().get());
    player.seek(-7);
    assertEquals(-1, player.stepProperty().get());
  }

  @Test
  void load_keepsTheStepWhereItStillExists_elseTheLast() {
    load(TestTraces.cakeOneP(), 5);
    assertEquals(5, player.stepProperty().get());
    load(TestTraces.cakeTwoPs(1), 15);
    assertEquals(7, player.stepProperty().get());
  }

  @Test
  void playTick_stepsAndPausesAtTheEnd() {
    load(TestTraces.cakeOneP(), 16);
    player.play();
    assertTrue(player.playTick());
    assertEquals(17, player.stepProperty().get());
    assertTrue(player.playTick());
    assertFalse(player.playingProperty().get());
    assertFalse(player.playTick());
  }

  @Test
  void play_fromTheEnd_startsOver() {
    load(TestTraces.cakeOneP(), 18);
    player.play();
    assertEquals(-1, player.stepProperty().get());
    assertTrue(player.playingProperty().get());
  }

  @Test
  void speed_isClampedToQuarterToSixtyFour_theFastForwardSpeeds() {
    player.speedProperty().set(20);
    assertEquals(20.0, player.speedProperty().get());
    player.speedProperty().set(100);
    assertEquals(64.0, player.speedProperty().get());
    assertEquals(64.0, PlayerViewModel.SPEEDS.get(PlayerViewModel.SPEEDS.size() - 1));
    player.speedProperty().set(0.01);
    assertEquals(0.25, player.speedProperty().get());
  }

  @Test
  void narration_followsTheLocale() {
    load(TestTraces.cakeOneP(), 0);
    assertEquals("G1 main makes channel cs.", player.narrationProperty().get());
    i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertEquals("G1 main 创建通道 cs。", player.narrationProperty().get());
    assertEquals("第 1 / 19 步", player.stepTextProperty().get());
  }

  @Test
  void goError_appearsOnlyFromTheDeadlockStep() {
    load(TestTraces.bufferedDeadlock(), 3);
    assertEquals("", player.goErrorProperty().get());
    assertNull(player.sceneProperty().get().banner());
    player.seek(5);
    assertEquals(TestTraces.DEADLOCK, player.goErrorProperty().get());
    assertEquals(TestTraces.DEADLOCK, player.sceneProperty().get().banner());
  }

  @Test
  void codeMarkers_putEachLiveGoroutineOnItsLine() {
    load(TestTraces.cakeOneP(), 2);
    assertEquals(List.of(13, 21, 28), player.codeMarkersProperty().get().stream().map(m -> m.line()).toList());
  }

  @Test
  void steps_isUnmodifiable() {
    load(TestTraces.cakeOneP(), -1);
    assertEquals(19, player.stepsProperty().get().size());
    assertThrows(UnsupportedOperationException.class, () -> player.stepsProperty().get().add(3));
  }

  @Test
  void selectedHistory_listsTheStepsThatConcernTheGoroutine() {
    load(TestTraces.cakeOneP(), -1);
    player.select(6);
    assertEquals(List.of(1, 2, 6, 7, 8, 9, 10), player.selectedHistoryProperty().get());
  }
}
