package dev.gorolab.ui.viewmodel;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.Explorer;
import dev.gorolab.sim.program.Program;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Outcomes panel: every distinct outcome of the open program over its schedules, as
 * {@code gorolab explore} finds them, searched on the main view model's explore executor
 * (never the FX thread, nor the thread that records the run on screen) with progress and Cancel; opening one replays its schedule in the window.
 * The search runs fresh simulations of its own and never touches the window's run. FX thread only.
 */
public final class OutcomesViewModel {
  /** The most schedules one search in the app runs; the command line's --max-runs goes further. */
  public static final int MAX_RUNS = 20_000;
  static final int SUBTREES = 16;

  /** One distinct outcome: what it printed, how it ended, how many schedules reach it, one that does. */
  public record Row(int number, Explorer.Outcome outcome, long schedules, int[] choices, int gomaxprocs, ExploreMode mode) {}

  private final MainViewModel main;
  private final I18n i18n;
  private final ObjectProperty<ExploreMode> mode = new SimpleObjectProperty<>(ExploreMode.GO);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private int maxRuns = MAX_RUNS;
  private AtomicBoolean cancelled = new AtomicBoolean();
  private long generation;

  public OutcomesViewModel(MainViewModel main, I18n i18n) {
    this.main = main;
    this.i18n = i18n;
    // The status is kept as its key and arguments, so a change of language rewrites it.
    i18n.localeProperty().addListener((obs, old, now) -> status.set(statusText.get()));
  }

  private Supplier<String> statusText = () -> "";

  /** Sets the status line from {@code key}; on the FX thread. */
  private void status(String key, Object... args) {
    statusText = () -> i18n.get(key, args);
    status.set(statusText.get());
  }

  /** Searches the open scenario's schedules at the GOMAXPROCS now set, in the chosen mode. */
  public void search() {
    LoadedScenario s = main.scenarioProperty().get();
    if (s == null || !(s.program() instanceof Program program)) {
      return;
    }
    cancelled.set(true);
    AtomicBoolean stop = new AtomicBoolean();
    cancelled = stop;
    long gen = ++generation;
    int procs = main.gomaxprocsProperty().get();
    ExploreMode m = mode.get();
    rows.clear();
    running.set(true);
    status("outcomes.searching", 0, SUBTREES);
    main.exploreExecutor().execute(() -> {
      try {
        Explorer explorer = new Explorer(program, new Explorer.Options(procs, m, maxRuns, 1_000, 100_000));
        int[] done = {0};
        Explorer.Result result = explorer.search(SUBTREES, searches -> {
          List<Explorer.Result> out = new ArrayList<>();
          for (Supplier<Explorer.Result> search : searches) {
            if (stop.get()) {
              throw new CancelledSearch();
            }
            out.add(search.get());
            int k = ++done[0];
            main.ui().execute(() -> {
              if (gen == generation) {
                status("outcomes.searching", k, searches.size());
              }
            });
          }
          return out;
        });
        List<Row> found = new ArrayList<>();
        for (Map.Entry<Explorer.Outcome, Explorer.Found> e : result.outcomes().entrySet()) {
          found.add(new Row(found.size() + 1, e.getKey(), e.getValue().schedules(), e.getValue().choices(), procs, m));
        }
        String summaryKey = result.complete() ? "outcomes.done" : "outcomes.partial";
        Object[] summaryArgs = {found.size(), result.runs(), result.states()};
        main.ui().execute(() -> {
          if (gen == generation) {
            rows.setAll(found);
            status(summaryKey, summaryArgs);
            running.set(false);
          }
        });
      } catch (CancelledSearch e) {
        main.ui().execute(() -> {
          if (gen == generation) {
            status("outcomes.cancelled");
            running.set(false);
          }
        });
      } catch (RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        main.ui().execute(() -> {
          if (gen == generation) {
            status("error.run", message);
            running.set(false);
          }
        });
      }
    });
  }

  /** The most schedules the next search runs (a lecture wants seconds, not minutes). */
  public void setMaxRuns(int runs) {
    maxRuns = runs;
  }

  /** Stops the search after the subtree it is in. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Replays {@code row}'s schedule in the window. */
  public void open(Row row) {
    main.openSchedule(row.gomaxprocs(), row.mode(), row.choices());
  }

  /** One line for the list: number, schedules, exit, first stderr line, race, and the output. */
  public String describe(Row r) {
    Explorer.Outcome o = r.outcome();
    StringBuilder b = new StringBuilder(i18n.get("outcomes.row", r.number(), r.schedules(), o.exitCode()));
    if (!o.firstStderrLine().isEmpty()) {
      b.append('\n').append(o.firstStderrLine());
    }
    if (!o.race().isEmpty()) {
      b.append('\n').append(o.race());
    }
    String out = o.stdout().strip();
    b.append('\n').append(out.isEmpty() ? i18n.get("outcomes.noOutput") : out);
    return b.toString();
  }

  public ObjectProperty<ExploreMode> modeProperty() {
    return mode;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObservableList<Row> rows() {
    return rowsView;
  }

  /** Thrown through the explorer when the lecturer cancels. */
  private static final class CancelledSearch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledSearch() {
      super(null, null, false, false);
    }
  }
}
