package dev.gorolab.ui.view;

/** The fx:ids of be-the-scheduler, the race marks and side by side, for tests. */
public final class ExploreIds {
  public static final String MENU_SCHEDULER = "menu-scheduler";
  public static final String MENU_RACES = "menu-races";
  public static final String MENU_OPEN_SCHEDULE = "menu-open-schedule";
  public static final String MENU_PAIR = "menu-pair";
  public static final String SCHEDULER_BAR = "scheduler-bar";
  public static final String SCHEDULER_MODE_GO = "scheduler-mode-go";
  public static final String SCHEDULER_MODE_ANY = "scheduler-mode-any";
  public static final String SCHEDULER_GOAL = "scheduler-goal";
  public static final String SCHEDULER_START = "scheduler-start";
  public static final String SCHEDULER_QUESTION = "scheduler-question";
  public static final String SCHEDULER_STATUS = "scheduler-status";
  /** The note under the options when one of them is a runtime goroutine. */
  public static final String SCHEDULER_RUNTIME_NOTE = "scheduler-runtime-note";
  public static final String SCHEDULER_UNDO = "scheduler-undo";
  public static final String SCHEDULER_FINISH = "scheduler-finish";
  public static final String SCHEDULER_SAVE = "scheduler-save";
  public static final String SCHEDULER_CLOSE = "scheduler-close";
  public static final String SCHEDULER_CELEBRATION = "scheduler-celebration";
  public static final String RACE_REPORT = "race-report";
  public static final String PAIR_A_SETTINGS = "pair-a";
  public static final String PAIR_B_SETTINGS = "pair-b";
  public static final String PAIR_RUN = "pair-run";
  public static final String PAIR_DIVERGENCE = "pair-divergence";
  public static final String PAIR_NARRATION = "pair-narration";
  public static final String PAIR_EXPORT = "pair-export";
  public static final String PAIR_SYNC = "pair-sync";

  private ExploreIds() {}

  /** Option {@code n} (1-based) of the pending choice. */
  public static String option(int n) {
    return "scheduler-option-" + n;
  }

  /** The race mark on 1-based source line {@code line} of the code pane. */
  public static String raceMark(int line) {
    return "race-mark-" + line;
  }
}
