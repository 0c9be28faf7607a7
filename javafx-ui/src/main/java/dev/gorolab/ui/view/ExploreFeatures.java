package dev.gorolab.ui.view;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.RacesViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The lecture window's compare-and-explore features beside the Outcomes window: data races marked
 * in the code pane, the timeline and under the console; be the scheduler (the bar under the
 * narration, number keys, candidates highlighted in the runtime view, choices on the timeline);
 * side by side. The window only places what this builds.
 */
final class ExploreFeatures {
  /** The stylesheet of the scheduler bar, race marks and side by side, after the theme's. */
  static final String CSS = "/dev/gorolab/ui/explore.css";
  static final String RACE_COLOUR = "#D55E00";
  static final String CHOICE_COLOUR = "#7B3FA0";
  static final String PENDING_COLOUR = "#E69F00";

  private final MainViewModel vm;
  private final I18n i18n;
  private final RacesViewModel races;
  private final SchedulerViewModel scheduler;
  private final SchedulerBar bar;
  private final javafx.scene.control.TextArea raceReport = new javafx.scene.control.TextArea();
  private final CodeView code;
  private final TimelineView timeline;
  private Scene scene;
  private Stage stage;
  private PairWindow pairWindow;
  /** Set by tests in place of the pair window's native save dialog; null for the native one. */
  java.util.function.Function<FileChooser, File> pairSaveDialog;

  ExploreFeatures(MainViewModel vm, I18n i18n, CodeView code, TimelineView timeline) {
    this.vm = vm;
    this.i18n = i18n;
    this.code = code;
    this.timeline = timeline;
    this.races = new RacesViewModel(vm);
    this.scheduler = new SchedulerViewModel(vm, i18n);
    this.bar = new SchedulerBar(scheduler, vm, i18n);

    raceReport.setId(ExploreIds.RACE_REPORT);
    raceReport.getStyleClass().addAll("race-report", "monospace");
    // A text area of its own under the output (SidePanel), wrapped: a stack line longer than the
    // pane continues below instead of hiding behind a horizontal scroll bar.
    raceReport.setEditable(false);
    raceReport.setWrapText(true);
    raceReport.setFocusTraversable(false);
    raceReport.setPrefRowCount(7);
    raceReport.textProperty().bind(races.reportProperty());
    raceReport.visibleProperty().bind(races.reportProperty().isNotEmpty());
    raceReport.managedProperty().bind(raceReport.visibleProperty());

    races.linesProperty().addListener((obs, old, now) -> {
      code.setRaceLines(now);
      // A race just reached: bring its first line into view.
      now.stream().filter(l -> !old.contains(l)).findFirst().ifPresent(l -> code.scrollTo(Math.max(0, l - 4)));
    });
    races.racesProperty().addListener((obs, old, now) -> showRaceFlags());
    // the flags' words follow the language, as everything else on screen
    i18n.localeProperty().addListener((obs, old, now) -> {
      showRaceFlags();
      showChoices();
    });
    scheduler.pendingProperty().addListener((obs, old, now) -> showChoices());
    scheduler.busyProperty().addListener((obs, old, now) -> showChoices());
    scheduler.activeProperty().addListener((obs, old, now) -> showChoices());
    vm.player().sceneProperty().addListener((obs, old, now) -> highlightCandidates());
  }

