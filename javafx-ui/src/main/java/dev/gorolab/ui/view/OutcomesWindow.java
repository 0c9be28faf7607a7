package dev.gorolab.ui.view;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.OutcomesViewModel;
import dev.gorolab.ui.viewmodel.SeedOutcomesViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Explore ▸ Outcomes… (F9): the distinct outcomes of the open program, from two sources in two
 * tabs: over seeds (one run per seed, as {@code gorolab run --outcomes}; {@link SeedOutcomesPane})
 * and every schedule (as {@code gorolab explore}). Both compute in the background with progress
 * and Cancel; a click (or Enter, or the button) replays an outcome in the lecture window. The
 * window follows the lecture window's theme and zoom.
 */
final class OutcomesWindow {
  private final Stage stage = new Stage();
  private final OutcomesViewModel model;
  private final TabPane tabs = new TabPane();
  private final Tab seedsTab = new Tab();
  private final Tab exploreTab = new Tab();

  OutcomesWindow(Window owner, OutcomesViewModel model, SeedOutcomesViewModel seeds, I18n i18n,
      ObservableList<String> stylesheets, StringProperty rootStyle) {
    this.model = model;
    stage.initOwner(owner);
    stage.titleProperty().bind(i18n.bind("outcomes.title"));

    ToggleGroup group = new ToggleGroup();
    RadioButton go = radio(group, i18n, "outcomes.modeGo", ExploreMode.GO);
    go.setId(Ids.OUTCOMES_MODE_GO);
    RadioButton any = radio(group, i18n, "outcomes.modeAny", ExploreMode.ANY);
    any.setId(Ids.OUTCOMES_MODE_ANY);
    (model.modeProperty().get() == ExploreMode.ANY ? any : go).setSelected(true);
    group.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now != null) {
        model.modeProperty().set((ExploreMode) now.getUserData());
      }
    });
    // A mode set elsewhere (a schedule file opened, a tour) shows on the buttons too.
    model.modeProperty().addListener((obs, old, now) -> (now == ExploreMode.ANY ? any : go).setSelected(true));

    Button search = new Button();
    search.setId(Ids.OUTCOMES_SEARCH);
    search.textProperty().bind(i18n.bind("outcomes.search"));
    search.disableProperty().bind(model.runningProperty());
    search.setOnAction(e -> model.search());
    Button cancel = new Button();
    cancel.setId(Ids.OUTCOMES_CANCEL);
    cancel.textProperty().bind(i18n.bind("outcomes.cancel"));
    cancel.disableProperty().bind(model.runningProperty().not());
    cancel.setOnAction(e -> model.cancel());

    Label status = new Label();
    status.setId(Ids.OUTCOMES_STATUS);
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());

    ListView<OutcomesViewModel.Row> list = new ListView<>(model.rows());
    list.setId(Ids.OUTCOMES_LIST);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(OutcomesViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : model.describe(row));
        getStyleClass().remove("outcome-failed");
        if (!empty && row != null && row.outcome().exitCode() != 0) {
          getStyleClass().add("outcome-failed");
        }
      }
    });
    list.getStyleClass().add("monospace-list");
    // Each row's words come from the language of the moment it is drawn.
    i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
    list.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getPickResult().getIntersectedNode() != null
          && cellOf(e.getPickResult().getIntersectedNode()) instanceof ListCell<?> c && !c.isEmpty()) {
        openSelected(list);
      }
    });
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openSelected(list);
      }
    });
    Button open = new Button();
    open.setId(Ids.OUTCOMES_OPEN);
    open.textProperty().bind(i18n.bind("outcomes.open"));
    open.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
    open.setOnAction(e -> openSelected(list));

    Label hint = new Label();
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("outcomes.hint"));
    hint.getStyleClass().add("hint");
    VBox modes = new VBox(6, go, any);
    hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox buttons = new HBox(8, search, cancel, open);
    VBox box = new VBox(8, hint, modes, buttons, status, list);
    VBox.setVgrow(list, Priority.ALWAYS);

    SeedOutcomesPane seedsPane = new SeedOutcomesPane(seeds, i18n);
    seedsTab.setId(Ids.OUTCOMES_TAB_SEEDS);
    seedsTab.textProperty().bind(i18n.bind("outcomes.tab.seeds"));
    seedsTab.setContent(pad(seedsPane.root()));
    seedsTab.setClosable(false);
    exploreTab.setId(Ids.OUTCOMES_TAB_EXPLORE);
    exploreTab.textProperty().bind(i18n.bind("outcomes.tab.explore"));
    exploreTab.setContent(pad(box));
    exploreTab.setClosable(false);
    tabs.setId(Ids.OUTCOMES_TABS);
    tabs.getTabs().setAll(seedsTab, exploreTab);
    tabs.getStyleClass().add("outcomes");
    // The lecture window's font size (its zoom) and theme, now and when they change.
    tabs.styleProperty().bind(rootStyle);
    // Most of the lecture window, so a projector shows several outcomes at once.
    double width = owner.getWidth() > 0 ? Math.max(900, 0.8 * owner.getWidth()) : 960;
    double height = owner.getHeight() > 0 ? Math.max(600, 0.85 * owner.getHeight()) : 680;
    Scene scene = new Scene(tabs, width, height);
    Bindings.bindContent(scene.getStylesheets(), stylesheets);
    // Chinese: the CJK font for everything, as the lecture window does.
    zh(i18n, tabs);
    i18n.localeProperty().addListener((obs, old, now) -> zh(i18n, tabs));
    stage.setScene(scene);
  }

  private static void zh(I18n i18n, Node root) {
    root.getStyleClass().remove("zh");
    if (i18n.locale().getLanguage().equals("zh")) {
      root.getStyleClass().add("zh");
    }
  }

  private static VBox pad(VBox content) {
    content.setPadding(new Insets(12));
    return content;
  }

  private static Node cellOf(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p instanceof ListCell<?>) {
        return p;
      }
    }
    return null;
  }

  /** Shows the tab of outcomes over seeds. */
  void showSeeds() {
    tabs.getSelectionModel().select(seedsTab);
  }

  /** Shows the tab of every schedule (the explorer). */
  void showExplore() {
    tabs.getSelectionModel().select(exploreTab);
  }

  private static RadioButton radio(ToggleGroup group, I18n i18n, String key, ExploreMode mode) {
    RadioButton r = new RadioButton();
    r.textProperty().bind(i18n.bind(key));
    r.setToggleGroup(group);
    r.setUserData(mode);
    return r;
  }

  private void openSelected(ListView<OutcomesViewModel.Row> list) {
    OutcomesViewModel.Row row = list.getSelectionModel().getSelectedItem();
    if (row != null) {
      model.open(row);
    }
  }

  void show() {
    stage.show();
    stage.toFront();
  }

  Stage stage() {
    return stage;
  }
}
