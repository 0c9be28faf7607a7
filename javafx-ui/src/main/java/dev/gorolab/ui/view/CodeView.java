package dev.gorolab.ui.view;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.ui.viewmodel.Palette;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel.CodeMarker;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The scenario's Go source with a marker in each goroutine's colour on the line it is at. */
public final class CodeView extends ListView<String> {
  private List<CodeMarker> markers = List.of();

  public CodeView(PlayerViewModel player) {
    setId(Ids.CODE);
    getStyleClass().add("code");
    setFocusTraversable(false);
    setCellFactory(list -> new LineCell());
    player.codeMarkersProperty().addListener((obs, old, now) -> {
      if (now.equals(markers)) {
        return;
      }
      markers = now;
      refresh();
      for (CodeMarker m : now) {
        if (m.token().status() == GStatus.RUNNING && m.line() - 1 < getItems().size()) {
          scrollIntoView(m.line() - 1);
          break;
        }
      }
    });
    markers = player.codeMarkersProperty().get();
  }

  /** Shows {@code source}, one list row per line. */
  public void setSource(String source) {
    getItems().setAll(source == null ? List.of() : List.of(source.split("\n", -1)));
  }

  private void scrollIntoView(int index) {
    // Scroll only when the line is off screen: a jumping code pane is hard to follow.
    javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
    if (flow == null || flow.getFirstVisibleCell() == null) {
      scrollTo(Math.max(0, index - 3));
      return;
    }
    int first = flow.getFirstVisibleCell().getIndex();
    int last = flow.getLastVisibleCell().getIndex();
    // Partly visible edge rows count as off screen.
    if (index <= first || index >= last) {
      scrollTo(Math.max(0, index - 3));
    }
  }

  /** Number of markers on 1-based {@code line}, for tests. */
  public List<Integer> goroutinesAt(int line) {
    List<Integer> gs = new ArrayList<>();
    for (CodeMarker m : markers) {
      if (m.line() == line) {
        gs.add(m.token().g());
      }
    }
    return gs;
  }

  private final class LineCell extends ListCell<String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      getStyleClass().remove("current");
      if (empty || text == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      int line = getIndex() + 1;
      Label number = new Label(String.valueOf(line));
      number.getStyleClass().add("line-number");
      Label code = new Label(text.replace("\t", "    "));
      code.getStyleClass().add("code-text");
      code.setMinWidth(Region.USE_PREF_SIZE);
      HBox marks = new HBox();
      marks.getStyleClass().add("code-markers");
      boolean running = false;
      for (CodeMarker m : markers) {
        if (m.line() != line) {
          continue;
        }
        Label dot = new Label("G" + m.token().g());
        dot.getStyleClass().add("code-marker");
        dot.setStyle("-fx-background-color: " + Palette.fill(m.token()) + "; -fx-text-fill: " + Palette.text(m.token()) + ";");
        marks.getChildren().add(dot);
        running |= m.token().status() == GStatus.RUNNING;
      }
      if (running) {
        getStyleClass().add("current");
      }
      HBox row = new HBox(number, marks, code);
      row.getStyleClass().add("code-row");
      HBox.setHgrow(code, Priority.ALWAYS);
      setText(null);
      setGraphic(row);
    }
  }
}
