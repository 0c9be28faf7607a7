package dev.gorolab.ui.view;

import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXComboBox;
import com.jfoenix.controls.JFXSlider;
import com.jfoenix.controls.JFXTextField;
import com.jfoenix.controls.JFXToggleButton;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The rows above the stage: scenario and run settings, the transport buttons with step and time, the scrubber. */
final class ControlBar {
  private final MainViewModel vm;
  private final PlayerViewModel player;
  private final I18n i18n;
  private final Runnable chooseFile;
  private final Runnable showGallery;
  private final Runnable toggleLanguage;
  private final Runnable toggleTheme;
  private final Runnable returnFocus;
  private final javafx.beans.property.BooleanProperty scrubbing = new javafx.beans.property.SimpleBooleanProperty();

  ControlBar(MainViewModel vm, I18n i18n, Runnable chooseFile, Runnable showGallery, Runnable toggleLanguage, Runnable toggleTheme,
      Runnable returnFocus) {
    this.vm = vm;
    this.player = vm.player();
    this.i18n = i18n;
    this.chooseFile = chooseFile;
    this.showGallery = showGallery;
    this.toggleLanguage = toggleLanguage;
    this.toggleTheme = toggleTheme;
    this.returnFocus = returnFocus;
  }

  Node toolbar() {
    Label title = new Label();
    title.setId(Ids.TITLE);
    title.getStyleClass().add("scenario-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> {
      LoadedScenario s = vm.scenarioProperty().get();
      return s == null ? "GoroLab" : s.title();
    }, vm.scenarioProperty()));
    // A long title is cut short with "…" (the whole of it in the tooltip): the controls keep one row
    // at 1280×720 instead of "Theme" wrapping onto a row of its own.
    title.setMinWidth(0);
    title.setMaxWidth(Region.USE_PREF_SIZE);
    title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
    Tooltip titleTip = new Tooltip();
    titleTip.textProperty().bind(title.textProperty());
    title.setTooltip(titleTip);

    JFXButton open = button(Ids.OPEN, "tb.open", chooseFile);
    JFXButton gallery = button(Ids.GALLERY, "tb.gallery", showGallery);
    JFXButton reload = button(Ids.RELOAD, "tb.reload", vm::reload);

    Label procsLabel = label("tb.gomaxprocs");
    JFXComboBox<Integer> procs = new JFXComboBox<>();
    procs.setId(Ids.GOMAXPROCS);
    for (int i = MainViewModel.MIN_PROCS; i <= MainViewModel.MAX_PROCS; i++) {
      procs.getItems().add(i);
    }
    procs.setValue(vm.gomaxprocsProperty().get());
    procs.valueProperty().addListener((obs, old, now) -> {
      if (now != null && now != vm.gomaxprocsProperty().get()) {
        vm.gomaxprocsProperty().set(now);
        vm.rerun();
      }
    });
    vm.gomaxprocsProperty().addListener((obs, old, now) -> procs.setValue(now.intValue()));
    procs.setVisibleRowCount(16);

    Label seedLabel = label("tb.seed");
    JFXTextField seed = new JFXTextField(String.valueOf(vm.seedProperty().get()));
    seed.setId(Ids.SEED);
    seed.setPrefColumnCount(6);
    vm.seedProperty().addListener((obs, old, now) -> seed.setText(String.valueOf(now)));
    Runnable applySeed = () -> {
      if (vm.applySeed(seed.getText())) {
        seed.getStyleClass().remove("invalid");
        // Enter is done with the field: the arrow keys and Space step the run again.
        returnFocus.run();
      } else if (!seed.getStyleClass().contains("invalid")) {
        seed.getStyleClass().add("invalid");
      }
    };
    // Showing the seed the run really uses again takes the mark off.
    vm.seedProperty().addListener((obs, old, now) -> seed.getStyleClass().remove("invalid"));
    seed.setOnAction(e -> applySeed.run());
    JFXButton run = button(Ids.RUN, "tb.run", applySeed);

    JFXToggleButton system = new JFXToggleButton();
    system.setId(Ids.SHOW_SYSTEM);
    system.textProperty().bind(i18n.bind("tb.system"));
    system.selectedProperty().bindBidirectional(player.showSystemProperty());

    JFXButton lang = new JFXButton();
    lang.setId(Ids.LANGUAGE);
    lang.getStyleClass().addAll("tool-button", "cjk");
    lang.textProperty().bind(Bindings.createStringBinding(
        () -> i18n.locale().getLanguage().equals("zh") ? "English" : "中文", i18n.localeProperty()));
    lang.setOnAction(e -> toggleLanguage.run());
    JFXButton theme = button(Ids.THEME, "tb.theme", toggleTheme);

    // One row: only the title gives way (an HBox shrinks children towards their minimum widths).
    HBox bar = new HBox(title, open, gallery, reload, group(procsLabel, procs), group(seedLabel, seed, run), system, lang, theme);
    bar.getStyleClass().addAll("toolbar", "title-row");
    HBox.setHgrow(title, Priority.SOMETIMES);
    bar.setAlignment(Pos.CENTER_LEFT);
    for (Node n : bar.getChildren()) {
      if (n instanceof Region r && n != title) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    return bar;
  }

  Node transport() {
    JFXButton start = icon(Ids.TO_START, Icons.TO_START, "tip.start", player::toStart);
    JFXButton back = icon(Ids.STEP_BACK, Icons.STEP_BACK, "tip.back", player::stepBack);
    JFXButton play = icon(Ids.PLAY, Icons.PLAY, "tip.play", player::togglePlay);
    play.getStyleClass().add("play-button");
    play.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(player.playingProperty().get() ? Icons.PAUSE : Icons.PLAY), player.playingProperty()));
    JFXButton forward = icon(Ids.STEP_FORWARD, Icons.STEP_FORWARD, "tip.forward", player::stepForward);
    JFXButton end = icon(Ids.TO_END, Icons.TO_END, "tip.end", player::toEnd);

    Label speedLabel = label("tb.speed");
    JFXComboBox<Double> speed = new JFXComboBox<>();
    speed.setId(Ids.SPEED);
    speed.getItems().setAll(PlayerViewModel.SPEEDS);
    speed.setConverter(new StringConverter<>() {
      @Override
      public String toString(Double d) {
        return d == null ? "" : (d == Math.floor(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + "×";
      }

      @Override
      public Double fromString(String s) {
        return Double.valueOf(s.replace("×", ""));
      }
    });
    speed.setValue(player.speedProperty().get());
    player.speedProperty().addListener((obs, old, now) -> speed.setValue(now.doubleValue()));
    speed.valueProperty().addListener((obs, old, now) -> {
      if (now != null) {
        player.speedProperty().set(now);
      }
    });

    Label step = new Label();
    step.setId(Ids.STEP_LABEL);
    step.getStyleClass().add("big-status");
    step.textProperty().bind(player.stepTextProperty());
    step.setMinWidth(Region.USE_PREF_SIZE);
    Label time = new Label();
    time.setId(Ids.TIME_LABEL);
    time.getStyleClass().add("big-status");
    time.textProperty().bind(player.timeTextProperty());
    time.setMinWidth(Region.USE_PREF_SIZE);

    // The bar: events recorded against the last recording's total of this program and settings
    // (a run is deterministic), then the timeline being built; without a total, indeterminate.
    // The words beside it say which.
    ProgressBar busy = new ProgressBar();
    busy.setId(Ids.BUSY);
    busy.getStyleClass().add("recording-bar");
    // Determinate when hidden: an indeterminate bar animates even out of sight, which kept the
    // scene changing at every frame after a recording.
    busy.progressProperty().bind(Bindings.when(vm.busyProperty()).then(vm.progressProperty()).otherwise(0.0));
    Label progress = new Label();
    progress.setId(Ids.PROGRESS);
    progress.textProperty().bind(vm.progressTextProperty());
    progress.setMinWidth(Region.USE_PREF_SIZE);
    Tooltip progressTip = new Tooltip();
    progressTip.textProperty().bind(i18n.bind("progress.stepsOf.tip"));
    progressTip.setWrapText(true);
    progressTip.setMaxWidth(480);
    busy.setTooltip(progressTip);
    progress.setTooltip(progressTip);
    JFXButton cancel = button(Ids.CANCEL, "tb.cancel", vm::cancel);
    HBox busyBox = new HBox(busy, progress, cancel);
    busyBox.getStyleClass().add("busy-box");
    busyBox.setAlignment(Pos.CENTER_LEFT);
    busyBox.visibleProperty().bind(vm.busyProperty());
    busyBox.managedProperty().bind(vm.busyProperty());

    // The step box: type a step number and Enter (Ctrl+G goes there).
    javafx.scene.control.TextField stepBox = new javafx.scene.control.TextField();
    stepBox.setId(Ids.STEP_BOX);
    stepBox.getStyleClass().add("step-box");
    stepBox.setPrefColumnCount(5);
    stepBox.promptTextProperty().bind(i18n.bind("tb.stepBox"));
    stepBox.setOnAction(e -> {
      if (player.jumpTo(stepBox.getText())) {
        stepBox.getStyleClass().remove("invalid");
        stepBox.clear();
        returnFocus.run();
      } else {
        if (!stepBox.getStyleClass().contains("invalid")) {
          stepBox.getStyleClass().add("invalid");
        }
        vm.showNotice(i18n.get("notice.badStep", stepBox.getText().strip(), player.stepCountProperty().get()));
      }
    });
    FlowPane bar = new FlowPane(group(start, back, play, forward, end), group(speedLabel, speed), step, time, stepBox, busyBox);
    bar.getStyleClass().addAll("toolbar", "transport");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  Node scrubber() {
    JFXSlider slider = new JFXSlider();
    slider.setId(Ids.SCRUBBER);
    slider.setMin(0);
    slider.setIndicatorPosition(JFXSlider.IndicatorPosition.LEFT);
    slider.setValueFactory(s -> Bindings.createStringBinding(() -> String.valueOf((int) Math.round(s.getValue())), s.valueProperty()));
    slider.maxProperty().bind(Bindings.max(1, player.stepCountProperty()));
    slider.setBlockIncrement(1);
    slider.setMajorTickUnit(1);
    slider.setSnapToTicks(false);
    boolean[] updating = {false};
    // A drag moves the value many times a frame: only the latest value of a frame is read, at the
    // frame's start, so a drag over a 10M-step run shows one state a frame instead of queueing
    // a state per mouse move (docs/benchmarks.md).
    int[] latest = {0};
    AnimationTimer seekAtFrame = new AnimationTimer() {
      @Override
      public void handle(long now) {
        stop();
        player.seek(latest[0]);
      }
    };
    slider.valueProperty().addListener((obs, old, now) -> {
      if (!updating[0]) {
        latest[0] = (int) Math.round(now.doubleValue()) - 1;
        seekAtFrame.start();
      }
    });
    // JFXSlider starts at 50, clamped to 1 by the max above: set it from the step, and again on
    // every new run, whose step may be the old one's (-1 before and after), firing no change.
    Runnable follow = () -> {
      updating[0] = true;
      slider.setValue(player.stepProperty().get() + 1);
      updating[0] = false;
    };
    follow.run();
    player.stepProperty().addListener((obs, old, now) -> follow.run());
    player.traceProperty().addListener((obs, old, now) -> follow.run());
    player.stepCountProperty().addListener((obs, old, now) -> follow.run());
    slider.setFocusTraversable(false);
    scrubbing.bind(slider.valueChangingProperty());
    HBox box = new HBox(slider);
    HBox.setHgrow(slider, Priority.ALWAYS);
    box.getStyleClass().add("scrubber-box");
    return box;
  }

  /** True while the slider's thumb is being dragged. */
  boolean scrubbing() {
    return scrubbing.get();
  }

  static HBox group(Node... nodes) {
    HBox box = new HBox(nodes);
    box.getStyleClass().add("group");
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMinWidth(Region.USE_PREF_SIZE);
    return box;
  }

  private JFXButton button(String id, String key, Runnable action) {
    JFXButton b = new JFXButton();
    b.setId(id);
    b.getStyleClass().add("tool-button");
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }

  private JFXButton icon(String id, String svg, String tipKey, Runnable action) {
    JFXButton b = new JFXButton();
    b.setGraphic(Icons.of(svg));
    b.setId(id);
    b.getStyleClass().addAll("tool-button", "transport-button");
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(i18n.bind(tipKey));
    b.setTooltip(tip);
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  private Label label(String key) {
    Label l = new Label();
    l.textProperty().bind(i18n.bind(key));
    l.getStyleClass().add("tool-label");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }
}
