package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.ui.i18n.I18n;

/**
 * The words for Go's G, M and P states in the current language. The one place the views read them
 * from, so a test can ask for every state the model has in both languages: a state the model
 * gained without its words once threw in the middle of a step and froze the tokens on screen.
 */
public final class StatusWords {
  private StatusWords() {}

  public static String of(I18n i18n, PStatus s) {
    return i18n.get("pstatus." + s.name());
  }

  public static String of(I18n i18n, MStatus s) {
    return i18n.get("mstatus." + s.name());
  }

  public static String of(I18n i18n, GStatus s) {
    return i18n.get("gstatus." + s.name());
  }
}
