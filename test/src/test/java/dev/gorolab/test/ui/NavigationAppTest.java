package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.CodeView;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.Jumps;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lecture window on the real pipeline: it opens at main's first statement, the Go menu's keys
 * jump to events of a kind, a followed goroutine stays marked in every pane across a re-run, and
 * an R-number beside the narration opens its glossary entry.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/nav-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openDefault();
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  private Trace trace() {
    return vm.player().traceProperty().get();
  }

  private int step() {
    return vm.player().stepProperty().get();
  }

  @Test
  void opens_atMainsFirstStatement_andHomeShowsTheStartUp(FxRobot robot) {
    AppPage page = new AppPage(robot);
    assertEquals("step 10 / " + trace().size(), page.step());
    assertTrue(page.narration().startsWith("The runtime's start-up is done"), page.narration());
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.HOME);
    assertEquals("step 0 / " + trace().size(), page.step());
    robot.press(KeyCode.SHIFT).type(KeyCode.HOME).release(KeyCode.SHIFT);
    assertEquals("step 10 / " + trace().size(), page.step());
  }

  @Test
  void keyB_goesToTheNextBlock_andShiftB_back(FxRobot robot) {
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.B);
    int first = step();
    assertInstanceOf(Event.GoroutineBlocked.class, trace().event(first));
    robot.type(KeyCode.B);
    int second = step();
    assertTrue(second > first);
    assertInstanceOf(Event.GoroutineBlocked.class, trace().event(second));
    robot.press(KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT);
    assertEquals(first, step());
  }

  @Test
  void goMenu_hasAnEntryForEveryJumpBothWays(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<String> ids = new ArrayList<>();
    bar.getMenus().stream().filter(m -> Ids.MENU_GO.equals(m.getId()))
        .forEach(m -> m.getItems().forEach(i -> ids.add(i.getId())));
    for (Jumps.Kind k : Jumps.Kind.values()) {
      assertTrue(ids.contains(Ids.jump(k, false)) && ids.contains(Ids.jump(k, true)), k + " in " + ids);
    }
    MenuItem steal = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> Ids.jump(Jumps.Kind.WAKE, false).equals(i.getId())).findFirst().orElseThrow();
    int before = step();
    robot.interact(steal::fire);
    assertTrue(step() > before);
    assertInstanceOf(Event.GoroutineReadied.class, trace().event(step()));
  }

  @Test
  void followedGoroutine_isMarkedInTheRuntimeViewAndCode_andStaysFollowedAfterARerun(FxRobot robot) {
    int created = trace().stepsOf(Event.GoroutineCreated.class).stream()
        .filter(i -> ((Event.GoroutineCreated) trace().event(i)).g() == 6).findFirst().orElseThrow();
    robot.interact(() -> vm.player().seek(created + 2));
    robot.clickOn("#" + Ids.token(6));
    robot.type(KeyCode.F);
    assertEquals(6, vm.player().followedProperty().get());
    Node token = robot.lookup("#" + Ids.token(6)).query();
    assertTrue(token.getStyleClass().contains("followed"), token.getStyleClass().toString());
    CodeView code = robot.lookup("#" + Ids.CODE).queryAs(CodeView.class);
    GoroutineState g6 = vm.player().snapshotProperty().get().goroutines().stream().filter(g -> g.id() == 6).findFirst().orElseThrow();
    assertEquals(g6.line(), code.followedLine());

    robot.interact(() -> vm.applySeed("7"));
    assertEquals(6, vm.player().followedProperty().get());
    Node again = robot.lookup("#" + Ids.token(6)).query();
    assertTrue(again.getStyleClass().contains("followed"), "after the re-run: " + again.getStyleClass());

    robot.clickOn("#" + Ids.NARRATION);
    robot.press(KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT);
    assertEquals(-1, vm.player().followedProperty().get());
    assertFalse(robot.lookup("#" + Ids.token(6)).query().getStyleClass().contains("followed"));
    assertEquals(-1, code.followedLine());
  }

  @Test
  void ruleBesideTheNarration_opensItsGlossaryEntry(FxRobot robot) {
    int created = trace().stepsOf(Event.GoroutineCreated.class).stream()
        .filter(i -> ((Event.GoroutineCreated) trace().event(i)).g() == 6).findFirst().orElseThrow();
    robot.interact(() -> vm.player().seek(created));
    assertTrue(new AppPage(robot).narration().contains("(R2.2)"));
    robot.clickOn("#" + Ids.ruleLink("R2.2"));
    assertEquals("R2.2", window.helpWindow().shownRule());
    assertTrue(window.helpWindow().stage().isShowing());
    robot.interact(() -> window.helpWindow().stage().hide());
  }

  @Test
  void f1_opensTheLegend(FxRobot robot) {
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F1);
    assertTrue(window.helpWindow().stage().isShowing());
    assertTrue(robot.lookup("#" + Ids.LEGEND_WINDOW).tryQuery().isPresent());
    robot.interact(() -> window.helpWindow().stage().hide());
  }
}
