package dev.gorolab.ui.view;

import dev.gorolab.ui.export.ImageFiles;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PairViewModel;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Explore ▸ Side by side (Ctrl+B): two runs of the open program in one window ({@link PairView}),
 * one step control (←/→, Home/End, D for where they part), Export as one slide.
 */
final class PairWindow {
  private final Stage stage = new Stage();
  private final PairViewModel model;
  private final PairView view;
  private final MainViewModel vm;
  private final I18n i18n;
  /** Answers the Export slide save dialog: the native file chooser, or a test's answer. */
  private java.util.function.Function<FileChooser, File> saveDialog;

  PairWindow(Window owner, MainViewModel vm, I18n i18n, List<String> stylesheets) {
    this.vm = vm;
    this.i18n = i18n;
    this.saveDialog = chooser -> chooser.showSaveDialog(stage);
    this.model = new PairViewModel(vm.backend(), vm.exploreExecutor(), vm.ui(), i18n);
    this.view = new PairView(model, i18n, () -> 0, this::run, this::export);
    stage.initOwner(owner);
    stage.titleProperty().bind(i18n.bind("pair.title"));
    view.setFontSize(MainWindow.BASE_FONT_PX);
    Scene scene = new Scene(view, 1500, 900);
    scene.getStylesheets().setAll(stylesheets);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
        return;
      }
      switch (e.getCode()) {
        case RIGHT -> model.stepForward();
        case LEFT -> model.stepBack();
        case HOME -> model.toStart();
        case END -> model.toEnd();
        case D -> model.toDivergence();
        default -> {
          return;
        }
      }
      e.consume();
    });
    stage.setScene(scene);
  }

  void show() {
    if (model.a().traceProperty().get() == null) {
      // The settings the window opens with: the lecturer's GOMAXPROCS against one more.
      int procs = vm.gomaxprocsProperty().get();
      model.sideAProperty().set("gomaxprocs=" + procs);
      model.sideBProperty().set("gomaxprocs=" + (procs == 1 ? 2 : 1));
      run();
    }
    stage.show();
    stage.toFront();
  }

  private void run() {
    var s = vm.scenarioProperty().get();
    if (s != null) {
      model.run(s);
    }
  }

  private void export() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("pair.export"));
    chooser.setInitialFileName("pair.png");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
    File f = saveDialog.apply(chooser);
    if (f == null) {
      return;
    }
    try {
      // a settings field with the focus would show its caret and selected text on the slide
      view.requestFocus();
      ImageFiles.writePng(view.toImage(2), f.toPath(), true);
    } catch (IOException e) {
      vm.showNotice(i18n.get("scheduler.saveFailed", f, e.getMessage()));
    }
  }

  /** Replaces the native save dialog (headless tests cannot drive it); the chooser comes as the window set it up. */
  void answerSaveDialogWith(java.util.function.Function<FileChooser, File> answer) {
    saveDialog = answer;
  }

  PairViewModel model() {
    return model;
  }

  PairView view() {
    return view;
  }

  Stage stage() {
    return stage;
  }
}
