package dev.gorolab.test.ui;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Development aid, skipped unless asked for: opens the window on the scripted traces and writes
 * PNGs of several steps, both languages, zoom and the dark theme, so the views can be judged
 * without a display: {@code ./mvnw -B verify -pl test -am -Dtest=ScreenshotTour -Dgorolab.tour=/tmp/shots}.
 */
class ScreenshotTour {

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "gorolab.tour", matches = ".+")
  void writeScreenshots() throws Exception {
    Path out = Path.of(System.getProperty("gorolab.tour"));
    Files.createDirectories(out);
    CountDownLatch done = new CountDownLatch(1);
    try {
      Platform.startup(() -> { });
    } catch (IllegalStateException alreadyStarted) {
      // Another test class started the toolkit in this JVM.
    }
    Platform.runLater(() -> {
      try {
        Stage stage = new Stage();
        I18n i18n = new I18n(Locale.ENGLISH);
        MainViewModel vm = new MainViewModel(new ScriptedBackend(), Runnable::run, Runnable::run, Preferences.userRoot().node("dev/gorolab/tour"), i18n);
        MainWindow w = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
        stage.show();
        vm.openDefault();
        shoot(w, out.resolve("cake-start.png"));
        vm.player().seek(5);
        shoot(w, out.resolve("cake-step6.png"));
        vm.player().seek(8);
        vm.player().select(7);
        shoot(w, out.resolve("cake-step9-inspector.png"));
        w.toggleLanguage();
        shoot(w, out.resolve("cake-step9-zh.png"));
        w.toggleLanguage();
        w.setZoom(1.5);
        shoot(w, out.resolve("cake-step9-zoom.png"));
        w.setZoom(1.0);
        vm.gomaxprocsProperty().set(2);
        vm.rerun();
        vm.player().seek(6);
        shoot(w, out.resolve("cake-2p.png"));
        vm.open(vm.gallery().get(1));
        vm.player().toEnd();
        shoot(w, out.resolve("buffered-deadlock.png"));
        w.toggleTheme();
        shoot(w, out.resolve("buffered-dark.png"));
        stage.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        done.countDown();
      }
    });
    done.await();
  }

  private static void shoot(MainWindow w, Path file) throws Exception {
    w.scene().getRoot().applyCss();
    w.scene().getRoot().layout();
    var image = w.scene().snapshot(null);
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
  }
}
