package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app on the real scenario loader and bundled library; runs are scripted traces. */
@ExtendWith(ApplicationExtension.class)
class RealLoaderAppTest {
  private static final String CAKE = "/dev/gorolab/scenario/library/cake/";
  private MainViewModel vm;
  private Preferences prefs;
  private Path dir;

  @Start
  void start(Stage stage) throws Exception {
    dir = Files.createTempDirectory("gorolab-real");
    prefs = Preferences.userRoot().node("dev/gorolab/test/real-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    ScenarioModuleBackend backend = new ScenarioModuleBackend((program, settings, listener) -> TestTraces.cakeOneP());
    vm = new MainViewModel(backend, Runnable::run, Runnable::run, prefs, i18n);
    new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openDefault();
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  /** Copies the bundled cake scenario (texts and its Go file) into the temp folder, edited. */
  private Path copyCake(String json, String goSource) throws Exception {
    Files.writeString(dir.resolve("cake.go"), goSource, StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve("cake.json"), json, StandardCharsets.UTF_8);
  }

  private static String resource(String path) throws Exception {
    try (var in = RealLoaderAppTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void noArgument_opensTheBundledCakeScenarioWithItsGoSource(FxRobot robot) {
    AppPage page = new AppPage(robot);
    assertEquals("Cake maker and packer", page.title());
    ListView<?> code = page.node(Ids.CODE);
    assertTrue(code.getItems().contains("package main"));
  }

  @Test
  void goFileWithUndefinedChannel_showsGosMessageAndLine_andTheCakeStays(FxRobot robot) throws Exception {
    String go = resource(CAKE + "cake.go");
    Path bad = copyCake(resource(CAKE + "cake.json"), go.replace("\t\tch <- cakeName", "\t\tcs2 <- cakeName"));
    robot.interact(() -> vm.player().seek(3));
    robot.interact(() -> vm.open(bad));
    String text = robot.lookup("#" + Ids.LOAD_ERROR_TEXT).<TextArea>query().getText();
    assertTrue(text.startsWith("cake.go:20:3: undefined: cs2"), text);
    assertTrue(text.contains("cs2 <- cakeName"), text);
    assertEquals("Cake maker and packer", new AppPage(robot).title());
    assertEquals(3, vm.player().stepProperty().get());
  }

  @Test
  void goodFile_opensAndIsRemembered(FxRobot robot) throws Exception {
    Path good = copyCake(resource(CAKE + "cake.json").replace("Cake maker and packer", "My cakes"), resource(CAKE + "cake.go"));
    robot.interact(() -> vm.open(good));
    assertEquals("My cakes", new AppPage(robot).title());
    assertEquals(good.toAbsolutePath(), vm.recentFiles().get(0));
  }
}
