package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lecture window, driven like a lecturer drives it, asserting on what is visible. */
@ExtendWith(ApplicationExtension.class)
class LectureAppTest {
  private ScriptedBackend backend;
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;
  private Path dir;
  private AppPage page;

  @Start
  void start(Stage stage) throws Exception {
    dir = Files.createTempDirectory("gorolab-ui");
    write("cake.json", "{\n  \"id\": \"cake\"\n}\n");
    write("buffered.json", "{\n  \"id\": \"buffered\"\n}\n");
    write("spawn.json", "{\n  \"id\": \"spawn\"\n}\n");
    write("bad.json", "{\n  \"id\": \"cake\",\n  \"functions\": {\"main\": [{\"send\": \"cs2\"}]}\n}\n");
    prefs = Preferences.userRoot().node("dev/gorolab/test/ui-" + System.nanoTime());
    backend = new ScriptedBackend();
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(backend, Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.open(dir.resolve("cake.json"));
    stage.show();
  }

  @AfterEach
  void forgetPreferences() throws BackingStoreException {
    prefs.removeNode();
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void key(FxRobot robot, KeyCode... keys) {
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(keys);
  }

  @Test
  void openScenario_showsTitleFirstStepAndMainRunningOnP0(FxRobot robot) {
    page = new AppPage(robot);
    assertEquals("Cake maker and packer", page.title());
    assertEquals("step 0 / 19", page.step());
    assertEquals("t = 0s", page.time());
    assertEquals(List.of(1), page.tokensIn(Ids.running(0)));
    assertEquals("G1 main", ((javafx.scene.control.Label) page.node(Ids.token(1))).getText());
  }

  @Test
  void stepForward_showsRunnextLocalQueueAndSleeper(FxRobot robot) {
    page = new AppPage(robot);
    for (int i = 0; i < 4; i++) {
      robot.clickOn("#" + Ids.STEP_FORWARD);
    }
    assertEquals("step 4 / 19", page.step());
    assertEquals(Ids.runnext(0), page.placeOf(7));
    assertEquals(List.of(6), page.tokensIn(Ids.localQueue(0)));
    assertEquals(Ids.SLEEPING, page.placeOf(1));
    assertTrue(page.textsIn(Ids.SLEEPING).contains("until 1s"), page.textsIn(Ids.SLEEPING));
    assertEquals("G1 main sleeps until 1s.", page.narration());
  }

  @Test
  void playToEnd_thenStepBackAndForward_showsOutputAndPlacesOfThatStep(FxRobot robot) {
    page = new AppPage(robot);
    robot.clickOn("#" + Ids.PLAY);
    WaitForAsyncUtils.waitForAsyncFx(5_000, () -> { });
    waitUntil(() -> !vm.player().playingProperty().get());
    assertEquals("step 19 / 19", page.step());
    assertEquals(TestTraces.MAKE + TestTraces.PACK, page.console());
    assertEquals(List.of(6, 7), page.tokensIn(Ids.DONE));
    assertEquals("t = 1s", page.time());

    for (int i = 0; i < 7; i++) {
      robot.clickOn("#" + Ids.STEP_BACK);
    }
    assertEquals("step 12 / 19", page.step());
    assertEquals(TestTraces.MAKE, page.console());
    assertEquals(Ids.running(0), page.placeOf(7));
    assertEquals(List.of(6), page.tokensIn(Ids.DONE));

    robot.clickOn("#" + Ids.STEP_FORWARD);
    assertEquals(TestTraces.MAKE + TestTraces.PACK, page.console());
  }

  @Test
  void blockedReceiver_isShownOnTheChannelsRecvq(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(5));
    assertEquals(List.of(7), page.tokensIn(Ids.recvq(0)));
    assertTrue(page.textsIn(Ids.channel(0)).contains("cs  chan string   len 0 / cap 0"), page.textsIn(Ids.channel(0)));
  }

  @Test
  void changingGomaxprocs_recordsADifferentRunWithTwoPs(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.gomaxprocsProperty().set(2));
    robot.interact(vm::rerun);
    assertEquals(2, backend.runs.get(backend.runs.size() - 1).gomaxprocs());
    assertEquals("step 0 / 8", page.step());
    assertTrue(page.find(Ids.processor(1)).isPresent());
    robot.interact(() -> vm.player().toEnd());
    assertEquals(Ids.sendq(0), page.placeOf(6));
    assertTrue(page.textsIn(Ids.sendq(0)).contains("holds \"alishi-cake-1\""), page.textsIn(Ids.sendq(0)));
  }

