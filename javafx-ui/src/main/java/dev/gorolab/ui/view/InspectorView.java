package dev.gorolab.ui.view;

import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.Variable;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.StatusWords;
import dev.gorolab.ui.viewmodel.Token;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Details of the clicked goroutine: id, function, state, wait reason, line, locals, and its events. */
public final class InspectorView extends VBox {
  private final PlayerViewModel player;
  private final I18n i18n;
  private final Label title = new Label();
  private final Label details = new Label();
  private final ListView<Integer> history = new ListView<>();
  private final javafx.scene.control.ToggleButton follow = new javafx.scene.control.ToggleButton();

  public InspectorView(PlayerViewModel player, I18n i18n) {
    this.player = player;
    this.i18n = i18n;
    setId(Ids.INSPECTOR);
    getStyleClass().add("inspector");
    title.setId(Ids.INSPECTOR_TITLE);
    title.getStyleClass().add("section-title");
    details.setId(Ids.INSPECTOR_DETAILS);
    details.getStyleClass().add("inspector-details");
    details.setWrapText(true);
    details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    history.setId(Ids.INSPECTOR_HISTORY);
    StepList.showNarratedSteps(history, player);
    VBox.setVgrow(history, Priority.ALWAYS);
    follow.setId(Ids.INSPECTOR_FOLLOW);
    follow.setFocusTraversable(false);
    follow.setOnAction(e -> {
      int g = player.selectedProperty().get();
      player.follow(follow.isSelected() && g >= 0 ? g : -1);
    });
    player.followedProperty().addListener((obs, old, now) -> show());
    javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(12, title, follow);
    head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    getChildren().addAll(head, details, history);
    player.selectedStateProperty().addListener((obs, old, now) -> show());
    player.selectedHistoryProperty().addListener((obs, old, now) -> history.setItems(now));
    i18n.localeProperty().addListener((obs, old, now) -> {
      show();
      history.refresh();
    });
    show();
  }

  private void show() {
    GoroutineState g = player.selectedStateProperty().get();
    int followed = player.followedProperty().get();
    follow.setVisible(g != null || followed >= 0);
    follow.setSelected(followed >= 0 && (g == null || g.id() == followed));
    follow.setText(followed >= 0 && (g == null || g.id() == followed) ? i18n.get("inspector.following", "G" + followed)
        : i18n.get("inspector.follow"));
    if (g == null) {
      title.setText(i18n.get("inspector.none"));
      details.setText("");
      return;
    }
    title.setText(Token.name(g.id(), g.function()));
    StringBuilder b = new StringBuilder();
    b.append(i18n.get("inspector.state")).append(": ").append(StatusWords.of(i18n, g.status()));
    if (!g.waitReason().isEmpty()) {
      b.append(" [").append(g.waitReason()).append(']');
    }
    if (!g.waitingOnName().isEmpty()) {
      b.append(" · ").append(g.waitingOnName());
    }
    b.append('\n').append(i18n.get("inspector.line")).append(": ").append(g.line());
    if (g.wakeAt() >= 0) {
      b.append('\n').append(i18n.get("rt.until", GoDuration.format(g.wakeAt())));
    }
    if (g.createdBy() > 0) {
      b.append('\n').append(i18n.get("inspector.createdBy", "G" + g.createdBy()));
    }
    if (g.system()) {
      b.append('\n').append(i18n.get("inspector.system"));
    }
    if (!g.locals().isEmpty()) {
      b.append('\n').append(i18n.get("inspector.locals")).append(':');
      for (Variable v : g.locals()) {
        b.append("\n  ").append(v.name()).append(' ').append(v.type()).append(" = ").append(v.value());
      }
    }
    details.setText(b.toString());
  }
}
