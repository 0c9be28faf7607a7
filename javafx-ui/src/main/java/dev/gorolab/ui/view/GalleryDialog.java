package dev.gorolab.ui.view;

import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The bundled scenarios with their descriptions; returns the chosen one. */
final class GalleryDialog {
  private GalleryDialog() {}

  static Dialog<LoadedScenario> create(Window owner, I18n i18n, List<LoadedScenario> scenarios) {
    Dialog<LoadedScenario> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(i18n.get("gallery.title"));
    d.setHeaderText(i18n.get("gallery.header"));
    ListView<LoadedScenario> list = new ListView<>();
    list.setId(Ids.GALLERY_LIST);
    list.getItems().setAll(scenarios);
    list.setPrefSize(900, 520);
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(LoadedScenario s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
          setGraphic(null);
          return;
        }
        Label title = new Label(s.title());
        title.getStyleClass().add("card-title");
        Label description = new Label(s.description());
        description.setWrapText(true);
        description.setMaxWidth(840);
        VBox box = new VBox(title, description);
        box.getStyleClass().add("gallery-item");
        setGraphic(box);
      }
    });
    if (!scenarios.isEmpty()) {
      list.getSelectionModel().select(0);
    }
    ButtonType open = new ButtonType(i18n.get("gallery.open"), ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().addAll(open, new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    d.getDialogPane().setContent(list);
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
        d.setResult(list.getSelectionModel().getSelectedItem());
        d.close();
      }
    });
    // Enter opens the highlighted scenario, as a double click does; the list has the focus.
    list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
        d.setResult(list.getSelectionModel().getSelectedItem());
        d.close();
        e.consume();
      }
    });
    d.setResultConverter(b -> b == open ? list.getSelectionModel().getSelectedItem() : null);
    if (owner != null && owner.getScene() != null) {
      d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
    }
    return d;
  }
}
