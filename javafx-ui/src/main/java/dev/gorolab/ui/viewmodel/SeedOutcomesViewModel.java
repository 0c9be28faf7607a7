package dev.gorolab.ui.viewmodel;

import dev.gorolab.sim.outcome.GoDistribution;
import dev.gorolab.sim.outcome.SeedOutcomes;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Outcomes window's "over seeds" list: the open program run once per seed of a range at the
 * GOMAXPROCS now set, each distinct outcome with how many seeds gave it, its share and its seeds,
 * beside real Go's share when a recording sits next to the program. It is the computation of
 * {@code gorolab run FILE --outcomes --gomaxprocs N --seeds A..B} ({@link SeedOutcomes}): the
 * seeds are independent runs, made on the workers (several threads in the app, so both cores
 * work) and grouped in seed order, so the list is the command line's whatever the threads did.
 * Opening an outcome records its first seed in the lecture window. FX thread only.
 */
public final class SeedOutcomesViewModel {
  /** The range a lecturer gets without typing: the command line's default. */
  public static final long DEFAULT_FIRST = 1;
  public static final long DEFAULT_LAST = 100;
  /** The most seeds one computation in the app runs (the command line takes 100,000). */
  public static final int MAX_SEEDS = 10_000;

  /** The most of real Go's outputs that no seed gave listed after the seeds' own (the status counts them all). */
  public static final int GO_ONLY_SHOWN = 5;

  /**
   * One distinct outcome over the seeds, numbered from 1, most common first; after them, with no
   * seeds, the most common of real Go's outputs that no seed gave ({@link #goOnly()}).
   */
  public record Row(int number, SeedOutcomes.Outcome outcome, long seedsRun, int gomaxprocs, int goCount, int goRuns) {
    /** Whether this is one of real Go's outputs that none of the seeds gave. */
    public boolean goOnly() {
      return outcome.seeds().isEmpty();
    }

    /** The outcome's share of the seeds run, 0..1. */
    public double share() {
      return (double) outcome.count() / seedsRun;
    }

    /** Real Go's share of it, 0..1, or -1 without a recording. */
    public double goShare() {
      return goRuns == 0 ? -1 : (double) goCount / goRuns;
    }
  }

  /** What the status line says: a message key and its arguments, formatted in the language shown. */
  public record Status(String key, List<Object> args, boolean error) {
    static Status of(String key, Object... args) {
      return new Status(key, List.of(args), false);
    }
  }

