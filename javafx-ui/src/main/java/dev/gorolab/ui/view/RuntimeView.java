package dev.gorolab.ui.view;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.PStatus;
import dev.gorolab.model.Variable;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.ui.viewmodel.Palette;
import dev.gorolab.ui.viewmodel.StatusWords;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.TranslateTransition;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The heart of the app: every goroutine as a coloured token where the runtime holds it — the global
 * run queue, each P's running slot, runnext and local queue, Ms in syscalls, channel queues,
 * sleepers, waiters and the done area. On every step, tokens glide from their old place to the new.
 *
 * <p>The structure (cards, rows, token labels) is kept across steps and only what changed is
 * edited: re-creating and re-styling hundreds of labels per step is what made playback stutter.
 */
public final class RuntimeView extends VBox {
  private final PlayerViewModel player;
  private final I18n i18n;
  private final DoubleSupplier animationMillis;
  /** Tokens shown at this step, by goroutine id. */
  private final Map<Integer, Label> tokens = new LinkedHashMap<>();
  /** Every token label made so far, shown or not, so a goroutine keeps its node. */
  private final Map<Integer, Label> pool = new HashMap<>();
  /** Token-with-note boxes (sleepers, waiters, senders), by goroutine id. */
  private final Map<Integer, HBox> notes = new HashMap<>();
  private final Map<Integer, Animation> moving = new HashMap<>();
  /** Ancestors of moving tokens, lifted above their siblings until the next step. */
  private final List<Node> lifted = new ArrayList<>();

