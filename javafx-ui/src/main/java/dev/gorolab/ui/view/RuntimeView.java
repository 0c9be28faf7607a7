package dev.gorolab.ui.view;

import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.GoDuration;
import dev.gorolab.ui.viewmodel.Palette;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.RuntimeScene;
import dev.gorolab.ui.viewmodel.RuntimeScene.ChannelCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.HeldValue;
import dev.gorolab.ui.viewmodel.RuntimeScene.MCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.PCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.Sleeper;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncCard;
import dev.gorolab.ui.viewmodel.RuntimeScene.SyncKind;
import dev.gorolab.ui.viewmodel.RuntimeScene.TokenRow;
import dev.gorolab.ui.viewmodel.RuntimeScene.Waiter;
import dev.gorolab.ui.viewmodel.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.animation.FadeTransition;
import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The heart of the app: every goroutine as a coloured token where the runtime holds it — the global
 * run queue, each P's running slot, runnext and local queue, Ms in syscalls, channel queues,
 * sleepers, waiters and the done area. On every step, tokens glide from their old place to the new.
 */
public final class RuntimeView extends VBox {
  private final PlayerViewModel player;
  private final I18n i18n;
  private final DoubleSupplier animationMillis;
  private final Map<Integer, Label> tokens = new LinkedHashMap<>();
  private final Map<Integer, Label> pool = new java.util.HashMap<>();
  private final Map<Integer, javafx.animation.Animation> moving = new java.util.HashMap<>();

  /**
   * Creates the view.
   *
   * @param animationMillis how long a token takes to move at 1× speed; 0 disables animation
   */
  public RuntimeView(PlayerViewModel player, I18n i18n, DoubleSupplier animationMillis) {
    this.player = player;
    this.i18n = i18n;
    this.animationMillis = animationMillis;
    setId(Ids.RUNTIME);
    getStyleClass().add("runtime-view");
    player.traceProperty().addListener((obs, old, now) -> pool.clear());
    player.sceneProperty().addListener((obs, old, now) -> show(now));
    i18n.localeProperty().addListener((obs, old, now) -> show(player.sceneProperty().get()));
    show(player.sceneProperty().get());
  }

  private void show(RuntimeScene scene) {
    Map<Integer, Point2D> before = positions();
    for (javafx.animation.Animation a : moving.values()) {
      a.stop();
    }
    moving.clear();
    tokens.clear();
    getChildren().clear();
    if (scene == null) {
      return;
    }
    getChildren().add(section(Ids.GLOBAL_QUEUE, i18n.get("rt.globalQueue"), row(scene.globalQueue())));

    FlowPane ps = new FlowPane();
    ps.getStyleClass().add("cards");
    for (PCard p : scene.processors()) {
      ps.getChildren().add(processor(p));
    }
    getChildren().add(ps);

    if (!scene.machines().isEmpty()) {
      FlowPane ms = new FlowPane();
      ms.getStyleClass().add("cards");
      for (MCard m : scene.machines()) {
        ms.getChildren().add(machine(m));
      }
      getChildren().add(section(Ids.MACHINES, i18n.get("rt.machines"), ms));
    }
    if (!scene.channels().isEmpty() || !scene.syncObjects().isEmpty()) {
      FlowPane cs = new FlowPane();
      cs.getStyleClass().add("cards");
      for (ChannelCard c : scene.channels()) {
        cs.getChildren().add(channel(c));
      }
      for (SyncCard s : scene.syncObjects()) {
        cs.getChildren().add(sync(s));
      }
      getChildren().add(cs);
    }
    FlowPane sleeping = tokenFlow();
    for (Sleeper s : scene.sleeping()) {
      sleeping.getChildren().add(withNote(token(s.token()), i18n.get("rt.until", GoDuration.format(s.wakeAtNanos()))));
    }
    if (scene.sleepingMore() > 0) {
      sleeping.getChildren().add(more(scene.sleepingMore()));
    }
    if (sleeping.getChildren().isEmpty()) {
      sleeping.getChildren().add(dash());
    }
    getChildren().add(section(Ids.SLEEPING, i18n.get("rt.sleeping"), sleeping));
    if (!scene.waiting().isEmpty()) {
      FlowPane waiting = tokenFlow();
      for (Waiter w : scene.waiting()) {
        String note = w.object().isEmpty() ? w.waitReason() : w.waitReason() + " · " + w.object();
        waiting.getChildren().add(withNote(token(w.token()), note));
      }
      if (scene.waitingMore() > 0) {
        waiting.getChildren().add(more(scene.waitingMore()));
      }
      getChildren().add(section(Ids.WAITING, i18n.get("rt.waiting"), waiting));
    }
    FlowPane done = row(scene.done());
    done.getStyleClass().add("done-row");
    getChildren().add(section(Ids.DONE, i18n.get("rt.done"), done));
    if (!player.globalsProperty().get().isEmpty()) {
      FlowPane vars = tokenFlow();
      for (dev.gorolab.model.Variable v : player.globalsProperty().get()) {
        Label l = new Label(v.name() + " " + v.type() + " = " + v.value());
        l.getStyleClass().add("note");
        vars.getChildren().add(l);
      }
      getChildren().add(section(Ids.GLOBALS, i18n.get("rt.globals"), vars));
    }
    if (scene.hiddenSystemGoroutines() > 0) {
      Label hidden = new Label(i18n.get("rt.hiddenSystem", scene.hiddenSystemGoroutines()));
      hidden.getStyleClass().add("hint");
      getChildren().add(hidden);
    }
    animateFrom(before);
  }

