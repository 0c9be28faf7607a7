package dev.gorolab.ui.view;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.SeedOutcomesViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Outcomes window's "over seeds" tab: the seed range, Run and Cancel, the status, and the list
 * of distinct outcomes, each with its share of the seeds and real Go's share as bars. A click (or
 * Enter, or the button) opens the outcome's first seed in the lecture window.
 */
final class SeedOutcomesPane {
  /** The most lines of an outcome's output a row shows; the rest are counted. */
  static final int MAX_LINES = 12;

  private final SeedOutcomesViewModel model;
  private final I18n i18n;
  private final VBox root;
  private final ListView<SeedOutcomesViewModel.Row> list;

  SeedOutcomesPane(SeedOutcomesViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;

    Label hint = new Label();
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("seeds.hint"));
    hint.getStyleClass().add("hint");
    hint.setMinHeight(Region.USE_PREF_SIZE);
    // The hint is for the lecturer before the first list: with outcomes shown, the room is theirs
    // (in presenter mode's large type the hint took half the window).
    hint.visibleProperty().bind(Bindings.isEmpty(model.rows()));
    hint.managedProperty().bind(hint.visibleProperty());

    Label from = new Label();
    from.textProperty().bind(i18n.bind("seeds.from"));
    TextField first = field(Ids.SEEDS_FIRST, model.firstTextProperty());
    from.setLabelFor(first);
    Label to = new Label();
    to.textProperty().bind(i18n.bind("seeds.to"));
    TextField last = field(Ids.SEEDS_LAST, model.lastTextProperty());
    to.setLabelFor(last);

    Button run = new Button();
    run.setId(Ids.SEEDS_RUN);
    run.textProperty().bind(i18n.bind("seeds.run"));
    run.disableProperty().bind(model.runningProperty());
    run.setDefaultButton(false);
    run.setOnAction(e -> model.compute());
    first.setOnAction(e -> model.compute());
    last.setOnAction(e -> model.compute());
    Button cancel = new Button();
    cancel.setId(Ids.SEEDS_CANCEL);
    cancel.textProperty().bind(i18n.bind("seeds.cancel"));
    cancel.disableProperty().bind(model.runningProperty().not());
    cancel.setOnAction(e -> model.cancel());

    Label status = new Label();
    status.setId(Ids.SEEDS_STATUS);
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(model.statusText());
    model.statusProperty().addListener((obs, old, now) -> {
      status.getStyleClass().remove("seeds-error");
      if (now.error()) {
        status.getStyleClass().add("seeds-error");
      }
    });

    list = new ListView<>(model.rows());
    list.setId(Ids.SEEDS_LIST);
    list.getStyleClass().add("seed-outcomes");
    list.setCellFactory(v -> new RowCell());
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openSelected();
        e.consume();
      }
    });
    // Rows are made in the language shown: a switch redraws them.
    i18n.localeProperty().addListener((obs, old, now) -> list.refresh());

    Button open = new Button();
    open.setId(Ids.SEEDS_OPEN);
    open.textProperty().bind(i18n.bind("seeds.open"));
    open.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
    open.setOnAction(e -> openSelected());

    // A row that wraps rather than cutting words short in presenter mode's large type.
    javafx.scene.layout.FlowPane range = new javafx.scene.layout.FlowPane(8, 6, from, first, to, last, run, cancel, open);
    range.setAlignment(Pos.CENTER_LEFT);
    for (Region r : new Region[] {from, to, run, cancel, open}) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    root = new VBox(8, hint, range, status, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    root.getStyleClass().add("seeds-pane");
  }

  private static TextField field(String id, javafx.beans.property.StringProperty text) {
    TextField f = new TextField();
    f.setId(id);
    f.setPrefColumnCount(6);
    f.textProperty().bindBidirectional(text);
    return f;
  }

  private void openSelected() {
    SeedOutcomesViewModel.Row row = list.getSelectionModel().getSelectedItem();
    if (row != null) {
      model.open(row);
    }
  }

  VBox root() {
    return root;
  }

  ListView<SeedOutcomesViewModel.Row> list() {
    return list;
  }

  /** One outcome: its number, the bars of its share and Go's, exit and stderr, the output as printed, the seeds. */
  private final class RowCell extends ListCell<SeedOutcomesViewModel.Row> {
    RowCell() {
      // One click on an outcome opens it: the lecturer points at the output the class asks about.
      setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
          model.open(getItem());
        }
      });
    }

    @Override
    protected void updateItem(SeedOutcomesViewModel.Row row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      // Left, a column of one width in every row: number, the shares, exit, seeds; right, the
      // output as printed, so the outputs of all rows line up for comparing.
      Label number = new Label("#" + row.number());
      number.getStyleClass().add("seed-outcome-number");
      Label exit = new Label(i18n.get("seeds.exit", row.outcome().exit()));
      exit.getStyleClass().add("hint");
      HBox title = new HBox(10, number, exit);
      title.setAlignment(Pos.BASELINE_LEFT);
      VBox meta = new VBox(3, title, bar("seed-share", row.share(), i18n.get("seeds.ours",
          row.outcome().count(), row.seedsRun(), SeedOutcomesViewModel.percent(row.share()))));
      if (row.goShare() >= 0) {
        meta.getChildren().add(bar("go-share", row.goShare(), i18n.get("seeds.go",
            SeedOutcomesViewModel.percent(row.goShare()), row.goCount(), row.goRuns())));
      }
      Label seeds = new Label(model.seedsText(row));
      seeds.getStyleClass().add("hint");
      seeds.setWrapText(true);
      meta.getChildren().add(seeds);
      meta.getStyleClass().add("seed-outcome-meta");

      VBox output = new VBox(2);
      if (!row.outcome().stderrFirstLine().isEmpty()) {
        Label err = new Label(row.outcome().stderrFirstLine());
        err.getStyleClass().add("seed-outcome-stderr");
        output.getChildren().add(err);
      }
      Label out = new Label(shown(row.outcome().stdout()));
      out.getStyleClass().add("seed-outcome-output");
      output.getChildren().add(out);
      HBox box = new HBox(16, meta, output);
      getStyleClass().removeAll("outcome-failed", "go-only");
      if (row.outcome().exit() != 0) {
        getStyleClass().add("outcome-failed");
      }
      if (row.goOnly()) {
        getStyleClass().add("go-only");
      }
      setGraphic(box);
    }

    private HBox bar(String styleClass, double share, String text) {
      ProgressBar b = new ProgressBar(share);
      b.getStyleClass().addAll("share-bar", styleClass);
      b.setFocusTraversable(false);
      Label l = new Label(text);
      HBox h = new HBox(8, b, l);
      h.setAlignment(Pos.CENTER_LEFT);
      return h;
    }

    /** The output as printed, at most {@link #MAX_LINES} lines; nothing printed says so. */
    private String shown(String stdout) {
      String s = stdout.endsWith("\n") ? stdout.substring(0, stdout.length() - 1) : stdout;
      if (s.isEmpty()) {
        return i18n.get("outcomes.noOutput");
      }
      String[] lines = s.split("\n", -1);
      if (lines.length <= MAX_LINES) {
        return s;
      }
      return String.join("\n", java.util.Arrays.copyOf(lines, MAX_LINES)) + "\n"
          + i18n.get("seeds.moreLines", lines.length - MAX_LINES);
    }
  }
}
