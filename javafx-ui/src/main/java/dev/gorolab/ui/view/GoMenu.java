package dev.gorolab.ui.view;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.Jumps;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Go menu and its keys: main's first statement and the start-up, the next or previous event
 * of a kind, the next visible change, and following a goroutine. Plain letters are handled by
 * {@link #handle} from the window's key filter (an accelerator would fire while typing a seed).
 */
public final class GoMenu {
  private final PlayerViewModel player;
  private final I18n i18n;
  private final Consumer<String> notice;

  public GoMenu(PlayerViewModel player, I18n i18n, Consumer<String> notice) {
    this.player = player;
    this.i18n = i18n;
    this.notice = notice;
  }

  /** The menu: one entry per jump, forward and back. */
  public Menu menu() {
    Menu go = new Menu();
    go.setId(Ids.MENU_GO);
    go.textProperty().bind(i18n.bind("menu.go"));
    go.getItems().addAll(item(Ids.MENU_MAIN_START, "menu.mainStart", player::toMainStart),
        item(Ids.MENU_START_UP, "menu.startUp", player::toStart), new SeparatorMenuItem());
    for (Jumps.Kind k : Jumps.Kind.values()) {
      if (k == Jumps.Kind.VISIBLE) {
        go.getItems().add(new SeparatorMenuItem());
      }
      go.getItems().add(item(Ids.jump(k, false), k.messageKey(false), () -> jump(k, false)));
      go.getItems().add(item(Ids.jump(k, true), k.messageKey(true), () -> jump(k, true)));
    }
    go.getItems().addAll(new SeparatorMenuItem(),
        item(Ids.MENU_FOLLOW, "menu.follow", this::followSelected),
        item(Ids.MENU_UNFOLLOW, "menu.unfollow", () -> player.follow(-1)));
    return go;
  }

  /** Handles a key of this menu; returns whether it did (the caller consumes the event). */
  public boolean handle(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return false;
    }
    if (e.getCode() == KeyCode.HOME && e.isShiftDown()) {
      player.toMainStart();
      return true;
    }
    if (e.getCode() == KeyCode.F) {
      if (e.isShiftDown()) {
        player.follow(-1);
      } else {
        followSelected();
      }
      return true;
    }
    for (Jumps.Kind k : Jumps.Kind.values()) {
      if (e.getCode() == KeyCode.getKeyCode(k.key)) {
        jump(k, e.isShiftDown());
        return true;
      }
    }
    return false;
  }

  /** Follows the goroutine selected in the inspector (a click on a token selects it). */
  private void followSelected() {
    int g = player.selectedProperty().get();
    if (g < 0) {
      notice.accept(i18n.get("notice.followWhom"));
    } else {
      player.follow(g);
    }
  }

  private void jump(Jumps.Kind k, boolean back) {
    if (!player.jump(k, back)) {
      notice.accept(i18n.get("notice.noJump", i18n.get(k.messageKey(back)).replaceAll("[（(].*$", "").strip()));
    }
  }

  private MenuItem item(String id, String key, Runnable action) {
    MenuItem m = new MenuItem();
    m.setId(id);
    m.textProperty().bind(i18n.bind(key));
    m.setOnAction(e -> action.run());
    return m;
  }
}