  private final MainViewModel main;
  private final I18n i18n;
  private final StringProperty firstText = new SimpleStringProperty(Long.toString(DEFAULT_FIRST));
  private final StringProperty lastText = new SimpleStringProperty(Long.toString(DEFAULT_LAST));
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.of("seeds.ready"));
  private final StringBinding statusText;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private Executor workers;
  private int parallelism = 1;
  private AtomicBoolean cancelled = new AtomicBoolean();
  private long generation;

  public SeedOutcomesViewModel(MainViewModel main, I18n i18n) {
    this.main = main;
    this.i18n = i18n;
    this.workers = main.exploreExecutor();
    this.statusText = i18n.bind(() -> {
      Status s = status.get();
      return i18n.get(s.key(), s.args().toArray());
    }, status);
    // A list belongs to the program it was made from: another program (or the file reloaded) drops it.
    main.scenarioProperty().addListener((obs, old, now) -> {
      if (old != now && (!rows.isEmpty() || running.get())) {
        cancelled.set(true);
        generation++;
        rows.clear();
        running.set(false);
        status.set(Status.of("seeds.stale"));
      }
    });
  }

  /**
   * Where the seeds run, and on how many of its threads at once: the app passes a pool as large as
   * the machine's cores; by default the explorer's executor, one seed after another.
   */
  public void setWorkers(Executor executor, int threads) {
    workers = executor;
    parallelism = Math.max(1, threads);
  }

  /** Runs the seeds typed in the two fields; false (and a status saying why) when they are no range. */
  public boolean compute() {
    long first;
    long last;
    try {
      first = Long.parseLong(firstText.get().strip());
      last = Long.parseLong(lastText.get().strip());
    } catch (NumberFormatException e) {
      return refuse();
    }
    if (first < 0 || last < first || last - first >= MAX_SEEDS) {
      return refuse();
    }
    return compute(first, last);
  }

  private boolean refuse() {
    status.set(new Status("seeds.badRange", List.of(String.valueOf(firstText.get()).strip(),
        String.valueOf(lastText.get()).strip(), MAX_SEEDS), true));
    return false;
  }

  /** Runs seeds {@code first..last} of the open program at the GOMAXPROCS now set, in the background. */
  public boolean compute(long first, long last) {
    LoadedScenario s = main.scenarioProperty().get();
    if (s == null || !(s.program() instanceof Program program) || first < 0 || last < first || last - first >= MAX_SEEDS) {
      return false;
    }
    firstText.set(Long.toString(first));
    lastText.set(Long.toString(last));
    cancelled.set(true);
    AtomicBoolean stop = new AtomicBoolean();
    cancelled = stop;
    long gen = ++generation;
    int procs = main.gomaxprocsProperty().get();
    int n = (int) (last - first + 1);
    int tasks = Math.min(parallelism, n);
    SeedOutcomes.SeedRun[] runs = new SeedOutcomes.SeedRun[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    int every = Math.max(1, n / 100);
    rows.clear();
    running.set(true);
    status.set(Status.of("seeds.running", "0", Integer.toString(n)));
    for (int t = 0; t < tasks; t++) {
      workers.execute(() -> {
        try {
          for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
            runs[i] = SeedOutcomes.run(program, procs, first + i, RunSettings.DEFAULT_MAX_STEPS, stop::get);
            int k = done.incrementAndGet();
            if (k % every == 0 && k < n) {
              main.ui().execute(() -> {
                if (gen == generation && running.get()) {
                  status.set(Status.of("seeds.running", Integer.toString(k), Integer.toString(n)));
                }
              });
            }
          }
        } catch (RecordingCancelledException e) {
          // Cancel: this worker stops within its run; the last one to stop says so below.
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
          stop.set(true);
        }
        // The last worker to stop groups what all of them ran (the counter orders their writes before this read).
        if (finished.incrementAndGet() == tasks) {
          finish(gen, s, procs, first, last, runs, stop.get(), done.get(), failure.get());
        }
      });
    }
    return true;
  }

  private void finish(long gen, LoadedScenario s, int procs, long first, long last, SeedOutcomes.SeedRun[] runs,
      boolean stopped, int done, RuntimeException failure) {
    if (failure != null) {
      String message = String.valueOf(failure.getMessage());
      deliver(gen, List.of(), new Status("error.run", List.of(message), true));
      return;
    }
    if (stopped) {
      deliver(gen, List.of(), Status.of("seeds.cancelled", Integer.toString(done), Integer.toString(runs.length)));
      return;
    }
    List<SeedOutcomes.Outcome> outcomes = SeedOutcomes.group(Arrays.asList(runs));
    GoDistribution go = main.backend().realGo(s, procs);
    List<Row> found = new ArrayList<>();
    for (SeedOutcomes.Outcome o : outcomes) {
      found.add(new Row(found.size() + 1, o, runs.length, procs,
          go == null ? 0 : go.count(o.stdout(), o.exit(), o.stderrFirstLine()), go == null ? 0 : go.runs()));
    }
    if (go != null) {
      // Go's own most common outputs the seeds missed: the class should see what real runs print too.
      List<GoDistribution.Entry> missed = new ArrayList<>();
      for (GoDistribution.Entry e : go.entries()) {
        if (outcomes.stream().noneMatch(o -> o.sameAs(e.stdout(), e.exit(), e.stderrFirstLine()))) {
          missed.add(e);
        }
      }
      missed.sort((a, b) -> Integer.compare(b.count(), a.count()));
      for (GoDistribution.Entry e : missed.subList(0, Math.min(GO_ONLY_SHOWN, missed.size()))) {
        found.add(new Row(found.size() + 1, new SeedOutcomes.Outcome(e.stdout(), e.exit(), e.stderrFirstLine(), List.of()),
            runs.length, procs, e.count(), go.runs()));
      }
    }
    Status summary;
    if (go == null) {
      summary = Status.of("seeds.done", outcomes.size(), Long.toString(first), Long.toString(last), procs);
    } else {
      GoDistribution.Missing missing = go.missing(outcomes);
      summary = Status.of("seeds.doneGo", outcomes.size(), Long.toString(first), Long.toString(last), procs,
          go.entries().size(), go.runs(), missing.outcomes(), percent((double) missing.runs() / go.runs()),
          String.format(Locale.ROOT, "%.3f", go.totalVariation(outcomes)));
    }
    deliver(gen, found, summary);
  }

  private void deliver(long gen, List<Row> found, Status summary) {
    main.ui().execute(() -> {
      if (gen == generation) {
        rows.setAll(found);
        status.set(summary);
        running.set(false);
      }
    });
  }

  /** Stops the computation: every worker ends the run it is in at its next event. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Records {@code row}'s first seed, at the GOMAXPROCS it was computed with, in the lecture window;
   * an output only real Go gave has no seed to show, and a notice says so.
   */
  public void open(Row row) {
    if (row.goOnly()) {
      main.showNotice(i18n.get("seeds.goOnlyOpen", row.number()));
      return;
    }
    long seed = row.outcome().seeds().get(0);
    main.openSeed(row.gomaxprocs(), seed);
    main.showNotice(i18n.get("seeds.opened", Long.toString(seed), row.gomaxprocs(), row.number()));
  }

  /** A share as the list shows it: {@code 37.0 %}. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /** The seeds of {@code row} as the list shows them: the first dozen, then how many in all. */
  public String seedsText(Row row) {
    if (row.goOnly()) {
      return i18n.get("seeds.goOnly");
    }
    List<Long> seeds = row.outcome().seeds();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(12, seeds.size()); i++) {
      b.append(i == 0 ? "" : ", ").append(seeds.get(i));
    }
    if (seeds.size() > 12) {
      b.append(", … (").append(seeds.size()).append(')');
    }
    return i18n.get("seeds.list", b.toString());
  }

  /** The first field: the first seed, as typed. */
  public StringProperty firstTextProperty() {
    return firstText;
  }

  /** The second field: the last seed, as typed. */
  public StringProperty lastTextProperty() {
    return lastText;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The status line in the language shown. */
  public StringBinding statusText() {
    return statusText;
  }

  /** The outcomes of the last computation, most common first, then real Go's outputs no seed gave. */
  public ObservableList<Row> rows() {
    return rowsView;
  }
}
