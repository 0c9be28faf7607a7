package dev.gorolab.ui.view;

import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right side: the Go source with goroutine markers above; console, event list and inspector below. */
final class SidePanel extends SplitPane {
  private final I18n i18n;

  SidePanel(MainViewModel vm, I18n i18n, CodeView code) {
    this(vm, i18n, code, null);
  }

  /** {@code underConsole}, if not null, goes below the console (the data race reports). */
  SidePanel(MainViewModel vm, I18n i18n, CodeView code, Node underConsole) {
    this.i18n = i18n;
    getStyleClass().add("side-panel");
    PlayerViewModel player = vm.player();
    TextArea console = new TextArea();
    console.setId(Ids.CONSOLE);
    console.setEditable(false);
    console.getStyleClass().addAll("console", "monospace");
    console.textProperty().bind(player.consoleProperty());
    console.textProperty().addListener((obs, old, now) -> console.positionCaret(now.length()));
    console.setFocusTraversable(false);
    Label goError = new Label();
    goError.setId(Ids.GO_ERROR);
    goError.getStyleClass().addAll("go-error", "monospace");
    goError.setWrapText(true);
    goError.textProperty().bind(player.goErrorProperty());
    goError.visibleProperty().bind(player.goErrorProperty().isNotEmpty());
    goError.managedProperty().bind(goError.visibleProperty());
    VBox consoleBox;
    if (underConsole == null) {
      consoleBox = new VBox(console, goError);
      VBox.setVgrow(console, Priority.ALWAYS);
    } else {
      consoleBox = consoleAbove(console, goError, underConsole);
    }

    ListView<Integer> events = new ListView<>();
    events.setId(Ids.EVENTS);
    events.setFocusTraversable(false);
    events.itemsProperty().bind(player.stepsProperty());
    StepList.showNarratedSteps(events, player);
    i18n.localeProperty().addListener((obs, old, now) -> events.refresh());

    InspectorView inspector = new InspectorView(player, i18n);
    Tab eventsTab = tab("tab.events", events);
    TabPane tabs = new TabPane(tab("tab.console", consoleBox), eventsTab, tab("tab.goroutine", inspector));
    // The list follows the step only while it is shown: scrolling a list of 10M steps to the step
    // costs a frame or more, which a drag over the slider paid at every step it passed.
    Runnable followStep = () -> {
      int i = player.stepProperty().get();
      if (i >= 0 && i < events.getItems().size()) {
        events.getSelectionModel().clearAndSelect(i);
        events.scrollTo(Math.max(0, i - 2));
      } else {
        events.getSelectionModel().clearSelection();
      }
    };
    player.stepProperty().addListener((obs, old, now) -> {
      if (eventsTab.isSelected()) {
        followStep.run();
      }
    });
    eventsTab.selectedProperty().addListener((obs, old, now) -> {
      if (now) {
        followStep.run();
      }
    });
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setFocusTraversable(false);
    player.selectedProperty().addListener((obs, old, now) -> {
      if (now.intValue() >= 0) {
        tabs.getSelectionModel().select(2);
      }
    });

    Label sourceName = new Label();
    sourceName.getStyleClass().add("pane-title");
    sourceName.textProperty().bind(Bindings.createStringBinding(() -> {
      LoadedScenario s = vm.scenarioProperty().get();
      return s == null || s.goSourceName().isEmpty() ? "" : s.goSourceName();
    }, vm.scenarioProperty()));
    VBox codeBox = new VBox(sourceName, code);
    VBox.setVgrow(code, Priority.ALWAYS);
    getItems().setAll(codeBox, tabs);
    setOrientation(Orientation.VERTICAL);
    setDividerPositions(0.5);
  }

  /**
   * The console with {@code report} under it while the report is shown, each with its share of a
   * divider the user can move. In one column the report got what the console left over: at
   * 1280×720 a single line of Go's race report, which a lecturer had to enlarge the window to read.
   * Hidden, the report waits below {@code goError}, taking no room, still in the scene.
   */
  private static VBox consoleAbove(TextArea console, Node goError, Node report) {
    SplitPane split = new SplitPane(console);
    split.setOrientation(Orientation.VERTICAL);
    split.getStyleClass().add("console-split");
    VBox box = new VBox(split, goError);
    VBox.setVgrow(split, Priority.ALWAYS);
    Runnable layout = () -> {
      if (report.isVisible() && !split.getItems().contains(report)) {
        box.getChildren().remove(report);
        split.getItems().add(report);
        // The report is what the class reads at that step; the output stays above it.
        split.setDividerPositions(0.35);
      } else if (!report.isVisible() && !box.getChildren().contains(report)) {
        split.getItems().remove(report);
        box.getChildren().add(report);
      }
    };
    report.visibleProperty().addListener((obs, old, now) -> layout.run());
    layout.run();
    return box;
  }

  private Tab tab(String key, Node content) {
    Tab t = new Tab();
    t.textProperty().bind(i18n.bind(key));
    t.setContent(content);
    return t;
  }
}
