package dev.gorolab.ui.view;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel.LoadError;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The loader's message (file:line:col, JSON path, what was expected) and the offending line. */
final class LoadErrorDialog {
  private LoadErrorDialog() {}

  static Dialog<ButtonType> create(Window owner, I18n i18n, LoadError error) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(i18n.get("error.title"));
    d.setHeaderText(i18n.get(error.runFailure() ? "error.runHeader" : "error.header"));
    d.getDialogPane().setId(Ids.LOAD_ERROR);
    String text = error.offendingLine().isEmpty() ? error.message() : error.message() + "\n\n" + error.offendingLine();
    TextArea area = new TextArea(text);
    area.setId(Ids.LOAD_ERROR_TEXT);
    area.setEditable(false);
    area.setWrapText(error.runFailure());
    area.getStyleClass().add("monospace");
    // Wide enough for the loader's lines: the caret under the offending column must stay aligned.
    int longest = 0;
    for (String line : text.split("\n")) {
      longest = Math.max(longest, line.length());
    }
    area.setPrefColumnCount(Math.max(60, Math.min(150, longest + 2)));
    d.setResizable(true);
    area.setPrefRowCount(Math.min(14, text.split("\n").length + 1));
    d.getDialogPane().setContent(area);
    d.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    if (owner != null && owner.getScene() != null) {
      d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
    }
    return d;
  }
}
