package dev.gorolab.test.ui;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Benchmark, not a test: opens a program in the lecture window on a real display (Xvfb), as the app
 * does (recording on a thread of its own), and measures what a lecturer waits for and sees:
 *
 * <ul>
 *   <li>the time from Open to the run on screen (the first frame drawn after the run arrived), and
 *       the process's resident memory then;
 *   <li>frame times while the step slider is dragged with the mouse across its whole length and
 *       back: the mouse (the toolkit's robot) moves the thumb at 200 moves a second, at the speed of
 *       a drag that takes {@code DRAG_SECONDS} one way; a pulse listener ({@link AnimationTimer})
 *       notes the time of every frame. Prints the median and 95th percentile frame time, frames a
 *       second and how many distinct steps were shown.
 * </ul>
 *
 * <pre>
 * Xvfb :99 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:99 java -XX:+UseParallelGC --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
 *     -cp "test/target/test-classes:javafx-ui/target/gorolab.jar" dev.gorolab.test.ui.ScrubBenchmark \
 *     test/src/test/resources/bench/ping-pong.go [DRAG_SECONDS [SHOTS_DIR]]
 * </pre>
 *
 * With SHOTS_DIR it also writes pictures of the window while recording (English, then Chinese) and
 * of the run once shown. The numbers are in docs/benchmarks.md.
 */
public final class ScrubBenchmark {
  /** {@code -Dscrub.values=true}: set the slider's value instead of moving the mouse. */
  private static final boolean ROBOT = !Boolean.getBoolean("scrub.values");

  private ScrubBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    double dragSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
    Path shots = args.length > 2 ? Path.of(args[2]) : null;
    if (shots != null) {
      Files.createDirectories(shots);
    }
    ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gorolab-recorder");
      t.setDaemon(true);
      return t;
    });
    ExecutorService explorer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gorolab-explorer");
      t.setDaemon(true);
      return t;
    });
    Platform.startup(() -> { });
    CountDownLatch shown = new CountDownLatch(1);
    Object[] window = new Object[2];
    long[] openedAt = new long[1];
    long[] shownAt = new long[1];
    Platform.runLater(() -> {
      Stage stage = new Stage(StageStyle.UNDECORATED);
      I18n i18n = new I18n(Locale.ENGLISH);
      MainViewModel vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), recorder, explorer,
          Platform::runLater, Preferences.userRoot().node("dev/gorolab/scrubbench"), i18n);
      MainWindow w = new MainWindow(stage, vm, i18n, MainWindow.Timing.LECTURE);
      javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(screen.getWidth());
      stage.setHeight(screen.getHeight());
      stage.show();
      window[0] = vm;
      window[1] = w;
      vm.player().traceProperty().addListener((obs, old, now) -> {
        // The run is on screen once a frame has been drawn after it arrived: the second pulse.
        new AnimationTimer() {
          int pulses;

          @Override
          public void handle(long now) {
            if (++pulses == 2) {
              shownAt[0] = System.nanoTime();
              stop();
              shown.countDown();
            }
          }
        }.start();
      });
      openedAt[0] = System.nanoTime();
      vm.open(file);
    });
    MainViewModel vm;
    MainWindow w;
    while (window[1] == null) {
      Thread.sleep(10);
    }
    vm = (MainViewModel) window[0];
    w = (MainWindow) window[1];
    if (shots != null) {
      // While recording: the progress bar in English, then in Chinese.
      Thread.sleep(6000);
      onFx(() -> AppTour.shoot(w.scene(), shots.resolve("recording-en.png")));
      onFx(w::toggleLanguage);
      Thread.sleep(1500);
      onFx(() -> AppTour.shoot(w.scene(), shots.resolve("recording-zh.png")));
      onFx(w::toggleLanguage);
    }
    if (!shown.await(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the run did not arrive");
    }
    System.out.printf(Locale.ROOT, "OPEN %s: %.1f s from Open to the run on screen, %,d steps; %s%n", file,
        (shownAt[0] - openedAt[0]) / 1e9, vm.player().stepCountProperty().get(), memory());
    if (shots != null) {
      onFx(() -> AppTour.shoot(w.scene(), shots.resolve("shown-en.png")));
      onFx(w::toggleLanguage);
      Thread.sleep(500);
      onFx(() -> AppTour.shoot(w.scene(), shots.resolve("shown-zh.png")));
      onFx(w::toggleLanguage);
    }
    // The app looks for data races in a second run of the program on the explorer's thread once
    // the run is shown; the first drag goes on meanwhile, the second once that run is done.
    if (Boolean.getBoolean("scrub.regions")) {
      onFx(() -> listCachedBackgrounds(w.scene().getRoot(), ""));
    }
    Thread.sleep(1000);
    idle(3);
    drag(vm, w, dragSeconds, true);
    drag(vm, w, dragSeconds, false);
    explorer.submit(() -> { }).get();
    System.out.printf(Locale.ROOT, "race detection done %.1f s after the run was shown; %s%n", (System.nanoTime() - shownAt[0]) / 1e9,
        memory());
    idle(3);
    drag(vm, w, dragSeconds, true);
    drag(vm, w, dragSeconds, false);
    System.out.printf(Locale.ROOT, "after scrubbing: %s%n", memory());
    if (shots != null) {
      onFx(() -> AppTour.shoot(w.scene(), shots.resolve("scrubbed-en.png")));
    }
    Platform.exit();
    System.exit(0);
  }

  /**
   * Prints the large regions whose background has more than one fill: the software renderer
   * draws those from a cached bitmap stretched over the region, slowly.
   */
  private static void listCachedBackgrounds(javafx.scene.Parent p, String path) {
    for (Node n : p.getChildrenUnmodifiable()) {
      String here = path + "/" + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
      if (n instanceof javafx.scene.layout.Region r && r.isVisible() && r.getBackground() != null && r.getBackground().getFills().size() > 1
          && r.getWidth() * r.getHeight() > 20_000) {
        System.out.printf(Locale.ROOT, "REGION %.0fx%.0f fills=%d %s%n", r.getWidth(), r.getHeight(), r.getBackground().getFills().size(), here);
        for (var f : r.getBackground().getFills()) {
          System.out.println("   fill " + f.getFill() + " insets " + f.getInsets() + " radii " + f.getRadii().isUniform());
        }
        System.out.println("   padding " + r.getPadding() + " border " + (r.getBorder() == null ? "none" : r.getBorder().getStrokes().size()));
      }
      if (n instanceof javafx.scene.Parent q) {
        listCachedBackgrounds(q, here);
      }
    }
  }

  /** Frame times with nothing to do: what the renderer alone allows on this display. */
  private static void idle(double seconds) throws Exception {
    List<Long> frames = Collections.synchronizedList(new ArrayList<>());
    AnimationTimer timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        frames.add(System.nanoTime());
      }
    };
    onFx(timer::start);
    Thread.sleep((long) (seconds * 1000));
    onFx(timer::stop);
    report("IDLE", frames, seconds, "");
  }

  private static void report(String what, List<Long> frames, double elapsed, String more) {
    long[] gaps;
    synchronized (frames) {
      gaps = new long[frames.size() - 1];
      for (int i = 1; i < frames.size(); i++) {
        gaps[i - 1] = frames.get(i) - frames.get(i - 1);
      }
    }
    java.util.Arrays.sort(gaps);
    System.out.printf(Locale.ROOT, "%s: %d frames in %.1f s (%.1f fps); frame time median %.1f ms, p95 %.1f ms, worst %.1f ms%s%n",
        what, frames.size(), elapsed, frames.size() / elapsed, gaps[gaps.length / 2] / 1e6, gaps[(int) (gaps.length * 0.95)] / 1e6,
        gaps[gaps.length - 1] / 1e6, more);
  }

  /** Drags the slider's thumb from one end to the other with the mouse and prints the frame times. */
  private static void drag(MainViewModel vm, MainWindow w, double seconds, boolean forward) throws Exception {
    double[] track = new double[3];
    javafx.scene.control.Slider slider = (javafx.scene.control.Slider) w.scene().lookup("#" + Ids.SCRUBBER);
    onFx(() -> {
      Node thumb = slider.lookup(".thumb");
      Bounds s = slider.localToScreen(slider.getBoundsInLocal());
      Bounds t = thumb.localToScreen(thumb.getBoundsInLocal());
      // The thumb's centre runs from half a thumb inside the left end to half a thumb inside the right.
      track[0] = s.getMinX() + t.getWidth() / 2;
      track[1] = s.getMaxX() - t.getWidth() / 2;
      track[2] = t.getCenterY();
      Robot robot = new Robot();
      if (ROBOT) {
        robot.mouseMove(t.getCenterX(), t.getCenterY());
        robot.mousePress(MouseButton.PRIMARY);
      }
    });
    List<Long> frames = Collections.synchronizedList(new ArrayList<>());
    java.util.Set<Integer> stepsShown = Collections.synchronizedSet(new java.util.HashSet<>());
    AnimationTimer timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        frames.add(System.nanoTime());
        stepsShown.add(vm.player().stepProperty().get());
      }
    };
    onFx(timer::start);
    long start = System.nanoTime();
    AtomicBoolean pending = new AtomicBoolean();
    int moves = 0;
    while (true) {
      double f = (System.nanoTime() - start) / 1e9 / seconds;
      if (f >= 1) {
        break;
      }
      double x = forward ? track[0] + f * (track[1] - track[0]) : track[1] - f * (track[1] - track[0]);
      // At most one move waits for the FX thread, as a mouse's motion events are merged while the
      // application is busy.
      if (pending.compareAndSet(false, true)) {
        Platform.runLater(() -> {
          if (ROBOT) {
            new Robot().mouseMove(x, track[2]);
          } else {
            slider.setValue(slider.getMin() + (x - track[0]) / (track[1] - track[0]) * (slider.getMax() - slider.getMin()));
          }
          pending.set(false);
        });
        moves++;
      }
      Thread.sleep(5);
    }
    onFx(() -> {
      if (ROBOT) {
        Robot robot = new Robot();
        robot.mouseMove(forward ? track[1] : track[0], track[2]);
        robot.mouseRelease(MouseButton.PRIMARY);
      }
    });
    Thread.sleep(500);
    onFx(timer::stop);
    double elapsed = (System.nanoTime() - start) / 1e9;
    report("DRAG " + (forward ? "forward" : "backward") + (ROBOT ? "" : " (values)"), frames, elapsed,
        String.format(Locale.ROOT, "; %d moves, %d distinct steps shown", moves, stepsShown.size()));
  }

  private interface FxAction {
    void run() throws Exception;
  }

  private static void onFx(FxAction action) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    Exception[] failed = new Exception[1];
    Platform.runLater(() -> {
      try {
        action.run();
      } catch (Exception e) {
        failed[0] = e;
      } finally {
        done.countDown();
      }
    });
    done.await();
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  /** The process's resident memory now and at its peak, from /proc. */
  private static String memory() throws IOException {
    String rss = "?";
    String peak = "?";
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = line.substring(6).strip();
      } else if (line.startsWith("VmHWM:")) {
        peak = line.substring(6).strip();
      }
    }
    Runtime rt = Runtime.getRuntime();
    return "RSS " + rss + " (peak " + peak + "), heap used " + (rt.totalMemory() - rt.freeMemory()) / (1 << 20) + " MiB";
  }
}
