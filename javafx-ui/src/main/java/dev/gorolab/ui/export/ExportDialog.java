package dev.gorolab.ui.export;

import dev.gorolab.ui.i18n.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Export…: which view, the scale, caption and background, and what to write (this step, a
 * range as numbered PNGs, or a range as a GIF). Returns the request; the controller asks for the
 * file and writes it. Its controls carry fx:ids for tests.
 */
public final class ExportDialog {
  public static final String VIEW = "export-view";
  public static final String SCALE = "export-scale";
  public static final String CAPTION = "export-caption";
  public static final String BACKGROUND = "export-background";
  public static final String STEP = "export-step";
  public static final String SEQUENCE = "export-sequence";
  public static final String GIF = "export-gif";
  public static final String FROM = "export-from";
  public static final String TO = "export-to";
  public static final String SLIDE = "export-slide";

  /** The result: export to a file, or copy to the clipboard. */
  public record Choice(ExportRequest request, boolean copy) {}

  private ExportDialog() {}

  /**
   * Builds the dialog.
   *
   * @param last the options used last time, to start from
   * @param current the window's step number (0 the start)
   * @param lastStep the run's last step number
   */
  public static Dialog<Choice> create(Window owner, I18n i18n, SlideOptions last, int current, int lastStep) {
    Dialog<Choice> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(i18n.get("export.title"));
    ButtonType export = new ButtonType(i18n.get("export.run"), ButtonBar.ButtonData.OK_DONE);
    ButtonType copy = new ButtonType(i18n.get("export.copy"), ButtonBar.ButtonData.OTHER);
    ButtonType cancel = new ButtonType(i18n.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    d.getDialogPane().getButtonTypes().addAll(export, copy, cancel);

    ComboBox<SlideOptions.View> view = new ComboBox<>();
    view.setId(VIEW);
    view.getItems().addAll(SlideOptions.View.values());
    view.setValue(last.view());
    named(view, v -> i18n.get("export.view." + v.name()));
    ComboBox<Integer> scale = new ComboBox<>();
    scale.setId(SCALE);
    for (int s = SlideOptions.MIN_SCALE; s <= SlideOptions.MAX_SCALE; s++) {
      scale.getItems().add(s);
    }
    scale.setValue(last.scale());
    named(scale, s -> s + "×");
    CheckBox caption = new CheckBox(i18n.get("export.caption"));
    caption.setId(CAPTION);
    caption.setSelected(last.caption());
    ComboBox<SlideOptions.Background> background = new ComboBox<>();
    background.setId(BACKGROUND);
    background.getItems().addAll(SlideOptions.Background.values());
    background.setValue(last.background());
    named(background, b -> i18n.get("export.background." + b.name()));

    // A slide size lays the view out for a 16:9 slide (P cards in a grid), every image that size.
    ComboBox<int[]> slide = new ComboBox<>();
    slide.setId(SLIDE);
    slide.getItems().add(new int[] {0, 0});
    slide.getItems().addAll(SlideOptions.SLIDE_SIZES);
    slide.setValue(slide.getItems().stream().filter(z -> z[0] == last.slideWidthPx()).findFirst().orElse(slide.getItems().get(0)));
    named(slide, z -> z[0] == 0 ? i18n.get("export.slide.none") : z[0] + " × " + z[1]);

    ToggleGroup what = new ToggleGroup();
    RadioButton step = radio(STEP, i18n.get("export.what.step"), what);
    RadioButton sequence = radio(SEQUENCE, i18n.get("export.what.sequence"), what);
    RadioButton gif = radio(GIF, i18n.get("export.what.gif"), what);
    step.setSelected(true);
    Spinner<Integer> from = new Spinner<>(0, lastStep, Math.min(current, lastStep));
    from.setId(FROM);
    from.setEditable(true);
    Spinner<Integer> to = new Spinner<>(0, lastStep, lastStep);
    to.setId(TO);
    to.setEditable(true);
    HBox range = new HBox(8, new Label(i18n.get("export.from")), from, new Label(i18n.get("export.to")), to);
    range.disableProperty().bind(step.selectedProperty());

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(i18n.get("export.view")), view);
    grid.addRow(1, new Label(i18n.get("export.scale")), scale);
    grid.addRow(5, new Label(i18n.get("export.slide")), slide);
    grid.addRow(2, new Label(i18n.get("export.background")), background);
    grid.add(caption, 1, 3);
    grid.addRow(4, new Label(i18n.get("export.what")), new VBox(6, step, sequence, gif, range));
    d.getDialogPane().setContent(grid);

    d.setResultConverter(button -> {
      if (button != export && button != copy) {
        return null;
      }
      SlideOptions options = new SlideOptions(view.getValue(), scale.getValue(), caption.isSelected(), background.getValue(),
          slide.getValue()[0], slide.getValue()[1]);
      ExportRequest.Kind kind = step.isSelected() ? ExportRequest.Kind.STEP
          : sequence.isSelected() ? ExportRequest.Kind.SEQUENCE : ExportRequest.Kind.GIF;
      int a = Math.min(from.getValue(), to.getValue());
      int b = Math.max(from.getValue(), to.getValue());
      return new Choice(kind == ExportRequest.Kind.STEP
          ? new ExportRequest(options, kind, current, current)
          : new ExportRequest(options, kind, a, b), button == copy);
    });
    return d;
  }

  /** Shows the dialog and waits. */
  public static Optional<Choice> ask(Window owner, I18n i18n, SlideOptions last, int current, int lastStep) {
    return create(owner, i18n, last, current, lastStep).showAndWait();
  }

  private static RadioButton radio(String id, String text, ToggleGroup group) {
    RadioButton r = new RadioButton(text);
    r.setId(id);
    r.setToggleGroup(group);
    return r;
  }

  private static <T> void named(ComboBox<T> box, java.util.function.Function<T, String> name) {
    box.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : name.apply(item));
      }
    });
    box.setButtonCell(box.getCellFactory().call(null));
  }
}
