package dev.gorolab.ui.view;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel.Goal;
import dev.gorolab.ui.viewmodel.SchedulerViewModel.Option;
import dev.gorolab.ui.viewmodel.SchedulerViewModel.Pending;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Be the scheduler, under the narration: first the flavour and the goal and Start; then the
 * pending choice as a question with numbered options (click, or press the number), the choices
 * made, Undo, "let Go finish", Save schedule; and a celebration when the goal is reached.
 */
final class SchedulerBar extends VBox {
  private final SchedulerViewModel model;
  private final I18n i18n;
  private final MainViewModel vm;
  private final VBox setup = new VBox(6);
  private final VBox playing = new VBox(6);
  private final Label question = new Label();
  private final FlowPane options = new FlowPane(8, 6);
  private final Label celebration = new Label();
  private Window owner;

  SchedulerBar(SchedulerViewModel model, MainViewModel vm, I18n i18n) {
    this.model = model;
    this.vm = vm;
    this.i18n = i18n;
    setId(ExploreIds.SCHEDULER_BAR);
    getStyleClass().add("scheduler-bar");
    hide();

    // ---- setup: flavour, goal, Start
    ToggleGroup group = new ToggleGroup();
    RadioButton go = radio(group, "scheduler.modeGo", ExploreMode.GO);
    go.setId(ExploreIds.SCHEDULER_MODE_GO);
    RadioButton any = radio(group, "scheduler.modeAny", ExploreMode.ANY);
    any.setId(ExploreIds.SCHEDULER_MODE_ANY);
    any.setSelected(true);
    group.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now != null) {
        model.modeProperty().set((ExploreMode) now.getUserData());
      }
    });
    ChoiceBox<Goal> goal = new ChoiceBox<>(FXCollections.observableArrayList(Goal.values()));
    goal.setId(ExploreIds.SCHEDULER_GOAL);
    goal.setConverter(new StringConverter<>() {
      @Override
      public String toString(Goal g) {
        return g == null ? "" : i18n.get("scheduler.goal." + g.name());
      }

      @Override
      public Goal fromString(String s) {
        return null;
      }
    });
    goal.valueProperty().bindBidirectional(model.goalProperty());
    i18n.localeProperty().addListener((obs, old, now) -> {
      Goal g = goal.getValue();
      goal.setValue(null);
      goal.setValue(g);
    });
    Button start = button("scheduler.start", () -> model.start(model.modeProperty().get(), model.goalProperty().get()));
    start.setId(ExploreIds.SCHEDULER_START);
    start.getStyleClass().add("accent");
    Button close = button("scheduler.close", this::close);
    Label intro = new Label();
    intro.textProperty().bind(i18n.bind("scheduler.intro"));
    intro.setWrapText(true);
    intro.getStyleClass().add("hint");
    Label goalLabel = new Label();
    goalLabel.textProperty().bind(i18n.bind("scheduler.goal"));
    HBox setupRow = new HBox(12, go, any, goalLabel, goal, start, close);
    setupRow.setAlignment(Pos.CENTER_LEFT);
    setup.getChildren().setAll(intro, setupRow);

    // ---- playing: question, options, status and actions
    question.setId(ExploreIds.SCHEDULER_QUESTION);
    question.getStyleClass().add("scheduler-question");
    question.setWrapText(true);
    options.getStyleClass().add("scheduler-options");
    Label status = new Label();
    status.setId(ExploreIds.SCHEDULER_STATUS);
    status.textProperty().bind(model.statusProperty());
    status.setWrapText(true);
    status.getStyleClass().add("scheduler-status");
    Button undo = button("scheduler.undo", model::undo);
    undo.setId(ExploreIds.SCHEDULER_UNDO);
    Button finish = button("scheduler.finish", model::finish);
    finish.setId(ExploreIds.SCHEDULER_FINISH);
    finish.disableProperty().bind(model.pendingProperty().isNull());
    Button save = button("scheduler.save", this::save);
    save.setId(ExploreIds.SCHEDULER_SAVE);
    Button stop = button("scheduler.stop", this::close);
    stop.setId(ExploreIds.SCHEDULER_CLOSE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    for (Button b : java.util.List.of(undo, finish, save, stop)) {
      b.setMinWidth(Region.USE_PREF_SIZE); // the status wraps; the buttons keep their words
    }
    HBox actions = new HBox(8, status, gap, undo, finish, save, stop);
    actions.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(status, Priority.SOMETIMES);
    celebration.setId(ExploreIds.SCHEDULER_CELEBRATION);
    celebration.getStyleClass().add("scheduler-celebration");
    celebration.setWrapText(true);
    celebration.setMaxWidth(Double.MAX_VALUE);
    celebration.visibleProperty().bind(model.celebratingProperty());
    celebration.managedProperty().bind(celebration.visibleProperty());
    playing.getChildren().setAll(question, options, actions, celebration);

    // Stopped (the Stop button, another run on screen) or another scenario opened: the bar goes
    // away rather than staying on its setup row until Close.
    model.activeProperty().addListener((obs, old, now) -> {
      if (now) {
        showPart();
      } else {
        hide();
      }
    });
    vm.scenarioProperty().addListener((obs, old, now) -> close());
    model.pendingProperty().addListener((obs, old, now) -> showPending(now));
    model.busyProperty().addListener((obs, old, now) -> showPending(model.pendingProperty().get()));
    model.celebratingProperty().addListener((obs, old, now) -> celebration.setText(celebrationText()));
    i18n.localeProperty().addListener((obs, old, now) -> {
      celebration.setText(celebrationText());
      showPending(model.pendingProperty().get());
    });
  }

  void setOwner(Window owner) {
    this.owner = owner;
  }

  /** Explore ▸ Be the scheduler: shows the setup, or the game if one is on. */
  void open() {
    setVisible(true);
    setManaged(true);
    showPart();
  }

  private void close() {
    model.leave();
    hide();
  }

  private void hide() {
    setVisible(false);
    setManaged(false);
    getChildren().setAll(setup);
  }

  private void showPart() {
    getChildren().setAll(model.activeProperty().get() ? playing : setup);
    if (model.activeProperty().get()) {
      setVisible(true);
      setManaged(true);
    }
  }

  private void showPending(Pending p) {
    options.getChildren().clear();
    if (model.busyProperty().get()) {
      question.setText(i18n.get("scheduler.recording"));
      return;
    }
    if (p == null) {
      question.setText(model.activeProperty().get() ? i18n.get("scheduler.noPending") : "");
      return;
    }
    question.setText(p.question() + "  " + i18n.get("scheduler.keys", p.options().size()));
    for (Option o : p.options()) {
      Button b = new Button(o.number() + "  " + o.label());
      b.setId(ExploreIds.option(o.number()));
      b.getStyleClass().add("scheduler-option");
      b.setMnemonicParsing(false);
      b.setFocusTraversable(false);
      if (o.goroutine() >= 0) {
        b.getStyleClass().add("scheduler-option-g");
      }
      int pick = o.number() - 1;
      b.setOnAction(e -> model.choose(pick));
      options.getChildren().add(b);
    }
    // A runtime goroutine among the options: say why it appeared in the runtime view.
    p.options().stream().filter(Option::runtime).findFirst().ifPresent(o -> {
      Label note = new Label(i18n.get("scheduler.runtimeOption", o.number(), "G" + o.goroutine()));
      note.setId(ExploreIds.SCHEDULER_RUNTIME_NOTE);
      note.getStyleClass().add("scheduler-note");
      note.setWrapText(true);
      // a row of its own, wrapped to the bar's width (a FlowPane gives a label its whole text's width)
      note.prefWidthProperty().bind(options.widthProperty().subtract(16));
      options.getChildren().add(note);
    });
  }

  private String celebrationText() {
    if (!model.celebratingProperty().get()) {
      return "";
    }
    return switch (model.goalProperty().get()) {
      case DEADLOCK -> i18n.get("scheduler.celebrate.deadlock", model.choices().length);
      case LOST_UPDATE -> i18n.get("scheduler.celebrate.lostUpdate", model.choices().length, model.sequentialLastLine());
      case FREE -> "";
    };
  }

  private void save() {
    Path file = model.defaultFile();
    if (file == null) {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(i18n.get("scheduler.save"));
      LoadedName name = new LoadedName(vm);
      chooser.setInitialFileName(name.scheduleName());
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("filter.schedules"), "*.schedule"));
      File f = chooser.showSaveDialog(owner);
      if (f == null) {
        return;
      }
      file = f.toPath();
    }
    try {
      model.save(file);
    } catch (IOException e) {
      vm.showNotice(i18n.get("scheduler.saveFailed", file, e.getMessage()));
    }
  }

  /** The name a bundled scenario's schedule gets in the save dialog. */
  private record LoadedName(MainViewModel vm) {
    String scheduleName() {
      var s = vm.scenarioProperty().get();
      return dev.gorolab.sim.explore.ScheduleFile.besideName(s == null ? "program.go"
          : s.goSourceName().isEmpty() ? s.id() + ".go" : s.goSourceName());
    }
  }

  private RadioButton radio(ToggleGroup group, String key, ExploreMode mode) {
    RadioButton r = new RadioButton();
    r.textProperty().bind(i18n.bind(key));
    r.setToggleGroup(group);
    r.setUserData(mode);
    return r;
  }

  private Button button(String key, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  /** The options' goroutines, for the runtime view's highlight. */
  List<Integer> candidateGoroutines() {
    Pending p = model.pendingProperty().get();
    if (p == null || model.busyProperty().get()) {
      return List.of();
    }
    return p.options().stream().filter(o -> o.goroutine() >= 0).map(Option::goroutine).toList();
  }
}
