package dev.gorolab.ui.view;

import dev.gorolab.sim.explore.Divergence;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.PairViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Side by side: the settings of both runs and one step control on top, where the runs part
 * below it, then for each run its title, narration, runtime view and timeline, A left and B
 * right. The same node is the window's content and the exported slide.
 */
public final class PairView extends BorderPane {
  private final PairViewModel model;
  private final VBox controls;
  private final TimelineView timelineA;
  private final TimelineView timelineB;

  public PairView(PairViewModel model, I18n i18n, DoubleSupplier animationMillis, Runnable run, Runnable export) {
    this.model = model;
    getStyleClass().addAll("main", "pair-view");

    TextField a = new TextField();
    a.setId(ExploreIds.PAIR_A_SETTINGS);
    a.textProperty().bindBidirectional(model.sideAProperty());
    a.setPrefColumnCount(16);
    a.setOnAction(e -> run.run());
    TextField b = new TextField();
    b.setId(ExploreIds.PAIR_B_SETTINGS);
    b.textProperty().bindBidirectional(model.sideBProperty());
    b.setPrefColumnCount(16);
    b.setOnAction(e -> run.run());
    Button go = button(i18n, "pair.run", run);
    go.setId(ExploreIds.PAIR_RUN);
    go.disableProperty().bind(model.busyProperty());
    Button first = plain("|◀", model::toStart);
    Button back = plain("◀", model::stepBack);
    Button forward = plain("▶", model::stepForward);
    Button last = plain("▶|", model::toEnd);
    Button divergence = button(i18n, "pair.toDivergence", model::toDivergence);
    divergence.setId(ExploreIds.PAIR_DIVERGENCE);
    divergence.disableProperty().bind(model.divergenceProperty().isNull());
    Button save = button(i18n, "pair.export", export);
    save.setId(ExploreIds.PAIR_EXPORT);
    Label cursor = new Label();
    cursor.textProperty().bind(model.cursorTextProperty());
    Label status = new Label();
    status.textProperty().bind(model.statusProperty());
    Label labelA = new Label("A");
    Label labelB = new Label("B");
    HBox settings = new HBox(8, labelA, a, labelB, b, go, status);
    settings.setAlignment(Pos.CENTER_LEFT);
    settings.getStyleClass().add("pair-settings");
    javafx.scene.control.ChoiceBox<Integer> sync = new javafx.scene.control.ChoiceBox<>();
    sync.setId(ExploreIds.PAIR_SYNC);
    model.goroutines().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
      java.util.List<Integer> all = new java.util.ArrayList<>();
      all.add(-1);
      all.addAll(model.goroutines());
      sync.getItems().setAll(all);
      sync.setValue(model.syncGoroutineProperty().get());
    });
    sync.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Integer g) {
        return g == null ? "" : g < 0 ? i18n.get("pair.syncTime") : i18n.get("pair.syncG", g);
      }

      @Override
      public Integer fromString(String text) {
        return null;
      }
    });
    model.syncGoroutineProperty().addListener((obs, old, now) -> sync.setValue(now.intValue()));
    sync.valueProperty().addListener((obs, old, now) -> {
      if (now != null && now != model.syncGoroutineProperty().get()) {
        model.syncGoroutineProperty().set(now);
      }
    });
    Label syncLabel = new Label();
    syncLabel.textProperty().bind(i18n.bind("pair.sync"));
    HBox transport = new HBox(8, first, back, forward, last, cursor, syncLabel, sync, divergence, save);
    transport.setAlignment(Pos.CENTER_LEFT);
    Label parts = new Label();
    parts.setId(ExploreIds.PAIR_NARRATION);
    parts.textProperty().bind(model.divergenceTextProperty());
    parts.setWrapText(true);
    parts.getStyleClass().add("pair-divergence");
    parts.setMinHeight(Region.USE_PREF_SIZE);
    controls = new VBox(6, settings, transport);
    VBox top = new VBox(6, controls, parts);
    top.setPadding(new Insets(8));
    setTop(top);

    timelineA = new TimelineView(model.a());
    timelineA.setId(Ids.TIMELINE + "-a");
    timelineB = new TimelineView(model.b());
    timelineB.setId(Ids.TIMELINE + "-b");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setPadding(new Insets(0, 8, 8, 8));
    grid.addColumn(0, side(model.titleAProperty(), model.a(), i18n, animationMillis, "a"), timelineA);
    grid.addColumn(1, side(model.titleBProperty(), model.b(), i18n, animationMillis, "b"), timelineB);
    for (int c = 0; c < 2; c++) {
      var cc = new javafx.scene.layout.ColumnConstraints();
      cc.setPercentWidth(50);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    var runtimeRow = new javafx.scene.layout.RowConstraints();
    runtimeRow.setVgrow(Priority.ALWAYS);
    runtimeRow.setMinHeight(0);
    var timelineRow = new javafx.scene.layout.RowConstraints();
    timelineRow.setMinHeight(Region.USE_PREF_SIZE);
    timelineRow.setVgrow(Priority.NEVER);
    grid.getRowConstraints().addAll(runtimeRow, timelineRow);
    setCenter(grid);

    model.divergenceProperty().addListener((obs, old, now) -> markDivergence(now, i18n));
    markDivergence(model.divergenceProperty().get(), i18n);
  }

  private Node side(javafx.beans.value.ObservableStringValue title, PlayerViewModel player, I18n i18n,
      DoubleSupplier animationMillis, String suffix) {
    Label heading = new Label();
    heading.textProperty().bind(title);
    heading.getStyleClass().add("pair-title");
    Label narration = new Label();
    narration.textProperty().bind(player.narrationProperty());
    narration.setWrapText(true);
    narration.getStyleClass().addAll("narration", "pair-narration");
    narration.setMinHeight(Region.USE_PREF_SIZE);
    narration.setMaxWidth(Double.MAX_VALUE);
    RuntimeView runtime = new RuntimeView(player, i18n, animationMillis);
    runtime.setId(Ids.RUNTIME + "-" + suffix);
    ScrollPane scroll = new ScrollPane(runtime);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("runtime-scroll");
    // The runtime views scroll; the timelines below them keep the height their lanes need.
    scroll.setPrefViewportHeight(120);
    scroll.setMinHeight(0);
    VBox box = new VBox(4, heading, narration, scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    box.setMinHeight(0);
    return box;
  }

  private void markDivergence(Divergence d, I18n i18n) {
    if (d == null) {
      timelineA.setFlags("divergence", List.of());
      timelineB.setFlags("divergence", List.of());
      return;
    }
    String text = i18n.get("pair.flag");
    timelineA.setFlags("divergence", List.of(new TimelineView.Flag(d.stepA(), text, ExploreFeatures.RACE_COLOUR)));
    timelineB.setFlags("divergence", List.of(new TimelineView.Flag(d.stepB(), text, ExploreFeatures.RACE_COLOUR)));
  }

  /** The type size in px of the whole view, the timelines' lane labels included. */
  public void setFontSize(double px) {
    setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    timelineA.fontSizeProperty().set(px * 0.9);
    timelineB.fontSizeProperty().set(px * 0.9);
  }

  /** Hides the settings and the step control (a slide shows the runs and where they part). */
  public void showControls(boolean on) {
    controls.setVisible(on);
    controls.setManaged(on);
  }

  /** The pair as one image at {@code scale}×: text, shapes and the timelines drawn at that resolution. */
  public java.awt.image.BufferedImage toImage(double scale) {
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
    timelineA.setPixelScale(scale);
    timelineB.setPixelScale(scale);
    try {
      return javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot(params, null), null);
    } finally {
      timelineA.setPixelScale(1);
      timelineB.setPixelScale(1);
    }
  }

  public TimelineView timelineA() {
    return timelineA;
  }

  public TimelineView timelineB() {
    return timelineB;
  }

  public PairViewModel model() {
    return model;
  }

  /** The app's stylesheets, light or dark, for a scene that shows this view. */
  public static List<String> stylesheets(boolean dark) {
    String light = PairView.class.getResource(MainWindow.LIGHT_CSS).toExternalForm();
    String explore = PairView.class.getResource(ExploreFeatures.CSS).toExternalForm();
    return dark ? List.of(light, PairView.class.getResource(MainWindow.DARK_CSS).toExternalForm(), explore) : List.of(light, explore);
  }

  private static Button button(I18n i18n, String key, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    return b;
  }

  private static Button plain(String text, Runnable action) {
    Button b = new Button(text);
    b.setOnAction(e -> action.run());
    return b;
  }
}
