package dev.gorolab.ui.view;

import dev.gorolab.ui.viewmodel.PlayerViewModel;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Steps listed as "#n sentence", jumping to a step when clicked: the events, a goroutine's history. */
final class StepList {
  private StepList() {}

  static void showNarratedSteps(ListView<Integer> list, PlayerViewModel player) {
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Integer step, boolean empty) {
        super.updateItem(step, empty);
        setText(empty || step == null ? null : "#" + (step + 1) + "  " + player.narrationOf(step));
        setWrapText(true);
        // Wrap at the list's width instead of widening the list to the longest sentence.
        setPrefWidth(0);
      }
    });
    list.setOnMouseClicked(e -> {
      Integer step = list.getSelectionModel().getSelectedItem();
      if (step != null) {
        player.seek(step);
      }
    });
  }
}
