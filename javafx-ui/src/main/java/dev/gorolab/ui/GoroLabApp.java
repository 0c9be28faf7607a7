package dev.gorolab.ui;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The lecture app: one window on a scenario file (the first argument) or the bundled default. */
public final class GoroLabApp extends Application {
  private ExecutorService recorder;
  private ExecutorService explorer;
  private ExecutorService seeds;

  @Override
  public void start(Stage stage) {
    recorder = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gorolab-recorder");
      t.setDaemon(true);
      return t;
    });
    // The explorer (outcomes, races, choice points) has its own thread: a search of thousands of
    // schedules must not keep the run on screen from being recorded.
    explorer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gorolab-explorer");
      t.setDaemon(true);
      return t;
    });
    Preferences prefs = Preferences.userNodeForPackage(GoroLabApp.class);
    I18n i18n = new I18n(Locale.getDefault());
    MainViewModel vm = new MainViewModel(
        new ScenarioModuleBackend(Simulation::record), recorder, explorer, Platform::runLater, prefs, i18n);
    MainWindow window = new MainWindow(stage, vm, i18n, MainWindow.Timing.LECTURE);
    // Outcomes over seeds: each seed is a run of its own, so they run on every core at once.
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    java.util.concurrent.atomic.AtomicInteger seedThreads = new java.util.concurrent.atomic.AtomicInteger();
    seeds = Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "gorolab-seeds-" + seedThreads.incrementAndGet());
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1);
      return t;
    });
    window.seedOutcomes().setWorkers(seeds, cores);
    // Fill the screen even without a window manager (Xvfb, some projector setups).
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    stage.setX(screen.getMinX());
    stage.setY(screen.getMinY());
    stage.setWidth(screen.getWidth());
    stage.setHeight(screen.getHeight());
    stage.setMaximized(true);
    stage.show();
    if (Boolean.getBoolean("gorolab.benchmark")) {
      // -Dgorolab.benchmark=true [-Dgorolab.benchmark.from=STEP]: see docs/app.md.
      int from = Integer.getInteger("gorolab.benchmark.from", 0);
      vm.player().traceProperty().addListener((obs, old, now) -> window.startBenchmark(from));
    }
    List<String> args = getParameters().getUnnamed();
    if (!args.isEmpty()) {
      Path file = Path.of(args.get(0));
      if (Files.isRegularFile(file)) {
        if (vm.open(file)) {
          return;
        }
      } else if (vm.openBundled(args.get(0))) {
        return;
      } else {
        System.err.println("gorolab: no such file or bundled scenario: " + args.get(0) + " (opening the default scenario)");
      }
    }
    vm.openDefault();
  }

  @Override
  public void stop() {
    if (recorder != null) {
      recorder.shutdownNow();
    }
    if (explorer != null) {
      explorer.shutdownNow();
    }
    if (seeds != null) {
      seeds.shutdownNow();
    }
  }
}
