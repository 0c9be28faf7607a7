package dev.gorolab.ui.view;

import com.jfoenix.controls.JFXSnackbar;
import com.jfoenix.controls.JFXSnackbarLayout;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.export.ExportController;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.OutcomesViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The lecture window: controls on top, the runtime view in the middle, code, console, events and
 * the inspector on the right, the timeline below. Binds to {@link MainViewModel}; holds no state
 * of the run itself, only the player's clock, zoom and theme.
 */
public final class MainWindow {
  public static final double BASE_FONT_PX = 16;
  public static final double MIN_ZOOM = 0.75;
  public static final double MAX_ZOOM = 3.0;
  static final String LIGHT_CSS = "/dev/gorolab/ui/light.css";
  static final String DARK_CSS = "/dev/gorolab/ui/dark.css";

  /** Pacing of the player and the token animation, at 1× speed; tests pass zero animation. */
  public record Timing(double stepMillis, double animationMillis) {
    public static final Timing LECTURE = new Timing(900, 450);
  }

  private final MainViewModel vm;
  private final PlayerViewModel player;
  private final I18n i18n;
  private final Timing timing;
  private final Stage stage;
  private final BorderPane root = new BorderPane();
  private final StackPane overlay = new StackPane();
  private final Scene scene;
  private final TimelineView timeline;
  private final CodeView code;
  private final Label fps = new Label();
  private final Label banner = new Label();
  private final JFXSnackbar snackbar;
  private final Menu recentMenu = new Menu();
  /** Menu, toolbar, transport and scrubber: they grow less than the rest when zoomed. */
  private VBox chrome;
  private Label narrationLabel;
  private SplitPane stageSplit;
  private Node sidePane;
  private StackPane bottomPane;
  private ScrollPane timelineScroll;
  /** The timeline's height the lecturer set by dragging its top edge, or -1: what its lanes need. */
  private double timelineHeightPx = -1;
  private javafx.scene.control.CheckMenuItem sideItem;
  private javafx.scene.control.CheckMenuItem timelineItem;
  private javafx.scene.control.CheckMenuItem presenterItem;
  private double zoom = 1.0;
  private boolean dark;
  private boolean fpsVisible;
  private final FpsMeter fpsMeter = new FpsMeter();
  private boolean benchmark;
  private int benchmarkFrom;
  private long lastReportNanos;
  private AnimationTimer clock;
  private final ControlBar controls;
  private final ExportController exporter;
  private final OutcomesViewModel outcomes;
  private final dev.gorolab.ui.viewmodel.SeedOutcomesViewModel seedOutcomes;
  private final GoMenu goMenu;
  private final dev.gorolab.ui.viewmodel.RuleGlossary glossary = dev.gorolab.ui.viewmodel.RuleGlossary.load();
  private HelpWindow help;
  private final ExploreFeatures explore;

