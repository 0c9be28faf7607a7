package dev.gorolab.test.ui;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.SeedOutcomesViewModel;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;

/**
 * Development aid, not a test: the wall time of Explore ▸ Outcomes over seeds on 1 and on N worker
 * threads, through the app's own view model.
 * {@code java -cp <test classes>:<gorolab.jar> dev.gorolab.test.ui.SeedOutcomesBenchmark ID FIRST LAST THREADS...}
 */
public final class SeedOutcomesBenchmark {
  private SeedOutcomesBenchmark() {}

  public static void main(String[] args) throws Exception {
    ExecutorService ui = Executors.newSingleThreadExecutor();
    I18n i18n = new I18n(Locale.ENGLISH);
    MainViewModel vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, ui::execute,
        Preferences.userRoot().node("dev/gorolab/seedbenchmark"), i18n);
    ui.submit(() -> vm.openBundled(args[0])).get();
    while (vm.scenarioProperty().get() == null) {
      Thread.sleep(10);
    }
    long first = Long.parseLong(args[1]);
    long last = Long.parseLong(args[2]);
    for (int round = 0; round < 2; round++) {
      for (int a = 3; a < args.length; a++) {
        int threads = Integer.parseInt(args[a]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SeedOutcomesViewModel seeds = new SeedOutcomesViewModel(vm, i18n);
        seeds.setWorkers(pool, threads);
        CountDownLatch done = new CountDownLatch(1);
        long start = System.nanoTime();
        ui.submit(() -> {
          seeds.runningProperty().addListener((obs, old, now) -> {
            if (!now) {
              done.countDown();
            }
          });
          seeds.compute(first, last);
        }).get();
        done.await();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%s seeds %d..%d, %d thread(s): %d ms, %d outcomes (round %d)%n", args[0], first, last,
            threads, ms, seeds.rows().stream().filter(r -> !r.goOnly()).count(), round + 1);
        pool.shutdown();
      }
    }
    ui.shutdown();
  }
}
