package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXComboBox;
import com.jfoenix.controls.JFXSlider;
import com.jfoenix.controls.JFXSnackbar;
import com.jfoenix.controls.JFXSnackbarLayout;
import com.jfoenix.controls.JFXSpinner;
import com.jfoenix.controls.JFXTextField;
import com.jfoenix.controls.JFXToggleButton;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Shows every JFoenix control the app uses. JFoenix is unmaintained and reaches into JavaFX
 * internals: a JavaFX upgrade that breaks one of these fails here, not in front of a class.
 */
@ExtendWith(ApplicationExtension.class)
class JFoenixControlsTest {
  private StackPane root;

  @Start
  void start(Stage stage) {
    JFXComboBox<Integer> combo = new JFXComboBox<>();
    combo.getItems().addAll(1, 2, 3);
    combo.setValue(2);
    JFXSpinner spinner = new JFXSpinner();
    JFXSlider slider = new JFXSlider(0, 10, 3);
    VBox box = new VBox(new JFXButton("button"), combo, new JFXTextField("42"), slider, new JFXToggleButton(), spinner);
    root = new StackPane(box);
    stage.setScene(new Scene(root, 400, 400));
    stage.show();
    new JFXSnackbar(root).fireEvent(new JFXSnackbar.SnackbarEvent(new JFXSnackbarLayout("snack")));
  }

  @Test
  void everyControl_rendersAndResponds(FxRobot robot) {
    robot.clickOn(".jfx-combo-box");
    javafx.scene.Node cell = robot.lookup(".list-cell").match((javafx.scene.Node n) -> n.getScene() != root.getScene()
        && n instanceof javafx.scene.control.Labeled l && "3".equals(l.getText())).query();
    robot.clickOn(cell);
    assertEquals(3, robot.lookup(".jfx-combo-box").<JFXComboBox<Integer>>query().getValue());
    robot.clickOn(".jfx-text-field").write("7");
    assertEquals("427", robot.lookup(".jfx-text-field").<JFXTextField>query().getText());
    robot.clickOn(".jfx-toggle-button");
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = root.getScene().snapshot(null));
    assertNotNull(image[0]);
    assertEquals(400, (int) image[0].getWidth());
  }
}
