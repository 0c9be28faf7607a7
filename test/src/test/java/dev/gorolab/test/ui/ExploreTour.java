package dev.gorolab.test.ui;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PairViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Development aid, as {@link AppTour}, for be-the-scheduler, race marks and side by side:
 * {@code java -cp <test classes>:<gorolab.jar> dev.gorolab.test.ui.ExploreTour OUT WxH SCRIPT}
 * with commands separated by {@code ;}: {@code open ID|FILE}, {@code procs N}, {@code bar} (the
 * scheduler's setup), {@code be go|any FREE|DEADLOCK|LOST_UPDATE}, {@code choose N} (1-based),
 * {@code finish}, {@code end}, {@code step N}, {@code zh}, {@code dark}, {@code zoom Z}, {@code key F6},
 * {@code pair A B} (side by side, e.g. {@code pair gomaxprocs=1 gomaxprocs=2}), {@code div}, {@code follow G},
 * {@code pairstep K}, {@code shot NAME} (the main window), {@code pairshot NAME}; the Outcomes window:
 * {@code seeds A B} (outcomes over seeds A..B), {@code seedopen K} (open the K-th one's first seed),
 * {@code everyschedule} (its explore tab), {@code search go|any [MAXRUNS]} (search it),
 * {@code outcomepick K} (scroll to the K-th outcome and select it), {@code outcomeopen K} (open its schedule), {@code outcomessize W H}, {@code outcomesscroll K} (row K at
 * the top), {@code outcomesshot NAME}.
 * Not a test: it writes pictures to look at.
 */
public final class ExploreTour {
  private ExploreTour() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String[] size = args[1].split("x");
    Files.createDirectories(out);
    CountDownLatch done = new CountDownLatch(1);
    Platform.startup(() -> { });
    Platform.runLater(() -> {
      try {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        I18n i18n = new I18n(Locale.ENGLISH);
        MainViewModel vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run,
            Preferences.userRoot().node("dev/gorolab/exploretour"), i18n);
        MainWindow w = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        stage.show();
        vm.openDefault();
        PairViewModel pair = null;
        for (String command : args[2].split(";")) {
          String c = command.strip();
          String[] p = c.split(" ");
          switch (p[0]) {
            case "open" -> {
              if (!vm.openBundled(p[1])) {
                vm.open(Path.of(p[1]));
              }
            }
            case "procs" -> {
              vm.gomaxprocsProperty().set(Integer.parseInt(p[1]));
              vm.rerun();
            }
            case "bar" -> w.showScheduler();
            case "be" -> {
              w.showScheduler();
              w.scheduler().start(ExploreMode.of(p[1]), SchedulerViewModel.Goal.valueOf(p[2]));
            }
            case "choose" -> w.scheduler().chooseNumber(Integer.parseInt(p[1]));
            case "finish" -> w.scheduler().finish();
            case "end" -> vm.player().toEnd();
            case "step" -> vm.player().seek(Integer.parseInt(p[1]) - 1);
            case "zh" -> w.toggleLanguage();
            case "dark" -> w.toggleTheme();
            case "zoom" -> w.setZoom(Double.parseDouble(p[1]));
            case "key" -> w.scene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.valueOf(p[1]), false, false, false, false));
            case "pair" -> {
              pair = w.showPair();
              pair.sideAProperty().set(p[1]);
              pair.sideBProperty().set(p[2]);
              pair.run(vm.scenarioProperty().get());
            }
            case "div" -> pair.toDivergence();
            case "follow" -> pair.syncGoroutineProperty().set(Integer.parseInt(p[1]));
            case "pairstep" -> pair.seek(Integer.parseInt(p[1]));
            case "shot" -> AppTour.shoot(w.scene(), out.resolve(p[1] + ".png"));
            case "seeds" -> {
              w.showSeedOutcomes();
              w.seedOutcomes().compute(Long.parseLong(p[1]), Long.parseLong(p[2]));
            }
            case "everyschedule" -> w.showExploreOutcomes();
            case "search" -> {
              w.showExploreOutcomes();
              // as the class does: the flavour's radio button, then Search
              ((javafx.scene.control.RadioButton) w.outcomesStage().getScene().lookup("#" + (ExploreMode.of(p[1]) == ExploreMode.ANY
                  ? dev.gorolab.ui.view.Ids.OUTCOMES_MODE_ANY : dev.gorolab.ui.view.Ids.OUTCOMES_MODE_GO))).setSelected(true);
              if (p.length > 2) {
                w.outcomes().setMaxRuns(Integer.parseInt(p[2]));
              }
              w.outcomes().search();
            }
            case "outcomepick" -> {
              var list = (javafx.scene.control.ListView<?>) w.outcomesStage().getScene().lookup("#" + dev.gorolab.ui.view.Ids.OUTCOMES_LIST);
              list.scrollTo(Integer.parseInt(p[1]) - 1);
              list.getSelectionModel().select(Integer.parseInt(p[1]) - 1);
            }
            case "outcomeopen" -> w.outcomes().open(w.outcomes().rows().get(Integer.parseInt(p[1]) - 1));
            case "seedopen" -> w.seedOutcomes().open(w.seedOutcomes().rows().get(Integer.parseInt(p[1]) - 1));
            case "outcomessize" -> {
              w.outcomesStage().setWidth(Double.parseDouble(p[1]));
              w.outcomesStage().setHeight(Double.parseDouble(p[2]));
            }
            case "outcomesscroll" -> ((javafx.scene.control.ListView<?>) w.outcomesStage().getScene()
                .lookup("#" + dev.gorolab.ui.view.Ids.SEEDS_LIST)).scrollTo(Integer.parseInt(p[1]) - 1);
            case "outcomesshot" -> AppTour.shoot(w.outcomesStage().getScene(), out.resolve(p[1] + ".png"));
            case "pairshot" -> {
              for (Window other : Window.getWindows()) {
                if (other != stage && other instanceof Stage st && st.getScene() != null
                    && st.getScene().getRoot() instanceof dev.gorolab.ui.view.PairView) {
                  AppTour.shoot(st.getScene(), out.resolve(p[1] + ".png"));
                }
              }
            }
            case "" -> { }
            default -> throw new IllegalArgumentException("unknown tour command: " + c);
          }
        }
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        done.countDown();
      }
    });
    done.await();
    Platform.exit();
  }

}
