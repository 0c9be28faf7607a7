package dev.gorolab.test.ui;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, skipped unless asked for: the FX-thread cost of one step (state, scene, CSS, layout)
 * on the 1,000-goroutine scenario. {@code ./mvnw -B verify -pl test -am -Dtest=UiStepBenchmark
 * -Dgorolab.stepbench=../javafx-ui/benchmark/thousand.json}. Frames per second on a real window
 * are measured with the app's benchmark mode (docs/app.md).
 */
class UiStepBenchmark {
  @Test
  @EnabledIfSystemProperty(named = "gorolab.stepbench", matches = ".+")
  void stepCost() throws Exception {
    try {
      Platform.startup(() -> { });
    } catch (IllegalStateException alreadyStarted) {
      // Another test class started the toolkit in this JVM.
    }
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        Stage stage = new Stage();
        I18n i18n = new I18n(Locale.ENGLISH);
        MainViewModel vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run,
            Preferences.userRoot().node("dev/gorolab/bench"), i18n);
        MainWindow w = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
        stage.show();
        vm.open(Path.of(System.getProperty("gorolab.stepbench")));
        for (int round = 0; round < 3; round++) {
          vm.player().seek(3600);
          var threads = java.lang.management.ManagementFactory.getThreadMXBean();
          long cpuStart = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          int steps = 300;
          for (int i = 0; i < steps; i++) {
            vm.player().stepForward();
            w.scene().getRoot().applyCss();
            w.scene().getRoot().layout();
          }
          double ms = (System.nanoTime() - start) / 1e6 / steps;
          double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / steps;
          System.out.printf(Locale.ROOT, "STEPBENCH round %d: %.2f ms wall, %.2f ms FX-thread CPU per step, live=%d%n", round, ms, cpuMs,
              vm.player().sceneProperty().get().liveGoroutines());
        }
        stage.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        done.countDown();
      }
    });
    done.await();
  }
}