  // ---- parts -----------------------------------------------------------------------------------

  private Node processor(PCard p) {
    VBox card = new VBox();
    card.setId(Ids.processor(p.id()));
    card.getStyleClass().addAll("card", "p-card", p.status() == PStatus.IDLE ? "idle" : "busy");
    String machine = p.m() >= 0 ? "M" + p.m() : i18n.get("rt.noM");
    Label header = new Label("P" + p.id() + "  ·  " + machine + "  ·  " + i18n.get("pstatus." + p.status().name()));
    header.getStyleClass().add("card-title");
    card.getChildren().add(header);
    card.getChildren().add(slot(i18n.get("rt.running"), Ids.running(p.id()), p.running()));
    card.getChildren().add(slot("runnext", Ids.runnext(p.id()), p.runnext()));
    FlowPane local = row(p.localQueue());
    local.setId(Ids.localQueue(p.id()));
    card.getChildren().add(labelled(i18n.get("rt.local"), local));
    return card;
  }

  private Node slot(String name, String id, Token t) {
    FlowPane box = tokenFlow();
    box.setId(id);
    if (t != null) {
      box.getChildren().add(token(t));
    } else {
      box.getChildren().add(dash());
    }
    return labelled(name, box);
  }

  private Node machine(MCard m) {
    HBox card = new HBox();
    card.setId(Ids.machine(m.id()));
    card.getStyleClass().addAll("card", "m-card", m.status().name().toLowerCase(java.util.Locale.ROOT));
    Label title = new Label("M" + m.id() + "  " + i18n.get("mstatus." + m.status().name()));
    title.getStyleClass().add("card-title");
    card.getChildren().add(title);
    if (m.status() == MStatus.SYSCALL && m.g() != null) {
      Label holds = new Label(i18n.get("rt.holds"));
      card.getChildren().addAll(holds, token(m.g()));
    }
    return card;
  }