  private final Section global = new Section(Ids.GLOBAL_QUEUE, "rt.globalQueue");
  private final FlowPane processors = new CardGrid();
  private final Map<Integer, PView> pViews = new HashMap<>();
  private final FlowPane machineCards = cards();
  private final Section machines = new Section(Ids.MACHINES, "rt.machines", machineCards);
  private final Map<Integer, MView> mViews = new HashMap<>();
  private final FlowPane objects = cards();
  private final Map<Integer, ChanView> chanViews = new HashMap<>();
  private final Map<String, SyncView> syncViews = new HashMap<>();
  private final Section sleeping = new Section(Ids.SLEEPING, "rt.sleeping");
  private final Section waiting = new Section(Ids.WAITING, "rt.waiting");
  private final Section done = new Section(Ids.DONE, "rt.done");
  private final Section globals = new Section(Ids.GLOBALS, "rt.globals");
  private static final List<String> SYNC_TYPES = List.of("sync.WaitGroup", "sync.Mutex", "sync.RWMutex", "sync.Once");
  private final Label hidden = new Label();
  private RuntimeScene drawn;
  /** The followed goroutine may have moved: check, after the next layout, that it is in view. */
  private boolean followPending;
  private final Runnable keepFollowedInView = this::keepFollowedInView;

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
    done.row.getStyleClass().add("done-row");
    hidden.getStyleClass().add("hint");
    player.traceProperty().addListener((obs, old, now) -> {
      pool.clear();
      notes.clear();
    });
    player.sceneProperty().addListener((obs, old, now) -> show(now));
    player.selectedProperty().addListener((obs, old, now) -> {
      for (Label l : tokens.values()) {
        toggle(l, "selected", l.getUserData().equals(now.intValue()));
      }
    });
    player.followedProperty().addListener((obs, old, now) -> {
      for (Label l : tokens.values()) {
        toggle(l, "followed", l.getUserData().equals(now.intValue()));
      }
      followPending = true;
    });
    // After layout, scroll the enclosing pane so the followed goroutine's token is in view.
    sceneProperty().addListener((obs, old, now) -> {
      if (old != null) {
        old.removePostLayoutPulseListener(keepFollowedInView);
      }
      if (now != null) {
        now.addPostLayoutPulseListener(keepFollowedInView);
      }
    });
    i18n.localeProperty().addListener((obs, old, now) -> show(player.sceneProperty().get()));
    show(player.sceneProperty().get());
  }

  /**
   * Scrolls the enclosing scroll pane, if it must, so the followed goroutine's token is inside the
   * viewport (its place after the move, not mid-glide).
   */
  private void keepFollowedInView() {
    if (!followPending) {
      return;
    }
    followPending = false;
    Label l = tokens.get(player.followedProperty().get());
    Parent p = getParent();
    while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
      p = p.getParent();
    }
    if (l == null || !(p instanceof javafx.scene.control.ScrollPane scroll) || l.getScene() == null) {
      return;
    }
    Bounds token = sceneToLocal(l.localToScene(l.getBoundsInLocal()));
    double contentH = getHeight();
    double viewH = scroll.getViewportBounds().getHeight();
    if (contentH <= viewH || token == null) {
      return;
    }
    // Without the glide's translation: where the token ends up.
    double top = token.getMinY() - l.getTranslateY();
    double bottom = token.getMaxY() - l.getTranslateY();
    double shownTop = scroll.getVvalue() * (contentH - viewH);
    if (top >= shownTop && bottom <= shownTop + viewH) {
      return;
    }
    double want = Math.max(0, Math.min(contentH - viewH, top - viewH / 3));
    scroll.setVvalue(want / (contentH - viewH));
  }

  private void show(RuntimeScene scene) {
    followPending = player.followedProperty().get() >= 0;
    Map<Integer, Point2D> before = positions();
    for (Animation a : moving.values()) {
      a.stop();
    }
    moving.clear();
    for (Node n : lifted) {
      n.setViewOrder(0);
    }
    lifted.clear();
    tokens.clear();
    drawn = null;
    if (scene == null) {
      getChildren().clear();
      return;
    }
    List<Node> parts = new ArrayList<>();
    setRow(global.row, row(scene.globalQueue(), global.row));
    parts.add(global);

    List<Node> ps = new ArrayList<>();
    for (PCard p : scene.processors()) {
      PView v = pViews.computeIfAbsent(p.id(), PView::new);
      v.update(p);
      ps.add(v);
    }
    pViews.keySet().removeIf(id -> id >= scene.processors().size());
    setChildren(processors, ps);
    parts.add(processors);

    if (!scene.machines().isEmpty()) {
      List<Node> ms = new ArrayList<>();
      for (MCard m : scene.machines()) {
        MView v = mViews.computeIfAbsent(m.id(), MView::new);
        v.update(m);
        ms.add(v);
      }
      setChildren(machineCards, ms);
      parts.add(machines);
    }
    if (!scene.channels().isEmpty() || !scene.syncObjects().isEmpty()) {
      List<Node> os = new ArrayList<>();
      for (ChannelCard c : scene.channels()) {
        ChanView v = chanViews.computeIfAbsent(c.id(), ChanView::new);
        v.update(c);
        os.add(v);
      }
      for (SyncCard s : scene.syncObjects()) {
        SyncView v = syncViews.computeIfAbsent(s.kind() + "/" + s.name(), k -> new SyncView());
        v.update(s);
        os.add(v);
      }
      setChildren(objects, os);
      parts.add(objects);
    }

    List<Node> sleepers = new ArrayList<>();
    for (Sleeper s : scene.sleeping()) {
      sleepers.add(withNote(s.token(), i18n.get("rt.until", GoDuration.format(s.wakeAtNanos()))));
    }
    setRow(sleeping.row, finish(sleepers, scene.sleepingMore(), sleeping.row));
    parts.add(sleeping);
    // Always there, empty or not: a section that comes and goes makes everything below it jump.
    List<Node> waiters = new ArrayList<>();
    for (Waiter w : scene.waiting()) {
      String note = w.object().isEmpty() ? w.waitReason() : w.waitReason() + " · " + w.object();
      waiters.add(withNote(w.token(), note));
    }
    setRow(waiting.row, finish(waiters, scene.waitingMore(), waiting.row));
    parts.add(waiting);
    setRow(done.row, row(scene.done(), done.row));
    parts.add(done);
    List<Node> labels = new ArrayList<>();
    for (Variable v : player.globalsProperty().get()) {
      // A WaitGroup or Mutex has its own card above; its struct %v would only confuse the class.
      if (!SYNC_TYPES.contains(v.type())) {
        Label l = new Label(v.name() + " " + v.type() + " = " + v.value());
        l.getStyleClass().add("note");
        labels.add(l);
      }
    }
    if (!labels.isEmpty()) {
      globals.row.getChildren().setAll(labels);
      parts.add(globals);
    }
    if (scene.hiddenSystemGoroutines() > 0) {
      hidden.setText(i18n.get("rt.hiddenSystem", scene.hiddenSystemGoroutines()));
      parts.add(hidden);
    }
    setChildren(this, parts);
    for (Section s : List.of(global, machines, sleeping, waiting, done, globals)) {
      s.title.setText(i18n.get(s.titleKey));
    }
    animateFrom(before);
    drawn = scene;
  }

  /**
   * The scene this view finished drawing. An export checks it is the player's current scene: a
   * step that failed half-way (a state without its words threw) must not be written as an image.
   */
  public RuntimeScene drawnScene() {
    return drawn;
  }

  // ---- cards -----------------------------------------------------------------------------------

  /** A P card; its rows keep their nodes from step to step. */
  private final class PView extends VBox {
    final Label header = title();
    final FlowPane running = tokenFlow();
    final FlowPane runnext = tokenFlow();
    final FlowPane local = tokenFlow();
    final Label runningName = slotName();
    final Label localName = slotName();
    final FlowPane timers = tokenFlow();
    final Label timersName = slotName();
    final javafx.scene.Node timersRow;

    PView(int id) {
      setId(Ids.processor(id));
      getStyleClass().addAll("card", "p-card");
      running.setId(Ids.running(id));
      runnext.setId(Ids.runnext(id));
      local.setId(Ids.localQueue(id));
      Label runnextName = slotName();
      runnextName.setText("runnext");
      timers.setId("p" + id + "-timers");
      timersRow = labelled(timersName, timers);
      getChildren().addAll(header, labelled(runningName, running), labelled(runnextName, runnext), labelled(localName, local));
    }

    void update(PCard p) {
      toggle(this, "idle", p.status() == PStatus.IDLE);
      String machine = p.m() >= 0 ? "M" + p.m() : i18n.get("rt.noM");
      // A P held by a spinning M runs nothing yet: say what the M does, not "running".
      String doing = p.running() == null && p.mStatus() == MStatus.SPINNING
          ? StatusWords.of(i18n, MStatus.SPINNING)
          : StatusWords.of(i18n, p.status());
      setText(header, "P" + p.id() + "  ·  " + machine + "  ·  " + doing);
      setText(runningName, i18n.get("rt.running"));
      setText(localName, i18n.get("rt.local"));
      setRow(running, single(p.running(), running));
      setRow(runnext, single(p.runnext(), runnext));
      setRow(local, row(p.localQueue(), local));
      // The time package's timers on this P's heap, in firing order, with their due time (R9.2).
      if (p.timers().isEmpty()) {
        getChildren().remove(timersRow);
      } else {
        setText(timersName, i18n.get("rt.timers"));
        List<Label> chips = new ArrayList<>();
        for (RuntimeScene.TimerToken t : p.timers()) {
          String text = t.name() + " @" + t.due() + (t.period().isEmpty() ? "" : " ↻" + t.period());
          Label chip = new Label(t.stopped() ? text + " ✕" : text);
          chip.getStyleClass().addAll("timer-token", t.stopped() ? "stopped" : "waiting");
          chips.add(chip);
        }
        timers.getChildren().setAll(chips);
        if (!getChildren().contains(timersRow)) {
          getChildren().add(timersRow);
        }
      }
    }
  }

  /** An M that is idle, spinning, or in a syscall holding its goroutine. */
  private final class MView extends HBox {
    final Label header = title();
    final Label holds = new Label();
    final FlowPane held = tokenFlow();

    MView(int id) {
      setId(Ids.machine(id));
      getStyleClass().addAll("card", "m-card");
    }

    void update(MCard m) {
      for (MStatus s : MStatus.values()) {
        toggle(this, s.name().toLowerCase(Locale.ROOT), s == m.status());
      }
      setText(header, "M" + m.id() + "  " + StatusWords.of(i18n, m.status()));
      if (m.status() == MStatus.SYSCALL && m.g() != null) {
        setText(holds, i18n.get("rt.holds"));
        setRow(held, List.of(token(m.g())));
        setChildren(this, List.of(header, holds, held));
      } else {
        setRow(held, List.of());
        setChildren(this, List.of(header));
      }
    }
  }

  /** A channel as a pipe: capacity slots with the buffered values head first, and its wait queues. */
  private final class ChanView extends VBox {
    final Label header = title();
    final FlowPane pipe = new ContentWidthFlowPane();
    final FlowPane sendq = tokenFlow();
    final FlowPane recvq = tokenFlow();
    final Label bufferName = slotName();

    ChanView(int id) {
      setId(Ids.channel(id));
      getStyleClass().addAll("card", "chan-card");
      pipe.setId(Ids.channelSlots(id));
      pipe.getStyleClass().add("pipe");
      // Wrap at the card's width, not at FlowPane's default 400 px.
      pipe.setPrefWrapLength(2000);
      sendq.setId(Ids.sendq(id));
      recvq.setId(Ids.recvq(id));
      Label sendqName = slotName();
      sendqName.setText("sendq");
      Label recvqName = slotName();
      recvqName.setText("recvq");
      getChildren().addAll(header, labelled(bufferName, pipe), labelled(sendqName, sendq), labelled(recvqName, recvq));
    }

    void update(ChannelCard c) {
      toggle(this, "closed", c.closed());
      String text = c.name() + "  chan " + c.elemType() + "   len " + c.buffer().size() + " / cap " + c.capacity();
      setText(header, c.closed() ? text + "   " + i18n.get("rt.closed") : text);
      setText(bufferName, i18n.get("rt.buffer"));
      List<Node> slots = new ArrayList<>();
      if (c.capacity() == 0) {
        Label none = new Label(i18n.get("rt.unbuffered"));
        none.getStyleClass().add("hint");
        slots.add(none);
      }
      int shown = Math.min(c.capacity(), 16);
      for (int i = 0; i < shown; i++) {
        Label slot = new Label(i < c.buffer().size() ? c.buffer().get(i) : "");
        slot.getStyleClass().addAll("slot", i < c.buffer().size() ? "full" : "empty");
        slots.add(slot);
      }
      if (c.capacity() > shown) {
        slots.add(more(i18n.get("rt.moreSlots", c.capacity() - shown, Math.max(0, c.buffer().size() - shown))));
      }
      pipe.getChildren().setAll(slots);
      List<Node> senders = new ArrayList<>();
      for (HeldValue h : c.sendq()) {
        senders.add(withNote(h.token(), i18n.get("rt.holdsValue", h.value())));
      }
      setRow(sendq, finish(senders, c.sendqMore(), sendq));
      setRow(recvq, row(c.recvq(), recvq));
    }
  }

  /** A WaitGroup or a Mutex with its waiters. */
  private final class SyncView extends VBox {
    final Label header = title();
    final FlowPane waiters = tokenFlow();
    final Label waitersName = slotName();
    final FlowPane writers = tokenFlow();
    final Label writersName = slotName();
    final Node writersRow = labelled(writersName, writers);

    SyncView() {
      getStyleClass().addAll("card", "sync-card");
      getChildren().addAll(header, labelled(waitersName, waiters));
    }

    void update(SyncCard s) {
      String holder = s.holder() < 0 ? i18n.get("rt.unlocked") : i18n.get("rt.heldBy", "G" + s.holder());
      String state = switch (s.kind()) {
        case WAIT_GROUP -> i18n.get("rt.counter", s.counter());
        case MUTEX -> holder;
        case RW_MUTEX -> i18n.get("rt.readers", s.counter())
            + (s.holder() >= 0 ? " · " + i18n.get("rt.writer", "G" + s.holder()) : "");
        case COND -> i18n.get("rt.notifyList");
        case ONCE -> s.counter() == 1 ? i18n.get("rt.onceDone")
            : s.holder() >= 0 ? i18n.get("rt.onceRunning", "G" + s.holder()) : i18n.get("rt.onceNotDone");
      };
      if (s.starving()) {
        state += " · " + i18n.get("rt.starving");
      }
      String kind = switch (s.kind()) {
        case WAIT_GROUP -> "sync.WaitGroup";
        case MUTEX -> "sync.Mutex";
        case RW_MUTEX -> "sync.RWMutex";
        case COND -> "sync.Cond";
        case ONCE -> "sync.Once";
      };
      setText(header, s.name() + "  " + kind + "   " + state);
      setText(waitersName, i18n.get(s.kind() == SyncKind.RW_MUTEX ? "rt.readersWaiting" : "rt.waiters"));
      setRow(waiters, row(s.waiters(), waiters));
      if (s.kind() == SyncKind.RW_MUTEX) {
        setText(writersName, i18n.get("rt.writersWaiting"));
        setRow(writers, row(s.writers(), writers));
        if (!getChildren().contains(writersRow)) {
          getChildren().add(writersRow);
        }
      } else {
        getChildren().remove(writersRow);
      }
    }
  }


  /** A titled area holding one row of tokens (or another node). */
  private static final class Section extends VBox {
    final String titleKey;
    final Label title = new Label();
    final FlowPane row;

    Section(String id, String titleKey) {
      this(id, titleKey, tokenFlow());
    }

    Section(String id, String titleKey, FlowPane content) {
      this.titleKey = titleKey;
      this.row = content;
      setId(id);
      getStyleClass().add("section");
      title.getStyleClass().add("section-title");
      getChildren().addAll(title, content);
    }
  }

  // ---- rows and tokens -------------------------------------------------------------------------

  /** The nodes of a queue: its tokens, "+N more", or a dash when empty (owned by {@code row}). */
  private List<Node> row(TokenRow r, FlowPane owner) {
    List<Node> nodes = new ArrayList<>();
    for (Token t : r.shown()) {
      nodes.add(token(t));
    }
    return finish(nodes, r.more(), owner);
  }

  private List<Node> single(Token t, FlowPane owner) {
    List<Node> nodes = new ArrayList<>();
    if (t != null) {
      nodes.add(token(t));
    }
    return finish(nodes, 0, owner);
  }

  /** Adds "+N more" and, for an empty row, the dash; both are the row's own labels, reused. */
  private List<Node> finish(List<Node> nodes, int more, FlowPane owner) {
    if (more > 0) {
      nodes.add(more(i18n.get("rt.more", more)));
    }
    if (nodes.isEmpty()) {
      Label dash = owner == null ? null : (Label) owner.getProperties().get("dash");
      if (dash == null) {
        dash = new Label("–");
        dash.getStyleClass().add("hint");
        if (owner != null) {
          owner.getProperties().put("dash", dash);
        }
      }
      nodes.add(dash);
    }
    return nodes;
  }

  private static Label more(String text) {
    Label more = new Label(text);
    more.getStyleClass().add("more");
    return more;
  }

  private Label token(Token t) {
    Label l = pool.get(t.g());
    if (l == null) {
      l = new Label();
      l.setId(Ids.token(t.g()));
      l.setUserData(t.g());
      l.getStyleClass().add("token");
      l.setMinWidth(Region.USE_PREF_SIZE);
      // Moving a cached bitmap is cheaper than re-rendering text every frame (software pipeline).
      l.setCache(true);
      l.setCacheHint(CacheHint.SPEED);
      int g = t.g();
      l.setOnMouseClicked(e -> player.select(g));
      pool.put(t.g(), l);
    }
    setText(l, t.label());
    String style = "-fx-background-color: " + Palette.fill(t) + "; -fx-text-fill: " + Palette.text(t) + ";";
    if (!style.equals(l.getStyle())) {
      l.setStyle(style);
    }
    for (int cue = 1; cue < Palette.CUES; cue++) {
      toggle(l, "cue-" + cue, Palette.cueOf(t.g()) == cue);
    }
    toggle(l, "dead", t.status() == GStatus.DEAD);
    toggle(l, "selected", t.g() == player.selectedProperty().get());
    toggle(l, "followed", t.g() == player.followedProperty().get());
    l.setTranslateX(0);
    l.setTranslateY(0);
    l.setOpacity(1);
    tokens.put(t.g(), l);
    return l;
  }

  /** The token with a note beside it ("holds 3", "until 1s"), one box per goroutine, reused. */
  private Node withNote(Token t, String note) {
    HBox box = notes.get(t.g());
    if (box == null) {
      Label n = new Label();
      n.getStyleClass().add("note");
      box = new HBox();
      box.getStyleClass().add("token-with-note");
      box.getChildren().add(n);
      notes.put(t.g(), box);
    }
    Label token = token(t);
    Label n = (Label) box.getChildren().get(box.getChildren().size() - 1);
    setText(n, note);
    if (box.getChildren().size() == 1 || box.getChildren().get(0) != token) {
      box.getChildren().setAll(token, n);
    }
    return box;
  }

  /**
   * Makes {@code row}'s children {@code desired} with as few edits as possible: nodes that stay keep
   * their parent, so they are not styled again, and queue pops and pushes touch one node.
   */
  private static void setRow(Pane row, List<Node> desired) {
    setChildren(row, desired);
  }

  private static void setChildren(Pane parent, List<? extends Node> desired) {
    ObservableList<Node> children = parent.getChildren();
    if (children.equals(desired)) {
      return;
    }
    java.util.Set<Node> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    wanted.addAll(desired);
    children.removeIf(n -> !wanted.contains(n));
    for (int i = 0; i < desired.size(); i++) {
      Node n = desired.get(i);
      if (i < children.size() && children.get(i) == n) {
        continue;
      }
      if (n.getParent() == parent) {
        children.remove(n);
      }
      children.add(Math.min(i, children.size()), n);
    }
  }

  private static void setText(Label l, String text) {
    if (!text.equals(l.getText())) {
      l.setText(text);
    }
  }

  private static void toggle(Node n, String styleClass, boolean on) {
    if (on && !n.getStyleClass().contains(styleClass)) {
      n.getStyleClass().add(styleClass);
    } else if (!on) {
      n.getStyleClass().remove(styleClass);
    }
  }

  private static Label title() {
    Label l = new Label();
    l.getStyleClass().add("card-title");
    return l;
  }

  private static Label slotName() {
    Label l = new Label();
    l.getStyleClass().add("slot-name");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  /**
   * A FlowPane as wide as its content up to its wrap length. A plain FlowPane asks for its whole
   * wrap length, which made a channel with two slots as wide as the view and pushed the next
   * channel out of sight.
   */
  private static final class ContentWidthFlowPane extends FlowPane {
    @Override
    protected double computePrefWidth(double height) {
      double run = 0;
      for (Node n : getManagedChildren()) {
        run += (run > 0 ? getHgap() : 0) + n.prefWidth(-1);
      }
      Insets in = getInsets();
      return Math.min(super.computePrefWidth(height), in.getLeft() + run + in.getRight());
    }
  }

  /**
   * The P cards as a grid: as many columns as fit, rows balanced (4 Ps are 2×2, not 3+1), every
   * card of a row as tall as the tallest and every column as wide, so P0..Pn read like a table
   * at any width, in the window and in a slide.
   */
  static final class CardGrid extends FlowPane {
    CardGrid() {
      getStyleClass().add("cards");
    }

    private int columns(double width) {
      List<Node> cards = getManagedChildren();
      if (cards.isEmpty()) {
        return 1;
      }
      double min = 0;
      for (Node n : cards) {
        min = Math.max(min, n.minWidth(-1));
      }
      int fit = (int) Math.max(1, Math.floor((width + getHgap()) / (min + getHgap())));
      int maxCols = Math.min(cards.size(), fit);
      int rows = (cards.size() + maxCols - 1) / maxCols;
      return (cards.size() + rows - 1) / rows;
    }

    private double cardWidth(double width, int cols) {
      double pref = 0;
      for (Node n : getManagedChildren()) {
        pref = Math.max(pref, n.prefWidth(-1));
      }
      // Wider than twice its natural size a card is mostly empty: keep cards at most that wide.
      return Math.min((width - (cols - 1) * getHgap()) / cols, 2 * pref);
    }

    /** Lays the cards out in {@code width}; returns the height used. */
    private double place(double width, boolean move) {
      List<Node> cards = getManagedChildren();
      Insets in = getInsets();
      double inner = Math.max(1, width - in.getLeft() - in.getRight());
      int cols = columns(inner);
      double w = Math.max(0, cardWidth(inner, cols));
      double y = in.getTop();
      for (int row = 0; row * cols < cards.size(); row++) {
        List<Node> line = cards.subList(row * cols, Math.min(cards.size(), (row + 1) * cols));
        double h = 0;
        for (Node n : line) {
          h = Math.max(h, n.prefHeight(w));
        }
        if (move) {
          double x = in.getLeft();
          for (Node n : line) {
            n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
            x += w + getHgap();
          }
        }
        y += h + (row + 1 < (cards.size() + cols - 1) / cols ? getVgap() : 0);
      }
      return y + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
      place(getWidth(), true);
    }

    @Override
    protected double computePrefHeight(double width) {
      return place(width < 0 ? prefWidth(-1) : width, false);
    }

    @Override
    protected double computeMinWidth(double height) {
      double min = 0;
      for (Node n : getManagedChildren()) {
        min = Math.max(min, n.minWidth(-1));
      }
      return getInsets().getLeft() + min + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
      List<Node> cards = getManagedChildren();
      double pref = 0;
      for (Node n : cards) {
        pref = Math.max(pref, n.prefWidth(-1));
      }
      int cols = Math.min(2, Math.max(1, cards.size()));
      return getInsets().getLeft() + cols * pref + (cols - 1) * getHgap() + getInsets().getRight();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
      return javafx.geometry.Orientation.HORIZONTAL;
    }
  }

  private static FlowPane tokenFlow() {
    FlowPane f = new FlowPane();
    f.getStyleClass().add("token-row");
    return f;
  }

  private static FlowPane cards() {
    FlowPane f = new FlowPane();
    f.getStyleClass().add("cards");
    return f;
  }

  private static Node labelled(Label name, Node content) {
    HBox box = new HBox(name, content);
    box.getStyleClass().add("labelled");
    HBox.setHgrow(content, Priority.ALWAYS);
    return box;
  }

  // ---- animation -------------------------------------------------------------------------------

  private Map<Integer, Point2D> positions() {
    Map<Integer, Point2D> at = new LinkedHashMap<>();
    for (Map.Entry<Integer, Label> e : tokens.entrySet()) {
      Label l = e.getValue();
      if (l.getScene() == null) {
        continue;
      }
      Bounds b = l.localToScene(l.getBoundsInLocal());
      at.put(e.getKey(), new Point2D(b.getMinX(), b.getMinY()));
    }
    return at;
  }

  private void animateFrom(Map<Integer, Point2D> before) {
    double millis = animationMillis.getAsDouble() / player.speedProperty().get();
    if (millis <= 0 || getScene() == null || before.isEmpty()) {
      return;
    }
    // Lay out this view now (not the whole scene) so the new places are known before the first
    // frame; each token then starts at its old place and glides to the new one (stepping back
    // runs the same way, in reverse).
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
      for (Parent n = node.getParent(); n != null && n != this; n = n.getParent()) {
        n.setViewOrder(-1);
        lifted.add(n);
      }
      TranslateTransition move = new TranslateTransition(d, node);
      move.setToX(0);
      move.setToY(0);
      move.play();
      moving.put(e.getKey(), move);
    }
  }

  /** Token nodes as drawn now (for tests and the benchmark). */
  public List<Label> tokenNodes() {
    return List.copyOf(tokens.values());
  }
}