  public MainWindow(Stage stage, MainViewModel vm, I18n i18n, Timing timing) {
    this.stage = stage;
    this.vm = vm;
    this.player = vm.player();
    this.i18n = i18n;
    this.timing = timing;
    this.outcomes = new OutcomesViewModel(vm, i18n);
    this.seedOutcomes = new dev.gorolab.ui.viewmodel.SeedOutcomesViewModel(vm, i18n);
    root.setId(Ids.MAIN);
    root.getStyleClass().add("main");

    timeline = new TimelineView(player);
    code = new CodeView(player);
    goMenu = new GoMenu(player, i18n, this::showNotice);
    explore = new ExploreFeatures(vm, i18n, code, timeline);

    controls = new ControlBar(vm, i18n, this::chooseFile, this::showGallery, this::toggleLanguage, this::toggleTheme, root::requestFocus);
    chrome = new VBox(menuBar(), controls.toolbar(), controls.transport(), controls.scrubber());
    VBox top = new VBox(chrome, narrationPane(), explore.schedulerBar());
    top.getStyleClass().add("top");
    root.setTop(top);
    root.setCenter(center());
    bottomPane = bottom();
    root.setBottom(bottomPane);

    fps.setId(Ids.FPS);
    fps.getStyleClass().add("fps");
    fps.setVisible(false);
    fps.setMouseTransparent(true);
    StackPane.setAlignment(fps, Pos.TOP_RIGHT);
    overlay.getChildren().addAll(root, fps);
    // Fit the screen: projectors are often 1280×720.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    scene = new Scene(overlay, Math.min(1600, screen.getWidth()), Math.min(960, screen.getHeight()));
    snackbar = new JFXSnackbar(overlay);
    // The root's size, not the scene's: an export moves the root into a scene of the slide's size.
    overlay.heightProperty().addListener((obs, old, now) -> fitTimeline());
    overlay.widthProperty().addListener((obs, old, now) -> {
      applyZoom();
      fitTimeline();
    });
    applyTheme();
    applyZoom();
    applyLanguageFont();
    i18n.localeProperty().addListener((obs, old, now) -> applyLanguageFont());
    installKeys();
    explore.attach(stage, scene);
    installDragAndDrop();
    exporter = ExportController.forWindow(stage, this, vm, i18n, this::showNotice);

    stage.setScene(scene);
    stage.titleProperty().bind(Bindings.createStringBinding(() -> {
      LoadedScenario s = vm.scenarioProperty().get();
      if (s == null) {
        return "GoroLab";
      }
      MainViewModel.Schedule followed = vm.scheduleProperty().get();
      return "GoroLab — " + s.title() + (followed == null ? "" : " — " + i18n.get("schedule.title", followed.mode().word, followed.text()));
    }, vm.scenarioProperty(), vm.scheduleProperty(), i18n.localeProperty()));
    vm.scenarioProperty().addListener((obs, old, now) -> code.setSource(now == null ? "" : now.goSource()));
    vm.loadErrorProperty().addListener((obs, old, now) -> {
      if (now != null) {
        var d = LoadErrorDialog.create(stage, i18n, now);
        d.setOnHidden(e -> vm.clearLoadError());
        d.show();
      }
    });
    vm.noticeProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty()) {
        snackbar.fireEvent(new JFXSnackbar.SnackbarEvent(new JFXSnackbarLayout(now), javafx.util.Duration.seconds(2.5), null));
        vm.clearNotice();
      }
    });
    startClock();
  }

  public Scene scene() {
    return scene;
  }

  // ---- top -------------------------------------------------------------------------------------

  private MenuBar menuBar() {
    Menu file = new Menu();
    file.textProperty().bind(i18n.bind("menu.file"));
    MenuItem open = item("menu.open", this::chooseFile);
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    recentMenu.setId(Ids.MENU_RECENT);
    recentMenu.textProperty().bind(i18n.bind("menu.recent"));
    vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
    fillRecent();
    MenuItem gallery = item("menu.gallery", this::showGallery);
    MenuItem reload = item("menu.reload", vm::reload);
    reload.setAccelerator(KeyCombination.keyCombination("F5"));
    MenuItem quit = item("menu.quit", stage::close);
    MenuItem export = item("menu.export", () -> exporter.showDialog());
    export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    MenuItem copyImage = item("menu.copyImage", () -> exporter.copy());
    copyImage.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
    file.getItems().addAll(open, recentMenu, gallery, reload, new SeparatorMenuItem(), export, copyImage, new SeparatorMenuItem(), quit);

    Menu view = new Menu();
    view.textProperty().bind(i18n.bind("menu.view"));
    MenuItem zoomIn = item("menu.zoomIn", () -> zoom(1.15));
    // Character combinations: a key-code one reads "Ctrl+DIGIT0" or "Ctrl+Equals" in the menu.
    zoomIn.setAccelerator(new KeyCharacterCombination("=", KeyCombination.SHORTCUT_DOWN));
    MenuItem zoomOut = item("menu.zoomOut", () -> zoom(1 / 1.15));
    zoomOut.setAccelerator(new KeyCharacterCombination("-", KeyCombination.SHORTCUT_DOWN));
    MenuItem zoomReset = item("menu.zoomReset", () -> setZoom(1.0));
    zoomReset.setAccelerator(new KeyCharacterCombination("0", KeyCombination.SHORTCUT_DOWN));
    MenuItem full = item("menu.fullScreen", () -> stage.setFullScreen(!stage.isFullScreen()));
    full.setAccelerator(KeyCombination.keyCombination("F11"));
    MenuItem theme = item("menu.theme", this::toggleTheme);
    theme.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
    MenuItem lang = item("menu.language", this::toggleLanguage);
    lang.getStyleClass().add("cjk");
    lang.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
    MenuItem axis = new MenuItem();
    axis.setId(Ids.TIMELINE_AXIS);
    axis.textProperty().bind(Bindings.createStringBinding(
        () -> i18n.get(timeline.timeAxisProperty().get() ? "timeline.toSteps" : "timeline.toTime"),
        timeline.timeAxisProperty(), i18n.localeProperty()));
    axis.setOnAction(e -> toggleTimeAxis());
    // No accelerator: a plain letter would fire while typing a seed; the key filter handles T.
    MenuItem fpsItem = item("menu.fps", this::toggleFps);
    fpsItem.setAccelerator(KeyCombination.keyCombination("F3"));
    sideItem = check(Ids.MENU_SIDE, "menu.side", "F7", this::sideShown, this::showSide);
    timelineItem = check(Ids.MENU_TIMELINE, "menu.timeline", "F8", this::timelineShown, this::showTimeline);
    // F6 goes through the key filter: in presenter mode the menu bar, and its accelerators, are away.
    presenterItem = check(Ids.MENU_PRESENTER, "menu.presenter", null, this::isPresenter, this::setPresenter);
    presenterItem.setSelected(false);
    view.getItems().addAll(zoomIn, zoomOut, zoomReset, full, presenterItem, new SeparatorMenuItem(), sideItem, timelineItem,
        new SeparatorMenuItem(), theme, lang, axis, fpsItem);

    Menu explore = new Menu();
    explore.textProperty().bind(i18n.bind("menu.explore"));
    MenuItem outcomesItem = item("menu.outcomes", this::showOutcomes);
    outcomesItem.setId(Ids.MENU_OUTCOMES);
    // F9 goes through the key filter, as F1 and F6 do: in presenter mode the menu bar, and its accelerators, are away.
    explore.getItems().add(outcomesItem);
    explore.getItems().addAll(this.explore.menuItems());

    Menu help = new Menu();
    help.textProperty().bind(i18n.bind("menu.help"));
    MenuItem keys = item("menu.keys", () -> vmNotice(i18n.get("help.keys")));
    // F1 goes through the key filter, as F6 does: in presenter mode the menu bar is away.
    MenuItem legend = item("menu.legend", this::showLegend);
    legend.setId(Ids.MENU_LEGEND);
    help.getItems().addAll(legend, keys);
    return new MenuBar(file, view, goMenu.menu(), explore, help);
  }

  private javafx.scene.control.CheckMenuItem check(String id, String key, String accelerator,
      java.util.function.BooleanSupplier shown, java.util.function.Consumer<Boolean> action) {
    javafx.scene.control.CheckMenuItem c = new javafx.scene.control.CheckMenuItem();
    c.setId(id);
    c.textProperty().bind(i18n.bind(key));
    c.setSelected(true);
    if (accelerator != null) {
      c.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    // A click toggles the tick before the action; the key (the menu's accelerator) may not: either
    // way the pane changes once.
    c.setOnAction(e -> action.accept(c.isSelected() != shown.getAsBoolean() ? c.isSelected() : !shown.getAsBoolean()));
    return c;
  }

  /** Shows or puts away the code, console, events and inspector (F7); the runtime view takes the room. */
  public void showSide(boolean on) {
    sideItem.setSelected(on);
    if (on && !stageSplit.getItems().contains(sidePane)) {
      stageSplit.getItems().add(sidePane);
      stageSplit.setDividerPositions(0.6);
    } else if (!on) {
      stageSplit.getItems().remove(sidePane);
    }
  }

  public boolean sideShown() {
    return stageSplit.getItems().contains(sidePane);
  }

  /** Shows or puts away the timeline and its legend (F8). */
  public void showTimeline(boolean on) {
    timelineItem.setSelected(on);
    bottomPane.setVisible(on);
    bottomPane.setManaged(on);
  }

  public boolean timelineShown() {
    return bottomPane.isManaged();
  }

  /**
   * The timeline's height: what the lecturer dragged it to, else what its lanes need, but at most
   * 30% of the window, and a fifth when zoomed in past the window's own scale. Zoom is for the runtime
   * view; the timeline then scrolls. A slide (zoom =
   * width / 1280) is the window at its own scale, so it lays out as before.
   */
  private void fitTimeline() {
    if (bottomPane != null) {
      bottomPane.requestLayout();
    }
  }

  /** The timeline's height for a window {@code width} wide (see {@link #fitTimeline}). */
  private double timelineHeight(double width) {
    if (timelineHeightPx > 0) {
      return timelineHeightPx;
    }
    double w = width > 0 ? width : overlay.getWidth() > 0 ? overlay.getWidth() : 1280;
    double height = overlay.getHeight() <= 0 ? 720 : overlay.getHeight();
    // The legend wraps at the window's width: asked without one, a FlowPane wraps at 400 px.
    double needed = timelineScroll.getContent().prefHeight(w);
    double own = Math.max(MIN_ZOOM, w / 1280);
    return Math.min(needed, height * (zoom <= own + 1e-9 ? MAX_TIMELINE_SHARE : MAX_TIMELINE_SHARE_ZOOMED));
  }

  // Four Ps and their Ms are nine lanes: at 1280×720 they took 40% of the window and left one P card
  // and a line and a half of code. Past this share the timeline scrolls.
  private static final double MAX_TIMELINE_SHARE = 0.3;
  private static final double MAX_TIMELINE_SHARE_ZOOMED = 0.2;

  /** The height the lecturer gave the timeline by dragging (-1: automatic); tests and presenter mode. */
  public void setTimelineHeight(double px) {
    timelineHeightPx = px;
    bottomPane.requestLayout();
    fitTimeline();
  }

  private OutcomesWindow outcomesWindow;
  private boolean presenter;
  private double zoomBeforePresenter = 1;
  private boolean sideBeforePresenter = true;
  private boolean timelineBeforePresenter = true;

  /**
   * Presenter mode (F6, Esc leaves): for a projector, only the narration and the runtime view, in
   * large type (twice the window's own scale); the controls, code, console and timeline are put
   * away and come back as they were. The keys still step, play and jump.
   */
  public void setPresenter(boolean on) {
    if (on == presenter) {
      return;
    }
    presenter = on;
    if (on) {
      zoomBeforePresenter = zoom;
      sideBeforePresenter = sideShown();
      timelineBeforePresenter = timelineShown();
      showSide(false);
      showTimeline(false);
      double own = Math.max(1.0, (overlay.getWidth() > 0 ? overlay.getWidth() : 1280) / 1280);
      setZoom(Math.min(MAX_ZOOM, 1.6 * own));
    } else {
      setZoom(zoomBeforePresenter);
      showSide(sideBeforePresenter);
      showTimeline(timelineBeforePresenter);
    }
    chrome.setVisible(!on);
    chrome.setManaged(!on);
    presenterItem.setSelected(on);
    if (on && !root.getStyleClass().contains("presenter")) {
      root.getStyleClass().add("presenter");
    } else if (!on) {
      root.getStyleClass().remove("presenter");
    }
  }

  public boolean isPresenter() {
    return presenter;
  }

  /**
   * Explore ▸ Outcomes… (F9): the open program's outcomes over seeds, and over every schedule;
   * opening one replays it here.
   */
  public void showOutcomes() {
    if (outcomesWindow == null) {
      outcomesWindow = new OutcomesWindow(stage, outcomes, seedOutcomes, i18n, scene.getStylesheets(), overlay.styleProperty());
    }
    outcomesWindow.show();
  }

  /** The Outcomes window at its tab of outcomes over seeds. */
  public void showSeedOutcomes() {
    showOutcomes();
    outcomesWindow.showSeeds();
  }

  /** The Outcomes window at its tab of every schedule (the explorer). */
  public void showExploreOutcomes() {
    showOutcomes();
    outcomesWindow.showExplore();
  }

  /** The Outcomes window, once opened (screenshots and tests). */
  public Stage outcomesStage() {
    return outcomesWindow == null ? null : outcomesWindow.stage();
  }

  /** Help ▸ Legend and rules, at the legend (F1). */
  public void showLegend() {
    helpWindow().showLegend();
  }

  /** Help ▸ Legend and rules, at the glossary entry of {@code rule} (a click on R7.3 beside the narration). */
  public void showRule(String rule) {
    helpWindow().showRule(rule, true);
  }

  /** The legend and glossary window, made on first use. */
  public HelpWindow helpWindow() {
    if (help == null) {
      help = new HelpWindow(stage, i18n, glossary, scene.getStylesheets(), overlay.getStyle());
    }
    return help;
  }

  /** Be the scheduler, race marks and side by side. */
  ExploreFeatures exploreFeatures() {
    return explore;
  }

  /** Be the scheduler's model. */
  public dev.gorolab.ui.viewmodel.SchedulerViewModel scheduler() {
    return explore.scheduler();
  }

  /** The race marks' model. */
  public dev.gorolab.ui.viewmodel.RacesViewModel races() {
    return explore.races();
  }

  /** Explore ▸ Side by side (Ctrl+B); returns its model. */
  public dev.gorolab.ui.viewmodel.PairViewModel showPair() {
    explore.showPair();
    return explore.pairWindow().model();
  }

  /**
   * Test seam: {@code answer} stands in for the side-by-side window's Export slide save dialog
   * (a native dialog, which headless tests cannot drive), from the next time it opens. It gets
   * the chooser as the window set it up (title, file name, filter) and returns the file, or null
   * for Cancel.
   */
  public void answerPairSaveDialogWith(java.util.function.Function<javafx.stage.FileChooser, java.io.File> answer) {
    explore.pairSaveDialog = answer;
    if (explore.pairWindow() != null) {
      explore.pairWindow().answerSaveDialogWith(answer);
    }
  }

  /** Explore ▸ Be the scheduler (F10): the bar under the narration. */
  public void showScheduler() {
    explore.openBar();
  }

  /** The Outcomes window's model of every schedule (the explorer). */
  public OutcomesViewModel outcomes() {
    return outcomes;
  }

  /** The Outcomes window's model of outcomes over seeds. */
  public dev.gorolab.ui.viewmodel.SeedOutcomesViewModel seedOutcomes() {
    return seedOutcomes;
  }

  /** Shows a short message in the snackbar. */
  public void showNotice(String text) {
    snackbar.fireEvent(new JFXSnackbar.SnackbarEvent(new JFXSnackbarLayout(text), javafx.util.Duration.seconds(2.5), null));
  }

  /** Exports and the clipboard (File ▸ Export…, Ctrl+Shift+C). */
  public ExportController exporter() {
    return exporter;
  }

  private void vmNotice(String text) {
    snackbar.fireEvent(new JFXSnackbar.SnackbarEvent(new JFXSnackbarLayout(text), javafx.util.Duration.seconds(6), null));
  }

  private MenuItem item(String key, Runnable action) {
    MenuItem m = new MenuItem();
    m.textProperty().bind(i18n.bind(key));
    m.setOnAction(e -> action.run());
    return m;
  }

  private void fillRecent() {
    recentMenu.getItems().clear();
    for (Path p : vm.recentFiles()) {
      MenuItem m = new MenuItem(p.toString());
      m.setMnemonicParsing(false);
      m.setOnAction(e -> vm.open(p));
      recentMenu.getItems().add(m);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  /**
   * The narration, at most a third of the window tall: a long scenario introduction zoomed for
   * the back row ends in "…" instead of pushing the runtime view off the window. (Not a scroll
   * pane: its content joins the scene only with its skin, and exports look the label up.)
   */
  private Node narrationPane() {
    Node label = narration();
    StackPane pane = new StackPane(label) {
      @Override
      protected double computePrefHeight(double width) {
        double w = width > 0 ? width : overlay.getWidth() > 0 ? overlay.getWidth() : 1280;
        double cap = (overlay.getHeight() > 0 ? overlay.getHeight() : 720) / 3;
        return Math.min(label.prefHeight(w), cap);
      }

      @Override
      protected double computeMinHeight(double width) {
        return 0;
      }
    };
    StackPane.setAlignment(label, Pos.TOP_LEFT);
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(pane.widthProperty());
    clip.heightProperty().bind(pane.heightProperty());
    pane.setClip(clip);
    overlay.heightProperty().addListener((obs, old, now) -> pane.requestLayout());
    return pane;
  }

  private Node narration() {
    Label n = new Label();
    narrationLabel = n;
    n.setId(Ids.NARRATION);
    n.getStyleClass().add("narration");
    n.setWrapText(true);
    n.setMaxWidth(Double.MAX_VALUE);
    // Before the first step, the scenario says what it shows and what to watch.
    n.textProperty().bind(Bindings.createStringBinding(() -> {
      LoadedScenario s = vm.scenarioProperty().get();
      if (player.traceProperty().get() == null && vm.busyProperty().get()) {
        return i18n.get("narration.recording");
      }
      if (player.stepProperty().get() >= 0 || s == null) {
        return player.narrationProperty().get();
      }
      String intro = s.description().isEmpty() ? player.narrationProperty().get() : s.description();
      return s.whatToWatch().isEmpty() ? intro : intro + "\n" + i18n.get("watch", s.whatToWatch());
    }, player.narrationProperty(), player.stepProperty(), vm.scenarioProperty(), i18n.localeProperty(), vm.busyProperty(),
        player.traceProperty()));
    // The rules the sentence names, each a link to its glossary entry.
    n.setGraphic(new RuleLinks(n.textProperty(), glossary, i18n, this::showRule));
    n.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    n.setGraphicTextGap(12);
    return n;
  }

  // ---- centre and bottom -----------------------------------------------------------------------

  private Node center() {
    banner.setId(Ids.BANNER);
    banner.getStyleClass().add("go-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setMinHeight(Region.USE_PREF_SIZE);
    player.sceneProperty().addListener((obs, old, now) -> showBanner());
    showBanner();

    // While the slider is dragged the tokens jump: a glide from where they were thousands of steps
    // before says nothing, and each one started at every frame made the frame slow.
    RuntimeView runtime = new RuntimeView(player, i18n, () -> controls.scrubbing() ? 0 : timing.animationMillis());
    ScrollPane scroll = new ScrollPane(runtime);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("runtime-scroll");
    scroll.setFocusTraversable(false);
    VBox left = new VBox(banner, scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    SidePanel right = new SidePanel(vm, i18n, code, explore.raceConsole());
    sidePane = right;
    SplitPane split = new SplitPane(left, right);
    split.setId(Ids.STAGE_SPLIT);
    split.setDividerPositions(0.6);
    stageSplit = split;
    return split;
  }

  private void showBanner() {
    var s = player.sceneProperty().get();
    String failure = s == null ? null : s.banner();
    String text = failure != null ? failure : s == null ? null : s.exitNote();
    banner.setText(text == null ? "" : text.strip());
    banner.setVisible(text != null);
    banner.setManaged(text != null);
    // A deadlock or panic is red, in Go's monospaced dump; a normal exit is a calm sentence.
    if (failure == null && text != null) {
      if (!banner.getStyleClass().contains("exit-banner")) {
        banner.getStyleClass().add("exit-banner");
      }
    } else {
      banner.getStyleClass().remove("exit-banner");
    }
  }

  private StackPane bottom() {
    VBox box = new VBox(timeline, legend());
    box.getStyleClass().add("bottom");
    // Dragged smaller than its lanes, or capped when zoomed in, the timeline scrolls. The scroll
    // pane has no border or padding, so the timeline is exactly as wide as the window.
    timelineScroll = new ScrollPane(box);
    timelineScroll.setFitToWidth(true);
    timelineScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    timelineScroll.getStyleClass().add("timeline-scroll");
    timelineScroll.setFocusTraversable(false);
    timelineScroll.setMinHeight(0);
    // The divider: the timeline's top edge, dragged up or down (double-click: automatic again).
    Region grip = new Region();
    grip.setId(Ids.TIMELINE_GRIP);
    grip.getStyleClass().add("timeline-grip");
    grip.setCursor(javafx.scene.Cursor.V_RESIZE);
    grip.setMaxHeight(6);
    grip.setPrefHeight(6);
    StackPane.setAlignment(grip, Pos.TOP_CENTER);
    StackPane pane = new StackPane(timelineScroll, grip) {
      @Override
      protected double computePrefHeight(double width) {
        return timelineHeight(width);
      }
    };
    pane.setMinHeight(0);
    double[] start = new double[2];
    grip.setOnMousePressed(e -> {
      start[0] = e.getScreenY();
      start[1] = pane.getHeight();
    });
    grip.setOnMouseDragged(e -> {
      double max = Math.max(40, overlay.getHeight() * 0.8);
      setTimelineHeight(Math.max(24, Math.min(max, start[1] - (e.getScreenY() - start[0]))));
    });
    grip.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        setTimelineHeight(-1);
      }
    });
    player.timelineProperty().addListener((obs, old, now) -> fitTimeline());
    return pane;
  }

  private Node legend() {
    FlowPane legend = new FlowPane();
    legend.setId(Ids.LEGEND);
    legend.getStyleClass().add("legend");
    legend.setAlignment(Pos.CENTER_LEFT);
    String[][] items = {
      {"▼", "legend.block"}, {"▲", "legend.wake"}, {"◆", "legend.gosched"}, {"✕", "legend.preempt"},
      {"●", "legend.steal"}, {"▮", "legend.syscall"}, {"▭", "legend.emptySlot"}, {"G", "legend.token"}
    };
    for (String[] item : items) {
      Label glyph = new Label(item[0]);
      glyph.getStyleClass().add("legend-glyph");
      Label text = new Label();
      text.textProperty().bind(i18n.bind(item[1]));
      legend.getChildren().add(ControlBar.group(glyph, text));
    }
    return legend;
  }

  // ---- actions ---------------------------------------------------------------------------------

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("menu.open"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("filter.scenarios"), "*.go", "*.json"));
    Path folder = vm.lastFolder();
    if (folder != null) {
      chooser.setInitialDirectory(folder.toFile());
    }
    File f = chooser.showOpenDialog(stage);
    if (f != null) {
      vm.open(f.toPath());
    }
  }

  private void showGallery() {
    Optional<LoadedScenario> chosen = GalleryDialog.create(stage, i18n, vm.gallery()).showAndWait();
    chosen.ifPresent(vm::open);
  }

  /** Switches between English and Simplified Chinese; every string and the narration follow. */
  public void toggleLanguage() {
    i18n.setLocale(i18n.locale().getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
  }

  private void applyLanguageFont() {
    boolean zh = i18n.locale().getLanguage().equals("zh");
    if (zh && !overlay.getStyleClass().contains("zh")) {
      overlay.getStyleClass().add("zh");
    } else if (!zh) {
      overlay.getStyleClass().remove("zh");
    }
  }

  public void toggleTheme() {
    dark = !dark;
    applyTheme();
  }

  private void applyTheme() {
    scene.getStylesheets().setAll(
        MainWindow.class.getResource(LIGHT_CSS).toExternalForm());
    if (dark) {
      scene.getStylesheets().add(MainWindow.class.getResource(DARK_CSS).toExternalForm());
    }
    scene.getStylesheets().add(MainWindow.class.getResource(ExploreFeatures.CSS).toExternalForm());
    timeline.setDark(dark);
  }

  public boolean isDark() {
    return dark;
  }

  private void zoom(double factor) {
    setZoom(zoom * factor);
  }

  /** Presentation zoom: every font (and with em units, every size) scales. */
  public void setZoom(double z) {
    zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    applyZoom();
  }

  public double zoom() {
    return zoom;
  }

  private void applyZoom() {
    double px = BASE_FONT_PX * zoom;
    overlay.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    // Zoom is for what the class reads: the controls, which the lecturer reads, stay at the
    // window's own scale (a slide's zoom is its width / 1280, so a slide lays out as before);
    // the narration and the views grow in full.
    double own = Math.max(1.0, (overlay.getWidth() > 0 ? overlay.getWidth() : 1280) / 1280);
    boolean past = zoom > own + 1e-9;
    chrome.setStyle(past ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * own) : "");
    narrationLabel.setStyle(past ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px * 1.3) : "");
    timeline.fontSizeProperty().set(px * 0.9);
    fitTimeline();
  }

  /** Switches the timeline's x axis between step numbers and virtual time. */
  public void toggleTimeAxis() {
    timeline.timeAxisProperty().set(!timeline.timeAxisProperty().get());
  }

  private void toggleFps() {
    fpsVisible = !fpsVisible;
    fps.setVisible(fpsVisible);
  }

  private void installKeys() {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      boolean typing = scene.getFocusOwner() instanceof TextInputControl t && t.isEditable();
      if (e.isShortcutDown()) {
        if (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
          zoom(1.15);
          e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
          zoom(1 / 1.15);
          e.consume();
        } else if (e.getCode() == KeyCode.DIGIT0) {
          setZoom(1.0);
          e.consume();
        } else if (e.getCode() == KeyCode.O) {
          chooseFile();
          e.consume();
        } else if (e.getCode() == KeyCode.L) {
          toggleLanguage();
          e.consume();
        } else if (e.getCode() == KeyCode.D) {
          toggleTheme();
          e.consume();
        } else if (e.getCode() == KeyCode.G && scene.lookup("#" + Ids.STEP_BOX) instanceof TextInputControl box) {
          box.requestFocus();
          e.consume();
        }
        return;
      }
      if (typing) {
        return;
      }
      if (goMenu.handle(e)) {
        e.consume();
        return;
      }
      switch (e.getCode()) {
        case SPACE -> player.togglePlay();
        case RIGHT -> player.stepForward();
        case LEFT -> player.stepBack();
        case HOME -> player.toStart();
        case END -> player.toEnd();
        case F5 -> vm.reload();
        case F11 -> stage.setFullScreen(!stage.isFullScreen());
        case F3 -> toggleFps();
        case F6 -> setPresenter(!presenter);
        case F1 -> showLegend();
        case F9 -> showOutcomes();
        case ESCAPE -> {
          if (!presenter) {
            return;
          }
          setPresenter(false);
        }
        case T -> toggleTimeAxis();
        default -> {
          return;
        }
      }
      e.consume();
    });
  }

  /** Files the app opens: Go programs and scenarios. */
  static boolean isOpenable(String fileName) {
    return fileName.endsWith(".go") || fileName.endsWith(".json");
  }

  private void installDragAndDrop() {
    scene.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> isOpenable(f.getName()))) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    scene.setOnDragDropped(e -> {
      List<File> files = e.getDragboard().getFiles();
      boolean done = false;
      for (File f : files) {
        if (isOpenable(f.getName())) {
          vm.open(f.toPath());
          done = true;
          break;
        }
      }
      e.setDropCompleted(done);
      e.consume();
    });
  }

  // ---- the player's clock ----------------------------------------------------------------------

  private void startClock() {
    clock = new AnimationTimer() {
      private long last = -1;
      private double owedMillis;

      @Override
      public void handle(long now) {
        fpsMeter.frame(now);
        if (benchmark) {
          benchmarkFrame(now);
        }
        if (fpsVisible) {
          fps.setText(String.format(Locale.ROOT, "%.0f fps · %d G", fpsMeter.fps(), liveGoroutines()));
        }
        if (!player.playingProperty().get()) {
          last = -1;
          owedMillis = 0;
          return;
        }
        if (last < 0) {
          last = now;
          player.playTick();
          return;
        }
        owedMillis += (now - last) / 1e6;
        last = now;
        double interval = timing.stepMillis() / player.speedProperty().get();
        // Up to 8×, at most one step per frame, so the audience sees every step; fast-forward
        // (16× to 64×) takes the steps it owes, a few per frame, to get through long runs.
        int most = player.speedProperty().get() > 8 ? 4 : 1;
        for (int k = 0; k < most && owedMillis >= interval && player.playingProperty().get(); k++) {
          owedMillis -= interval;
          player.playTick();
        }
        owedMillis = Math.min(owedMillis, interval);
      }
    };
    clock.start();
  }

  /** Stops the player's clock; a window that is never shown (an export) is then free to go. */
  public void dispose() {
    clock.stop();
  }

  /**
   * Benchmark mode: plays the run at 8× from step {@code fromStep}, looping back there at the end,
   * with the fps overlay, and prints {@code fps=<n> live=<goroutines> step=<i>} once a second.
   */
  public void startBenchmark(int fromStep) {
    benchmark = true;
    benchmarkFrom = fromStep;
    fpsVisible = true;
    fps.setVisible(true);
    player.speedProperty().set(8.0);
    player.seek(fromStep);
    player.play();
  }

  private void benchmarkFrame(long now) {
    if (!player.playingProperty().get() && player.stepCountProperty().get() > 0) {
      player.seek(benchmarkFrom);
      player.play();
    }
    if (now - lastReportNanos >= 1_000_000_000L) {
      lastReportNanos = now;
      System.out.printf(Locale.ROOT, "fps=%.1f live=%d step=%d%n", fpsMeter.fps(), liveGoroutines(), player.stepProperty().get() + 1);
    }
  }

  private int liveGoroutines() {
    var s = player.sceneProperty().get();
    return s == null ? 0 : s.liveGoroutines();
  }

  /** Frames per second over the last second, for the fps overlay and the benchmark. */
  public double fps() {
    return fpsMeter.fps();
  }

  /** Counts frames over a sliding one-second window. */
  static final class FpsMeter {
    private final long[] frames = new long[512];
    private int head;
    private int count;

    void frame(long nanos) {
      frames[head] = nanos;
      head = (head + 1) % frames.length;
      count = Math.min(count + 1, frames.length);
    }

    double fps() {
      if (count < 2) {
        return 0;
      }
      long newest = frames[(head - 1 + frames.length) % frames.length];
      int n = 0;
      long oldest = newest;
      for (int i = 1; i < count; i++) {
        long t = frames[(head - 1 - i + 2 * frames.length) % frames.length];
        if (newest - t > 1_000_000_000L) {
          break;
        }
        oldest = t;
        n++;
      }
      return n == 0 ? 0 : n * 1e9 / (newest - oldest);
    }
  }
}
