package dev.gorolab.ui.view;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** Transport icons as vector paths: media glyphs are missing from many fonts, paths always draw. */
final class Icons {
  static final String TO_START = "M2 2h2.5v16H2z M18 2v16L10.5 10z M11 2v16L3.5 10z";
  static final String STEP_BACK = "M15.5 2h2.5v16h-2.5z M14 2v16L4 10z";
  static final String PLAY = "M4 2v16l14-8z";
  static final String PAUSE = "M4 2h4.5v16H4z M11.5 2H16v16h-4.5z";
  static final String STEP_FORWARD = "M2 2h2.5v16H2z M6 2v16l10-8z";
  static final String TO_END = "M15.5 2H18v16h-2.5z M2 2v16l7.5-8z M9 2v16l7.5-8z";

  private Icons() {}

  /** A region shaped like {@code path}, sized in em so presentation zoom scales it. */
  static Node of(String path) {
    Region r = new Region();
    r.setStyle("-fx-shape: \"" + path + "\";");
    r.getStyleClass().add("icon");
    return r;
  }
}
