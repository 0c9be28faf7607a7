package dev.gorolab.ui.view;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.RuleGlossary;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The R-numbers of the narration on show, as links beside it: a click opens the rule's entry in
 * the glossary (its explanation and its place in Go 1.19's source).
 */
final class RuleLinks extends HBox {
  private final RuleGlossary glossary;
  private final I18n i18n;
  private final Consumer<String> open;

  RuleLinks(ObservableStringValue narration, RuleGlossary glossary, I18n i18n, Consumer<String> open) {
    this.glossary = glossary;
    this.i18n = i18n;
    this.open = open;
    getStyleClass().add("rule-links");
    setAlignment(Pos.TOP_RIGHT);
    setSpacing(4);
    narration.addListener((obs, old, now) -> show(now));
    i18n.localeProperty().addListener((obs, old, now) -> show(narration.get()));
    show(narration.get());
  }

  private void show(String sentence) {
    getChildren().clear();
    for (String rule : RuleGlossary.rulesIn(sentence)) {
      var entry = glossary.lookup(rule, i18n.locale());
      if (entry.isEmpty()) {
        continue;
      }
      Hyperlink link = new Hyperlink(rule);
      link.setId(Ids.ruleLink(rule));
      link.getStyleClass().add("rule-link");
      link.setTooltip(new Tooltip(entry.get().title()));
      link.setOnAction(e -> open.accept(rule));
      link.setFocusTraversable(false);
      getChildren().add(link);
    }
  }
}