  /** Connects the number keys and the runtime view's highlight; call once the window has its scene. */
  void attach(Stage stage, Scene scene) {
    this.stage = stage;
    this.scene = scene;
    bar.setOwner(stage);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      boolean typing = scene.getFocusOwner() instanceof TextInputControl t && t.isEditable();
      if (typing || e.isShortcutDown() || scheduler.pendingProperty().get() == null) {
        return;
      }
      int n = digit(e.getCode());
      if (n > 0 && scheduler.chooseNumber(n)) {
        e.consume();
      } else if (e.getCode() == KeyCode.RIGHT && vm.player().stepProperty().get() == scheduler.pendingProperty().get().step()) {
        // → at the choice takes the model's pick and goes on: the class skips what it does not care about.
        scheduler.choose(0);
        e.consume();
      }
    });
  }

  private static int digit(KeyCode code) {
    if (code.isDigitKey()) {
      String name = code.getName(); // "1" or "Numpad 1"
      char c = name.charAt(name.length() - 1);
      return Character.isDigit(c) ? c - '0' : -1;
    }
    return -1;
  }

  /** The Explore menu's items: be the scheduler, open a schedule, watch for races, side by side. */
  List<MenuItem> menuItems() {
    MenuItem be = new MenuItem();
    be.setId(ExploreIds.MENU_SCHEDULER);
    be.textProperty().bind(i18n.bind("menu.scheduler"));
    be.setAccelerator(KeyCombination.keyCombination("F10"));
    be.setOnAction(e -> bar.open());
    MenuItem open = new MenuItem();
    open.setId(ExploreIds.MENU_OPEN_SCHEDULE);
    open.textProperty().bind(i18n.bind("menu.openSchedule"));
    open.setOnAction(e -> openSchedule());
    CheckMenuItem watch = new CheckMenuItem();
    watch.setId(ExploreIds.MENU_RACES);
    watch.textProperty().bind(i18n.bind("menu.races"));
    watch.selectedProperty().bindBidirectional(races.enabledProperty());
    MenuItem pair = new MenuItem();
    pair.setId(ExploreIds.MENU_PAIR);
    pair.textProperty().bind(i18n.bind("menu.pair"));
    pair.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
    pair.setOnAction(e -> showPair());
    return List.of(be, open, watch, pair);
  }

  private void openSchedule() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("menu.openSchedule"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("filter.schedules"), "*.schedule"));
    var s = vm.scenarioProperty().get();
    if (s != null && s.file() != null && s.file().toAbsolutePath().getParent() != null) {
      chooser.setInitialDirectory(s.file().toAbsolutePath().getParent().toFile());
    }
    File f = chooser.showOpenDialog(stage);
    if (f == null) {
      return;
    }
    try {
      scheduler.open(f.toPath());
    } catch (java.io.IOException | IllegalArgumentException e) {
      vm.showNotice(i18n.get("scheduler.openFailed", f.getName(), e.getMessage()));
    }
  }

  /** Explore ▸ Side by side: two runs of the open program in one window. */
  void showPair() {
    if (pairWindow == null) {
      pairWindow = new PairWindow(stage, vm, i18n, scene.getStylesheets());
      if (pairSaveDialog != null) {
        pairWindow.answerSaveDialogWith(pairSaveDialog);
      }
    }
    pairWindow.show();
  }

  /** The side-by-side window, once opened. */
  PairWindow pairWindow() {
    return pairWindow;
  }

  private void showChoices() {
    List<TimelineView.Flag> flags = new ArrayList<>();
    if (scheduler.activeProperty().get()) {
      var pending = scheduler.pendingProperty().get();
      if (pending != null && !scheduler.busyProperty().get()) {
        flags.add(new TimelineView.Flag(Math.max(0, pending.step()), i18n.get("scheduler.flag.pending", pending.index() + 1), PENDING_COLOUR));
      }
    }
    timeline.setFlags("choice", flags);
    highlightCandidates();
  }

  private void showRaceFlags() {
    List<TimelineView.Flag> flags = new ArrayList<>();
    for (RacesViewModel.RaceMark r : races.racesProperty().get()) {
      flags.add(new TimelineView.Flag(r.step(), i18n.get("race.flag", r.variable() == null ? "?" : r.variable()), RACE_COLOUR));
    }
    timeline.setFlags("race", flags);
  }

  /** Rings the goroutines the class may pick from in the runtime view, with their numbers. */
  private void highlightCandidates() {
    if (scene == null) {
      return;
    }
    List<Integer> gs = bar.candidateGoroutines();
    for (Node n : scene.getRoot().lookupAll(".token")) {
      if (!(n instanceof Label l) || !(l.getUserData() instanceof Integer g)) {
        continue;
      }
      int k = gs.indexOf(g);
      if (k >= 0) {
        if (!l.getStyleClass().contains("candidate")) {
          l.getStyleClass().add("candidate");
        }
        Label badge = new Label(String.valueOf(k + 1));
        badge.getStyleClass().add("candidate-number");
        l.setGraphic(badge);
      } else if (l.getStyleClass().contains("candidate")) {
        l.getStyleClass().remove("candidate");
        l.setGraphic(null);
      }
    }
  }

  void openBar() {
    bar.open();
  }

  Node schedulerBar() {
    return bar;
  }

  /** Go's race reports, under the console. */
  Node raceConsole() {
    return raceReport;
  }

  SchedulerViewModel scheduler() {
    return scheduler;
  }

  RacesViewModel races() {
    return races;
  }
}