  @Test
  void gomaxprocsBox_rerunsWithTheChosenValue(FxRobot robot) {
    page = new AppPage(robot);
    new AppPage(robot).choose(Ids.GOMAXPROCS, "2");
    assertEquals(2, backend.runs.get(backend.runs.size() - 1).gomaxprocs());
    assertTrue(page.find(Ids.processor(1)).isPresent());
  }

  @Test
  void brokenFile_showsLoaderMessageAndLine_andKeepsTheOpenScenario(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(5));
    robot.interact(() -> vm.open(dir.resolve("bad.json")));
    TextArea error = page.node(Ids.LOAD_ERROR_TEXT);
    assertTrue(error.getText().startsWith("bad.json:3:35: $.functions.main[0].send: unknown channel \"cs2\" (declared: cs)"), error.getText());
    assertTrue(error.getText().contains("3 |   \"functions\": {\"main\": [{\"send\": \"cs2\"}]}"), error.getText());
    assertEquals("Cake maker and packer", page.title());
    assertEquals("step 6 / 19", page.step());
    robot.interact(() -> ((Stage) error.getScene().getWindow()).close());
  }

  @Test
  void bufferedChannel_showsValuesInSlots_thenDeadlockInGosWords(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.open(dir.resolve("buffered.json")));
    robot.interact(() -> vm.player().seek(2));
    assertEquals(List.of("\"a\"", "\"b\"", ""), page.slots(0));
    robot.interact(() -> vm.player().seek(4));
    assertEquals(List.of("\"a\"", "\"b\"", "\"c\""), page.slots(0));
    assertTrue(page.textsIn(Ids.sendq(0)).contains("holds \"d\""));
    assertFalse(page.node(Ids.BANNER).isVisible());
    robot.interact(() -> vm.player().toEnd());
    assertTrue(page.node(Ids.BANNER).isVisible());
    assertTrue(page.text(Ids.BANNER).startsWith("fatal error: all goroutines are asleep - deadlock!"));
    assertTrue(page.text(Ids.GO_ERROR).contains("goroutine 1 [chan send]:"));
  }

  @Test
  void localQueue_showsGoroutinesInQueueOrder(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.open(dir.resolve("spawn.json")));
    robot.interact(() -> vm.player().seek(3));
    assertEquals(List.of(9), page.tokensIn(Ids.runnext(0)));
    assertEquals(List.of(6, 7, 8), page.tokensIn(Ids.localQueue(0)));
  }

  @Test
  void switchingToChinese_translatesLabelsAndNarration(FxRobot robot) {
    page = new AppPage(robot);
    robot.clickOn("#" + Ids.STEP_FORWARD);
    robot.clickOn("#" + Ids.LANGUAGE);
    assertEquals("第 1 / 19 步", page.step());
    assertEquals("G1 main 创建通道 cs。", page.narration());
    assertEquals("运行", page.text(Ids.RUN));
    robot.clickOn("#" + Ids.LANGUAGE);
    assertEquals("step 1 / 19", page.step());
  }

  @Test
  void keyboard_stepsPlaysAndJumps(FxRobot robot) {
    page = new AppPage(robot);
    key(robot, KeyCode.RIGHT, KeyCode.RIGHT);
    assertEquals("step 2 / 19", page.step());
    key(robot, KeyCode.LEFT);
    assertEquals("step 1 / 19", page.step());
    key(robot, KeyCode.END);
    assertEquals("step 19 / 19", page.step());
    key(robot, KeyCode.HOME);
    assertEquals("step 0 / 19", page.step());
    key(robot, KeyCode.SPACE);
    waitUntil(() -> !vm.player().playingProperty().get());
    assertEquals("step 19 / 19", page.step());
  }

  @Test
  void ctrlEquals_zoomsEveryFont(FxRobot robot) {
    page = new AppPage(robot);
    double before = ((javafx.scene.control.Label) page.node(Ids.NARRATION)).getFont().getSize();
    robot.clickOn("#" + Ids.NARRATION);
    robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    double after = ((javafx.scene.control.Label) page.node(Ids.NARRATION)).getFont().getSize();
    assertEquals(before * 1.15, after, 0.2);
  }

  @Test
  void reload_keepsTheStep(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(7));
    key(robot, KeyCode.F5);
    assertEquals("step 8 / 19", page.step());
    assertEquals(2, backend.runs.size());
  }

  @Test
  void clickingAToken_showsItInTheInspectorWithItsHistory(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(5));
    robot.clickOn("#" + Ids.token(7));
    assertEquals("G7 receiveCakeAndPack", page.text(Ids.INSPECTOR_TITLE));
    assertTrue(page.text(Ids.INSPECTOR_DETAILS).contains("state: waiting [chan receive] · cs"), page.text(Ids.INSPECTOR_DETAILS));
    javafx.scene.control.ListView<?> history = page.node(Ids.INSPECTOR_HISTORY);
    assertEquals(List.of(2, 4, 5, 8, 9, 11, 12, 13), history.getItems());
  }

  @Test
  void codePane_marksEachGoroutinesLine(FxRobot robot) {
    page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(2));
    dev.gorolab.ui.view.CodeView code = page.node(Ids.CODE);
    assertEquals(List.of(6), code.goroutinesAt(21));
    assertEquals(List.of(7), code.goroutinesAt(28));
    assertEquals(List.of(1), code.goroutinesAt(13));
  }

  @Test
  void recentFiles_rememberOpenedFilesNewestFirst(FxRobot robot) {
    robot.interact(() -> vm.open(dir.resolve("spawn.json")));
    assertEquals(List.of(dir.resolve("spawn.json").toAbsolutePath(), dir.resolve("cake.json").toAbsolutePath()), vm.recentFiles());
    assertEquals(dir.toAbsolutePath().toString(), prefs.get("lastFolder", null));
  }

  @Test
  void clickOnTheTimeline_seeksToThatStep(FxRobot robot) {
    page = new AppPage(robot);
    javafx.scene.layout.Region timeline = page.node(Ids.TIMELINE);
    javafx.geometry.Bounds b = timeline.localToScreen(timeline.getBoundsInLocal());
    robot.clickOn(b.getMaxX() - 6, b.getMinY() + 8);
    assertEquals("step 19 / 19", page.step());
  }

  @Test
  void timeAxis_clickSeeksToTheLastStepAtThatInstant(FxRobot robot) {
    page = new AppPage(robot);
    key(robot, KeyCode.T);
    javafx.scene.layout.Region timeline = page.node(Ids.TIMELINE);
    javafx.geometry.Bounds b = timeline.localToScreen(timeline.getBoundsInLocal());
    // Half way through the run is 0.5s: every step before the timer fires at 1s happened at 0s.
    double left = b.getMinX() + 0.9 * 16 * 3.2;
    robot.clickOn((left + b.getMaxX() - 4) / 2, b.getMinY() + 8);
    assertEquals("step 15 / 19", page.step());
  }

  @Test
  void launcher_sendsCliCommandsToTheCommandLine() {
    assertTrue(dev.gorolab.ui.Launcher.isCommandLine(new String[] {"run", "cake.json"}));
    assertTrue(dev.gorolab.ui.Launcher.isCommandLine(new String[] {"export", "x"}));
    for (String help : new String[] {"help", "-h", "--help"}) {
      // usage on stdout without touching JavaFX, so it works headless too
      assertTrue(dev.gorolab.ui.Launcher.isCommandLine(new String[] {help}), help);
    }
    assertFalse(dev.gorolab.ui.Launcher.isCommandLine(new String[] {"cake.json"}));
    assertFalse(dev.gorolab.ui.Launcher.isCommandLine(new String[0]));
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("condition not reached in 10 s", e);
    }
  }

  @SuppressWarnings("unused")
  private static List<Window> windows() {
    return Window.getWindows();
  }
}
