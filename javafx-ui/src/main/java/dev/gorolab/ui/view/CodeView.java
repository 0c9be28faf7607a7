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
  /**
   * Markers drawn on one line at most; the rest are counted in a "+N" label. Ten thousand parked
   * goroutines on one line would otherwise be ten thousand styled labels, and seconds of layout.
   */
  public static final int MARKERS_PER_LINE = 4;

  private List<CodeMarker> markers = List.of();
  /**
   * The markers of each 1-based line, the running goroutines first, grouped once per step: a cell
   * reads its own line's instead of walking every goroutine's marker.
   */
  private List<List<CodeMarker>> markersByLine = List.of();

  private final PlayerViewModel player;
  /** Lines (1-based) where a data race was found, marked until the next run. */
  private java.util.Set<Integer> raceLines = java.util.Set.of();

  /** Marks {@code lines} (1-based) as the lines of a data race: both accesses of each race. */
  public void setRaceLines(java.util.Collection<Integer> lines) {
    java.util.Set<Integer> now = java.util.Set.copyOf(lines);
    if (!now.equals(raceLines)) {
      raceLines = now;
      refresh();
    }
  }

  /** Whether 1-based {@code line} carries a race mark, for tests. */
  public boolean isRaceLine(int line) {
    return raceLines.contains(line);
  }

  public CodeView(PlayerViewModel player) {
    this.player = player;
    setId(Ids.CODE);
    getStyleClass().add("code");
    setFocusTraversable(false);
    setCellFactory(list -> new LineCell());
    player.codeMarkersProperty().addListener((obs, old, now) -> {
      if (now.equals(markers)) {
        return;
      }
      setMarkers(now);
      refresh();
      keepInView();
    });
    player.followedProperty().addListener((obs, old, now) -> {
      setMarkers(markers);
      refresh();
      keepInView();
    });
    setMarkers(player.codeMarkersProperty().get());
  }

  /** Keeps the followed goroutine's line in view, else the running goroutine's. */
  private void keepInView() {
    int followed = player.followedProperty().get();
    int line = -1;
    for (CodeMarker m : markers) {
      if (m.token().g() == followed) {
        line = m.line();
        break;
      }
      if (line < 0 && m.token().status() == GStatus.RUNNING) {
        line = m.line();
        if (followed < 0) {
          break;
        }
      }
    }
    if (line > 0 && line - 1 < getItems().size()) {
      scrollIntoView(line - 1);
    }
  }

  /** The 1-based line the followed goroutine's marker is on, or -1: for tests. */
  public int followedLine() {
    int line = 0;
    for (List<CodeMarker> here : markersByLine) {
      if (!here.isEmpty() && here.get(0).token().g() == player.followedProperty().get()) {
        return line;
      }
      line++;
    }
    return -1;
  }

  private void setMarkers(List<CodeMarker> now) {
    markers = now;
    List<List<CodeMarker>> byLine = new ArrayList<>();
    int[] running = new int[0];
    for (CodeMarker m : now) {
      int line = m.line();
      if (line <= 0) {
        continue;
      }
      while (byLine.size() <= line) {
        byLine.add(new ArrayList<>());
      }
      if (running.length <= line) {
        running = java.util.Arrays.copyOf(running, line + 1);
      }
      // The followed goroutine first, then the running ones: neither is ever in the "+N".
      if (m.token().g() == player.followedProperty().get()) {
        byLine.get(line).add(0, m);
        running[line]++;
      } else if (m.token().status() == GStatus.RUNNING) {
        byLine.get(line).add(running[line]++, m);
      } else {
        byLine.get(line).add(m);
      }
    }
    markersByLine = byLine;
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
    // Partly visible edge rows count as off screen. Three lines of context above, fewer when the
    // pane shows only a few lines (1280×720): the line itself must land fully inside.
    if (index <= first || index >= last) {
      scrollTo(Math.max(0, index - Math.min(3, Math.max(0, (last - first) / 3))));
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

  /** The marker labels drawn on 1-based {@code line} ("G7", …, "+N"), for tests. */
  public List<String> markerTextsAt(int line) {
    List<String> texts = new ArrayList<>();
    for (javafx.scene.Node n : lookupAll(".code-row")) {
      if (n instanceof HBox row && row.getChildren().get(0) instanceof Label number
          && number.getText().equals(String.valueOf(line))) {
        for (javafx.scene.Node mark : ((HBox) row.getChildren().get(1)).getChildren()) {
          texts.add(((Label) mark).getText());
        }
      }
    }
    return texts;
  }

  private final class LineCell extends ListCell<String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      getStyleClass().removeAll("current", "followed-line", "race-line");
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
      // The running goroutines come first, so that the one on the processor is never in the "+N".
      List<CodeMarker> here = line < markersByLine.size() ? markersByLine.get(line) : List.of();
      boolean followed = !here.isEmpty() && here.get(0).token().g() == player.followedProperty().get();
      // Running goroutines come right after the followed one: look at the first two only.
      boolean running = false;
      for (int k = 0; k < Math.min(2, here.size()) && !running; k++) {
        running = here.get(k).token().status() == GStatus.RUNNING && (k == 0 || followed);
      }
      int shown = here.size() <= MARKERS_PER_LINE ? here.size() : MARKERS_PER_LINE - 1;
      for (CodeMarker m : here.subList(0, shown)) {
        Label dot = new Label("G" + m.token().g());
        dot.getStyleClass().add("code-marker");
        if (Palette.cueClass(m.token().g()) != null) {
          dot.getStyleClass().add(Palette.cueClass(m.token().g()));
        }
        dot.setStyle("-fx-background-color: " + Palette.fill(m.token()) + "; -fx-text-fill: " + Palette.text(m.token()) + ";");
        if (m.token().g() == player.followedProperty().get()) {
          dot.getStyleClass().add("followed");
        }
        marks.getChildren().add(dot);
      }
      if (shown < here.size()) {
        Label more = new Label("+" + (here.size() - shown));
        more.getStyleClass().addAll("code-marker", "code-marker-more");
        marks.getChildren().add(more);
      }
      if (running) {
        getStyleClass().add("current");
      }
      if (followed) {
        getStyleClass().add("followed-line");
      }
      if (raceLines.contains(line)) {
        getStyleClass().add("race-line");
        Label race = new Label("⚡");
        race.setId(ExploreIds.raceMark(line));
        race.getStyleClass().add("race-mark");
        marks.getChildren().add(0, race);
      }
      HBox row = new HBox(number, marks, code);
      row.getStyleClass().add("code-row");
      HBox.setHgrow(code, Priority.ALWAYS);
      setText(null);
      setGraphic(row);
    }
  }
}
