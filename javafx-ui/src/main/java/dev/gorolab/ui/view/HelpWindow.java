package dev.gorolab.ui.view;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.Palette;
import dev.gorolab.ui.viewmodel.RuleGlossary;
import dev.gorolab.ui.viewmodel.Token;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Legend and rules (F1): what every mark of the runtime view and the timeline means, and
 * the glossary of the rules the narration names, each with its place in Go 1.19's source. A
 * click on an R-number beside the narration opens it at that rule.
 */
public final class HelpWindow {
  private final Stage stage = new Stage();
  private final I18n i18n;
  private final RuleGlossary glossary;
  private final TabPane tabs = new TabPane();
  private final ListView<String> rules = new ListView<>();
  private final Label ruleTitle = new Label();
  private final Label ruleText = new Label();
  private final Label ruleSource = new Label();

  HelpWindow(Window owner, I18n i18n, RuleGlossary glossary, List<String> stylesheets, String rootStyle) {
    this.i18n = i18n;
    this.glossary = glossary;
    stage.initOwner(owner);
    stage.titleProperty().bind(i18n.bind("help.title"));

    Tab legendTab = new Tab();
    legendTab.textProperty().bind(i18n.bind("help.legend"));
    legendTab.setContent(legend());
    Tab rulesTab = new Tab();
    rulesTab.textProperty().bind(i18n.bind("help.rules"));
    rulesTab.setContent(rulesPane());
    tabs.getTabs().addAll(legendTab, rulesTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

    VBox root = new VBox(tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root.setId(Ids.LEGEND_WINDOW);
    root.getStyleClass().addAll("main", "help");
    root.setStyle(rootStyle);
    Scene scene = new Scene(root, 980, 720);
    scene.getStylesheets().setAll(stylesheets);
    stage.setScene(scene);
    chineseFont(root);
    i18n.localeProperty().addListener((obs, old, now) -> {
      chineseFont(root);
      legendTab.setContent(legend());
      showRule(rules.getSelectionModel().getSelectedItem());
    });
  }

  /** The CJK font the main window uses in Chinese, or the glyphs are boxes. */
  private void chineseFont(javafx.scene.Parent root) {
    root.getStyleClass().remove("zh");
    if (i18n.locale().getLanguage().equals("zh")) {
      root.getStyleClass().add("zh");
    }
  }

  /** Shows the legend. */
  void showLegend() {
    tabs.getSelectionModel().select(0);
    show();
  }

  /** Shows the glossary at {@code rule} (R7.3). */
  void showRule(String rule, boolean open) {
    tabs.getSelectionModel().select(1);
    rules.getSelectionModel().select(rule);
    rules.scrollTo(rule);
    if (open) {
      show();
    }
  }

  /** The rule on show in the glossary, or null. */
  public String shownRule() {
    return rules.getSelectionModel().getSelectedItem();
  }

  public Stage stage() {
    return stage;
  }

  private void show() {
    stage.show();
    stage.toFront();
  }

  // ---- the glossary ----------------------------------------------------------------------------

  private Node rulesPane() {
    rules.setId(Ids.GLOSSARY);
    rules.getItems().setAll(glossary.rules());
    rules.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(String rule, boolean empty) {
        super.updateItem(rule, empty);
        setText(empty || rule == null ? null
            : rule + "  " + glossary.lookup(rule, i18n.locale()).map(RuleGlossary.Entry::title).orElse(""));
      }
    });
    rules.setPrefWidth(330);
    // A long explanation must wrap, not squeeze the list of rules.
    rules.setMinWidth(330);
    rules.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showRule(now));
    i18n.localeProperty().addListener((obs, old, now) -> rules.refresh());
    ruleTitle.getStyleClass().add("rule-title");
    ruleTitle.setWrapText(true);
    ruleText.getStyleClass().add("rule-text");
    ruleText.setWrapText(true);
    ruleSource.getStyleClass().add("rule-source");
    ruleSource.setWrapText(true);
    VBox detail = new VBox(12, ruleTitle, ruleText, ruleSource);
    detail.setPadding(new Insets(16));
    detail.setMinWidth(0);
    detail.setPrefWidth(600);
    HBox.setHgrow(detail, Priority.ALWAYS);
    HBox box = new HBox(rules, detail);
    if (!rules.getItems().isEmpty()) {
      rules.getSelectionModel().select(0);
    }
    return box;
  }

  private void showRule(String rule) {
    RuleGlossary.Entry e = rule == null ? null : glossary.lookup(rule, i18n.locale()).orElse(null);
    ruleTitle.setText(e == null ? "" : e.rule() + " · " + e.title());
    ruleText.setText(e == null ? "" : e.text());
    ruleSource.setText(e == null ? "" : i18n.get("help.source", e.source()));
  }

  // ---- the legend ------------------------------------------------------------------------------

  private Node legend() {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(10);
    grid.setPadding(new Insets(16));
    int row = 0;
    row = heading(grid, row, "help.legend.tokens");
    row = entry(grid, row, tokens(1, 2, 3, 4, 5, 6, 7), "help.legend.token");
    row = entry(grid, row, tokens(8, 15, 22), "help.legend.cue");
    row = entry(grid, row, systemToken(), "help.legend.system");
    row = entry(grid, row, styled(token(6), "selected"), "help.legend.selected");
    row = entry(grid, row, styled(token(6), "followed"), "help.legend.followed");
    row = entry(grid, row, styled(token(6), "dead"), "help.legend.dead");
    row = heading(grid, row, "help.legend.places");
    row = entry(grid, row, chip("P0 · M0", "p-card"), "help.legend.pcard");
    row = entry(grid, row, chip("P1", "p-card", "idle"), "help.legend.pidle");
    row = entry(grid, row, chip("M2", "m-card", "spinning"), "help.legend.mspinning");
    row = entry(grid, row, chip("M1 · syscall", "m-card", "syscall"), "help.legend.msyscall");
    row = entry(grid, row, chip("cs  1 / 2", "chan-card"), "help.legend.chan");
    row = entry(grid, row, chip("cs  closed", "chan-card", "closed"), "help.legend.chanClosed");
    row = entry(grid, row, chip("wg · mu", "sync-card"), "help.legend.sync");
    row = entry(grid, row, chip("⏱ 1s", "timer-token"), "help.legend.timer");
    row = entry(grid, row, text("runnext"), "help.legend.runnext");
    row = entry(grid, row, text("sendq / recvq"), "help.legend.queues");
    row = entry(grid, row, text(i18n.get("rt.sleeping") + " · " + i18n.get("rt.waiting") + " · " + i18n.get("rt.done")), "help.legend.sections");
    row = heading(grid, row, "help.legend.timeline");
    row = entry(grid, row, text("▼"), "help.legend.block");
    row = entry(grid, row, text("▲"), "help.legend.wake");
    row = entry(grid, row, text("◆"), "help.legend.gosched");
    row = entry(grid, row, text("✕"), "help.legend.preempt");
    row = entry(grid, row, text("●"), "help.legend.steal");
    row = entry(grid, row, text("▮"), "help.legend.syscall");
    row = entry(grid, row, text("┃"), "help.legend.playhead");
    heading(grid, row, "help.legend.code");
    entry(grid, row + 1, tokens(1, 6), "help.legend.codeMarker");
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private int heading(GridPane grid, int row, String key) {
    Label l = new Label(i18n.get(key));
    l.getStyleClass().add("legend-heading");
    grid.add(l, 0, row, 2, 1);
    return row + 1;
  }

  private int entry(GridPane grid, int row, Node sample, String key) {
    Label what = new Label(i18n.get(key));
    what.setWrapText(true);
    what.setMaxWidth(620);
    grid.add(sample, 0, row);
    grid.add(what, 1, row);
    GridPane.setHalignment(sample, javafx.geometry.HPos.LEFT);
    return row + 1;
  }

  private static Node tokens(int... gs) {
    HBox box = new HBox(6);
    box.setAlignment(Pos.CENTER_LEFT);
    for (int g : gs) {
      box.getChildren().add(token(g));
    }
    return box;
  }

  private static Label token(int g) {
    Token t = new Token(g, "G" + g, Palette.colourOf(g), GStatus.RUNNABLE, false);
    Label l = new Label(t.label());
    l.getStyleClass().add("token");
    String cue = Palette.cueClass(g);
    if (cue != null) {
      l.getStyleClass().add(cue);
    }
    l.setStyle("-fx-background-color: " + Palette.fill(t) + "; -fx-text-fill: " + Palette.text(t) + ";");
    return l;
  }

  private static Label systemToken() {
    Label l = new Label("G2 runtime.forcegchelper");
    l.getStyleClass().add("token");
    l.setStyle("-fx-background-color: " + Palette.SYSTEM + "; -fx-text-fill: #000000;");
    return l;
  }

  private static Node styled(Label l, String styleClass) {
    l.getStyleClass().add(styleClass);
    return l;
  }

  private static Node chip(String text, String... styleClasses) {
    Label l = new Label(text);
    l.getStyleClass().add(styleClasses[0].endsWith("-token") ? styleClasses[0] : "card");
    l.getStyleClass().addAll(styleClasses);
    return l;
  }

  private static Node text(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("legend-mark");
    return l;
  }
}
