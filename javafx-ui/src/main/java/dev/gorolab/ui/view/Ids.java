package dev.gorolab.ui.view;

/** The fx:ids of what tests and stylesheets look up; page objects use these constants. */
public final class Ids {
  public static final String MAIN = "main";
  public static final String TITLE = "scenario-title";
  public static final String OPEN = "open-button";
  public static final String GALLERY = "gallery-button";
  public static final String RELOAD = "reload-button";
  public static final String GOMAXPROCS = "gomaxprocs";
  public static final String SEED = "seed";
  public static final String RUN = "run-button";
  public static final String LANGUAGE = "language-button";
  public static final String THEME = "theme-button";
  public static final String SHOW_SYSTEM = "show-system";
  public static final String TO_START = "to-start";
  public static final String STEP_BACK = "step-back";
  public static final String PLAY = "play-pause";
  public static final String STEP_FORWARD = "step-forward";
  public static final String TO_END = "to-end";
  public static final String SPEED = "speed";
  public static final String STEP_LABEL = "step-label";
  public static final String TIME_LABEL = "time-label";
  public static final String SCRUBBER = "scrubber";
  public static final String BUSY = "busy";
  public static final String PROGRESS = "progress";
  public static final String CANCEL = "cancel-button";
  public static final String NARRATION = "narration";
  public static final String BANNER = "go-banner";
  public static final String RUNTIME = "runtime-view";
  public static final String GLOBAL_QUEUE = "global-queue";
  public static final String MACHINES = "machines";
  public static final String SLEEPING = "sleeping";
  public static final String WAITING = "waiting";
  public static final String DONE = "done";
  public static final String GLOBALS = "globals";
  public static final String CODE = "code";
  public static final String CONSOLE = "console";
  public static final String GO_ERROR = "go-error";
  public static final String EVENTS = "events";
  public static final String INSPECTOR = "inspector";
  public static final String INSPECTOR_TITLE = "inspector-title";
  public static final String INSPECTOR_DETAILS = "inspector-details";
  public static final String INSPECTOR_HISTORY = "inspector-history";
  public static final String TIMELINE = "timeline";
  public static final String TIMELINE_AXIS = "timeline-axis";
  public static final String LEGEND = "legend";
  public static final String FPS = "fps";
  public static final String LOAD_ERROR = "load-error";
  public static final String LOAD_ERROR_TEXT = "load-error-text";
  public static final String GALLERY_LIST = "gallery-list";
  public static final String MENU_RECENT = "menu-recent";
  public static final String MENU_SIDE = "menu-side";
  public static final String MENU_TIMELINE = "menu-timeline";
  public static final String TIMELINE_GRIP = "timeline-grip";
  public static final String MENU_OUTCOMES = "menu-outcomes";
  public static final String STEP_BOX = "step-box";
  public static final String MENU_PRESENTER = "menu-presenter";
  public static final String OUTCOMES_MODE_GO = "outcomes-mode-go";
  public static final String OUTCOMES_MODE_ANY = "outcomes-mode-any";
  public static final String OUTCOMES_SEARCH = "outcomes-search";
  public static final String OUTCOMES_CANCEL = "outcomes-cancel";
  public static final String OUTCOMES_OPEN = "outcomes-open";
  public static final String OUTCOMES_STATUS = "outcomes-status";
  public static final String OUTCOMES_LIST = "outcomes-list";
  public static final String OUTCOMES_TABS = "outcomes-tabs";
  public static final String OUTCOMES_TAB_SEEDS = "outcomes-tab-seeds";
  public static final String OUTCOMES_TAB_EXPLORE = "outcomes-tab-explore";
  public static final String SEEDS_FIRST = "seeds-first";
  public static final String SEEDS_LAST = "seeds-last";
  public static final String SEEDS_RUN = "seeds-run";
  public static final String SEEDS_CANCEL = "seeds-cancel";
  public static final String SEEDS_OPEN = "seeds-open";
  public static final String SEEDS_STATUS = "seeds-status";
  public static final String SEEDS_LIST = "seeds-list";
  public static final String STAGE_SPLIT = "stage-split";

  private Ids() {}

  /** A P card. */
  public static String processor(int p) {
    return "p" + p;
  }

  /** The running slot of P {@code p}. */
  public static String running(int p) {
    return "p" + p + "-running";
  }

  public static String runnext(int p) {
    return "p" + p + "-runnext";
  }

  public static String localQueue(int p) {
    return "p" + p + "-local";
  }

  public static String machine(int m) {
    return "m" + m;
  }

  /** A channel card, by channel id. */
  public static String channel(int ch) {
    return "chan" + ch;
  }

  public static String channelSlots(int ch) {
    return "chan" + ch + "-slots";
  }

  public static String sendq(int ch) {
    return "chan" + ch + "-sendq";
  }

  public static String recvq(int ch) {
    return "chan" + ch + "-recvq";
  }

  /** A goroutine's token; each goroutine is drawn once, where the runtime holds it. */
  public static String token(int g) {
    return "token-g" + g;
  }
  public static final String MENU_GO = "menu-go";
  public static final String MENU_MAIN_START = "menu-main-start";
  public static final String MENU_START_UP = "menu-start-up";
  public static final String MENU_FOLLOW = "menu-follow";
  public static final String MENU_UNFOLLOW = "menu-unfollow";
  public static final String MENU_LEGEND = "menu-legend";
  public static final String GLOSSARY = "glossary";
  public static final String LEGEND_WINDOW = "legend-window";
  public static final String INSPECTOR_FOLLOW = "inspector-follow";

  /** The link beside the narration to a rule's glossary entry (R7.3). */
  public static String ruleLink(String rule) {
    return "rule-" + rule.replace('.', '-');
  }

  /** The Go menu's entry for a jump. */
  public static String jump(dev.gorolab.ui.viewmodel.Jumps.Kind k, boolean back) {
    return "menu-jump-" + k.name().toLowerCase(java.util.Locale.ROOT) + (back ? "-back" : "");
  }
}