  private Node channel(ChannelCard c) {
    VBox card = new VBox();
    card.setId(Ids.channel(c.id()));
    card.getStyleClass().addAll("card", "chan-card");
    if (c.closed()) {
      card.getStyleClass().add("closed");
    }
    String header = c.name() + "  chan " + c.elemType() + "   len " + c.buffer().size() + " / cap " + c.capacity();
    Label title = new Label(c.closed() ? header + "   " + i18n.get("rt.closed") : header);
    title.getStyleClass().add("card-title");
    card.getChildren().add(title);

    FlowPane pipe = new FlowPane();
    pipe.setId(Ids.channelSlots(c.id()));
    pipe.getStyleClass().add("pipe");
    if (c.capacity() == 0) {
      Label none = new Label(i18n.get("rt.unbuffered"));
      none.getStyleClass().add("hint");
      pipe.getChildren().add(none);
    }
    int shownSlots = Math.min(c.capacity(), 16);
    for (int i = 0; i < shownSlots; i++) {
      Label slot = new Label(i < c.buffer().size() ? c.buffer().get(i) : "");
      slot.getStyleClass().addAll("slot", i < c.buffer().size() ? "full" : "empty");
      pipe.getChildren().add(slot);
    }
    if (c.capacity() > shownSlots) {
      Label more = new Label(i18n.get("rt.moreSlots", c.capacity() - shownSlots, Math.max(0, c.buffer().size() - shownSlots)));
      more.getStyleClass().add("more");
      pipe.getChildren().add(more);
    }
    card.getChildren().add(labelled(i18n.get("rt.buffer"), pipe));

    FlowPane sendq = tokenFlow();
    sendq.setId(Ids.sendq(c.id()));
    for (HeldValue h : c.sendq()) {
      sendq.getChildren().add(withNote(token(h.token()), i18n.get("rt.holdsValue", h.value())));
    }
    if (c.sendqMore() > 0) {
      sendq.getChildren().add(more(c.sendqMore()));
    }
    if (sendq.getChildren().isEmpty()) {
      sendq.getChildren().add(dash());
    }
    card.getChildren().add(labelled("sendq", sendq));
    FlowPane recvq = row(c.recvq());
    recvq.setId(Ids.recvq(c.id()));
    card.getChildren().add(labelled("recvq", recvq));
    return card;
  }

  private Node sync(SyncCard s) {
    VBox card = new VBox();
    card.getStyleClass().addAll("card", "sync-card");
    String state = s.kind() == SyncKind.WAIT_GROUP
        ? i18n.get("rt.counter", s.counter())
        : s.holder() < 0 ? i18n.get("rt.unlocked") : i18n.get("rt.heldBy", "G" + s.holder());
    if (s.starving()) {
      state += " · " + i18n.get("rt.starving");
    }
    String kind = s.kind() == SyncKind.WAIT_GROUP ? "sync.WaitGroup" : "sync.Mutex";
    Label title = new Label(s.name() + "  " + kind + "   " + state);
    title.getStyleClass().add("card-title");
    card.getChildren().addAll(title, labelled(i18n.get("rt.waiters"), row(s.waiters())));
    return card;
  }

  private FlowPane row(TokenRow r) {
    FlowPane flow = tokenFlow();
    for (Token t : r.shown()) {
      flow.getChildren().add(token(t));
    }
    if (r.more() > 0) {
      flow.getChildren().add(more(r.more()));
    }
    if (flow.getChildren().isEmpty()) {
      flow.getChildren().add(dash());
    }
    return flow;
  }

  private Label more(int n) {
    Label more = new Label(i18n.get("rt.more", n));
    more.getStyleClass().add("more");
    return more;
  }

  private Label token(Token t) {
    // Token labels are reused across steps: creating a Label's skin and styling it is most of the
    // cost of a step, and a run can hold a thousand goroutines.
    Label l = pool.get(t.g());
    if (l == null) {
      l = new Label();
      l.setId(Ids.token(t.g()));
      l.setUserData(t.g());
      l.getStyleClass().add("token");
      l.setMinWidth(Region.USE_PREF_SIZE);
      int g = t.g();
      l.setOnMouseClicked(e -> player.select(g));
      pool.put(t.g(), l);
    }
    if (!t.label().equals(l.getText())) {
      l.setText(t.label());
    }
    String style = "-fx-background-color: " + Palette.fill(t) + "; -fx-text-fill: " + Palette.text(t) + ";";
    if (!style.equals(l.getStyle())) {
      l.setStyle(style);
    }
    toggle(l, "dead", t.status() == dev.gorolab.model.RuntimeSnapshot.GStatus.DEAD);
    toggle(l, "selected", t.g() == player.selectedProperty().get());
    l.setTranslateX(0);
    l.setTranslateY(0);
    l.setOpacity(1);
    tokens.put(t.g(), l);
    return l;
  }

