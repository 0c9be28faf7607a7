package dev.gorolab.test.ui;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;

/**
 * Development aid for judging the lecture window as a class sees it, on a real display (Xvfb):
 * {@code java -cp <modules' classes>:<gorolab.jar> dev.gorolab.test.ui.AppTour OUT WxH SCRIPT}
 * where SCRIPT is a list of commands separated by {@code ;}: {@code open ID}, {@code step N},
 * {@code zoom Z}, {@code dark}, {@code zh}, {@code procs N}, {@code seed S}, {@code select G},
 * {@code key F6}, {@code outcomes MAXRUNS} (search in mode any, picture of the Outcomes window),
 * {@code watch N} (replay outcome N), {@code shot NAME}.
 * Not a test: it asserts nothing; the tests check behaviour, this writes pictures to look at.
 */
public final class AppTour {
  private AppTour() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String[] size = args[1].split("x");
    double width = Double.parseDouble(size[0]);
    double height = Double.parseDouble(size[1]);
    Files.createDirectories(out);
    CountDownLatch done = new CountDownLatch(1);
    Platform.startup(() -> { });
    Platform.runLater(() -> {
      try {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        I18n i18n = new I18n(Locale.ENGLISH);
        MainViewModel vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run,
            Preferences.userRoot().node("dev/gorolab/apptour"), i18n);
        MainWindow w = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        vm.openDefault();
        for (String command : args[2].split(";")) {
          String c = command.strip();
          String arg = c.contains(" ") ? c.substring(c.indexOf(' ') + 1).strip() : "";
          Consumer<String> unknown = x -> {
            throw new IllegalArgumentException("unknown tour command: " + x);
          };
          switch (c.split(" ")[0]) {
            case "open" -> vm.openBundled(arg);
            case "step" -> vm.player().seek(Integer.parseInt(arg) - 1);
            case "zoom" -> w.setZoom(Double.parseDouble(arg));
            case "dark" -> w.toggleTheme();
            case "zh" -> w.toggleLanguage();
            case "procs" -> {
              vm.gomaxprocsProperty().set(Integer.parseInt(arg));
              vm.rerun();
            }
            case "seed" -> vm.applySeed(arg);
            case "select" -> vm.player().select(Integer.parseInt(arg));
            case "key" -> w.scene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.valueOf(arg), false, false, false, false));
            case "outcomes" -> {
              w.outcomes().setMaxRuns(Integer.parseInt(arg));
              w.outcomes().modeProperty().set(dev.gorolab.sim.explore.ExploreMode.ANY);
              w.showOutcomes();
              w.outcomes().search();
              for (javafx.stage.Window other : javafx.stage.Window.getWindows()) {
                if (other != stage && other instanceof Stage st && st.getScene() != null) {
                  st.getScene().getRoot().applyCss();
                  st.getScene().getRoot().layout();
                  ImageIO.write(SwingFXUtils.fromFXImage(st.getScene().snapshot(null), null), "png",
                      new File(out.resolve("outcomes-window.png").toString()));
                }
              }
            }
            case "watch" -> w.outcomes().open(w.outcomes().rows().get(Integer.parseInt(arg) - 1));
            case "shot" -> shoot(w.scene(), out.resolve(arg + ".png"));
            case "follow" -> vm.player().follow(Integer.parseInt(arg));
            case "jump" -> vm.player().jump(dev.gorolab.ui.viewmodel.Jumps.Kind.valueOf(arg), false);
            case "legend" -> w.showLegend();
            case "rule" -> w.showRule(arg);
            case "helpshot" -> {
              var root = w.helpWindow().stage().getScene().getRoot();
              root.applyCss();
              root.layout();
              ImageIO.write(SwingFXUtils.fromFXImage(w.helpWindow().stage().getScene().snapshot(null), null), "png",
                  new File(out.resolve(arg + ".png").toString()));
            }
            case "" -> { }
            default -> unknown.accept(c);
          }
        }
        stage.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        done.countDown();
      }
    });
    done.await();
    Platform.exit();
  }

  /** Writes the scene as a PNG once its styles and layout have settled (ExploreTour shares it). */
  static void shoot(Scene scene, Path file) throws Exception {
    for (int i = 0; i < 3; i++) {
      scene.getRoot().applyCss();
      scene.getRoot().layout();
    }
    ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(file.toString()));
  }
}
