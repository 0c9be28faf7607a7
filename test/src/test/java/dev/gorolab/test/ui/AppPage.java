package dev.gorolab.test.ui;

import dev.gorolab.ui.view.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/** The lecture window as a test sees it: what is shown where, looked up by {@link Ids}. */
final class AppPage {
  private final FxRobot robot;

  AppPage(FxRobot robot) {
    this.robot = robot;
  }

  <T extends Node> T node(String id) {
    return robot.lookup("#" + id).query();
  }

  Optional<Node> find(String id) {
    return robot.lookup("#" + id).tryQuery();
  }

  String text(String id) {
    Node n = node(id);
    if (n instanceof Labeled l) {
      return l.getText();
    }
    return ((TextInputControl) n).getText();
  }

  /** Opens combo box {@code id} and clicks the entry showing {@code text} in its popup. */
  void choose(String id, String text) {
    Node combo = node(id);
    robot.clickOn(combo);
    Node cell = robot.lookup(".list-cell").match((Node n) -> n.getScene() != combo.getScene()
        && n instanceof Labeled l && text.equals(l.getText())).query();
    robot.clickOn(cell);
  }

  String title() {
    return text(Ids.TITLE);
  }

  String step() {
    return text(Ids.STEP_LABEL);
  }

  String time() {
    return text(Ids.TIME_LABEL);
  }

  String narration() {
    return text(Ids.NARRATION);
  }

  String console() {
    return text(Ids.CONSOLE);
  }

  /** Goroutine ids of the tokens inside container {@code id}, in the order shown. */
  List<Integer> tokensIn(String id) {
    List<Integer> gs = new ArrayList<>();
    collect(node(id), gs);
    return gs;
  }

  private static void collect(Node n, List<Integer> gs) {
    if (n.getStyleClass().contains("token") && n.getUserData() instanceof Integer g) {
      gs.add(g);
      return;
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, gs);
      }
    }
  }

  /** The fx:id of the nearest ancestor of goroutine {@code g}'s token that has one (its place). */
  String placeOf(int g) {
    Node n = node(Ids.token(g)).getParent();
    while (n != null && (n.getId() == null || n.getId().isEmpty())) {
      n = n.getParent();
    }
    return n == null ? null : n.getId();
  }

  /** The texts of channel {@code ch}'s capacity slots, head first; empty slots are "". */
  List<String> slots(int ch) {
    List<String> values = new ArrayList<>();
    Parent pipe = node(Ids.channelSlots(ch));
    for (Node c : pipe.getChildrenUnmodifiable()) {
      if (c.getStyleClass().contains("slot")) {
        values.add(((Label) c).getText());
      }
    }
    return values;
  }

  /** All label texts under container {@code id}, joined by spaces. */
  String textsIn(String id) {
    StringBuilder b = new StringBuilder();
    texts(node(id), b);
    return b.toString().trim();
  }

  private static void texts(Node n, StringBuilder b) {
    if (n instanceof Labeled l && l.getText() != null) {
      b.append(l.getText()).append(' ');
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        texts(c, b);
      }
    }
  }
}