  private static void toggle(Node n, String styleClass, boolean on) {
    if (on && !n.getStyleClass().contains(styleClass)) {
      n.getStyleClass().add(styleClass);
    } else if (!on) {
      n.getStyleClass().remove(styleClass);
    }
  }

  private static Node withNote(Node token, String note) {
    Label n = new Label(note);
    n.getStyleClass().add("note");
    HBox box = new HBox(token, n);
    box.getStyleClass().add("token-with-note");
    return box;
  }

  private static Label dash() {
    Label l = new Label("–");
    l.getStyleClass().add("hint");
    return l;
  }

  private static FlowPane tokenFlow() {
    FlowPane f = new FlowPane();
    f.getStyleClass().add("token-row");
    return f;
  }

  private static Node labelled(String name, Node content) {
    Label l = new Label(name);
    l.getStyleClass().add("slot-name");
    l.setMinWidth(Region.USE_PREF_SIZE);
    HBox box = new HBox(l, content);
    box.getStyleClass().add("labelled");
    HBox.setHgrow(content, Priority.ALWAYS);
    return box;
  }

  private static Node section(String id, String name, Node content) {
    VBox box = new VBox();
    box.setId(id);
    box.getStyleClass().add("section");
    Label title = new Label(name);
    title.getStyleClass().add("section-title");
    box.getChildren().addAll(title, content);
    return box;
  }

  // ---- animation -------------------------------------------------------------------------------

  private Map<Integer, Point2D> positions() {
    Map<Integer, Point2D> at = new LinkedHashMap<>();
    for (Map.Entry<Integer, Label> e : tokens.entrySet()) {
      Bounds b = e.getValue().localToScene(e.getValue().getBoundsInLocal());
      if (b != null) {
        at.put(e.getKey(), new Point2D(b.getMinX(), b.getMinY()));
      }
    }
    return at;
  }

  private void animateFrom(Map<Integer, Point2D> before) {
    double millis = animationMillis.getAsDouble() / player.speedProperty().get();
    if (millis <= 0 || getScene() == null || before.isEmpty()) {
      return;
    }
    // Lay out this view now (not the whole scene: that costs a CSS pass over every control) so the
    // new places are known before the first frame; each token then starts at its old place and
    // glides to the new one (stepping back runs the same way, in reverse).
    applyCss();
    layout();
    Duration d = Duration.millis(millis);
    for (Map.Entry<Integer, Label> e : tokens.entrySet()) {
      Label node = e.getValue();
      Point2D from = before.get(e.getKey());
      if (from == null) {
        FadeTransition fade = new FadeTransition(d, node);
        fade.setFromValue(0);
        fade.setToValue(1);
        fade.play();
        moving.put(e.getKey(), fade);
        continue;
      }
      Bounds now = node.localToScene(node.getBoundsInLocal());
      double dx = from.getX() - now.getMinX();
      double dy = from.getY() - now.getMinY();
      if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) {
        continue;
      }
      node.setTranslateX(dx);
      node.setTranslateY(dy);
      // A moving token passes over later cards: lift its ancestors above their siblings.
      for (Node n = node.getParent(); n != null && n != this; n = n.getParent()) {
        n.setViewOrder(-1);
      }
      TranslateTransition move = new TranslateTransition(d, node);
      move.setToX(0);
      move.setToY(0);
      move.play();
      moving.put(e.getKey(), move);
    }
  }

  /** Token nodes by goroutine id, as drawn now (for tests and the benchmark). */
  public List<Label> tokenNodes() {
    return List.copyOf(tokens.values());
  }
}
