package dev.gorolab.sim.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A schedule saved beside its scenario: the mode, the settings it was made with and the choices,
 * one per choice point, as the class made them being the scheduler. {@code gorolab run FILE
 * --schedule NAME.schedule} replays it exactly. The text is a few {@code key value} lines;
 * {@code #} starts a comment:
 *
 * <pre>
 * # GoroLab schedule
 * mode any
 * gomaxprocs 1
 * seed 1
 * choices 0*14,1,0,2
 * </pre>
 *
 * @param mode which choices the schedule makes (Go's rules or any interleaving)
 * @param gomaxprocs the GOMAXPROCS it was made with; another one meets other choice points
 * @param seed the seed of the run it was made from (a schedule's run takes every choice from the
 *     list, so the seed only names where it started)
 * @param choices one option per choice point, option 0 after the list
 */
public record ScheduleFile(ExploreMode mode, int gomaxprocs, long seed, int[] choices) {
  /** The file name extension, with its dot. */
  public static final String EXTENSION = ".schedule";

  public ScheduleFile {
    choices = choices.clone();
  }

  @Override
  public int[] choices() {
    return choices.clone();
  }

  /** The file's text; {@code comment} (one line, may be empty) goes on top after the header. */
  public String format(String comment) {
    StringBuilder b = new StringBuilder("# GoroLab schedule\n");
    if (!comment.isEmpty()) {
      b.append("# ").append(comment.replace('\n', ' ')).append('\n');
    }
    b.append("mode ").append(mode.word).append('\n');
    b.append("gomaxprocs ").append(gomaxprocs).append('\n');
    b.append("seed ").append(seed).append('\n');
    b.append("choices ").append(Schedules.format(choices)).append('\n');
    return b.toString();
  }

  /**
   * Reads a schedule file's text; {@code fileName} names it in messages, which say
   * {@code file:line:col: what is wrong} as the compiler does.
   *
   * @throws IllegalArgumentException with every problem found, one per line
   */
  public static ScheduleFile parse(String text, String fileName) {
    ExploreMode mode = null;
    Integer procs = null;
    Long seed = null;
    int[] choices = null;
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int col = lines[n].indexOf(line.charAt(0)) + 1;
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space + 1).strip();
      String where = fileName + ":" + (n + 1) + ":" + col + ": ";
      switch (key) {
        case "mode" -> {
          mode = ExploreMode.of(value);
          if (mode == null) {
            problems.add(where + "mode must be go or any, got \"" + value + "\"");
          }
        }
        case "gomaxprocs" -> {
          procs = (int) number(value, 1, 256, where + "gomaxprocs", problems);
        }
        case "seed" -> seed = number(value, 0, Long.MAX_VALUE, where + "seed", problems);
        case "choices" -> {
          try {
            choices = Schedules.parse(value);
          } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
          }
        }
        default -> problems.add(where + "unknown key \"" + key + "\" (expected mode, gomaxprocs, seed or choices)");
      }
    }
    String end = fileName + ":" + lines.length + ":1: ";
    if (mode == null && problems.stream().noneMatch(p -> p.contains("mode must"))) {
      problems.add(end + "missing \"mode go\" or \"mode any\"");
    }
    if (choices == null && problems.stream().noneMatch(p -> p.contains("choice"))) {
      problems.add(end + "missing \"choices\" (e.g. choices 0,1,0*5)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new ScheduleFile(mode, procs == null ? 1 : procs, seed == null ? 1 : seed, choices);
  }

  private static long number(String text, long min, long max, String what, List<String> problems) {
    try {
      long v = Long.parseLong(text);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(what + " must be a whole number " + min + ".." + max + ", got \"" + text + "\"");
    return min;
  }

  /** The schedule file beside a scenario named {@code scenarioFileName}: its name without extension, plus {@link #EXTENSION}. */
  public static String besideName(String scenarioFileName) {
    int dot = scenarioFileName.lastIndexOf('.');
    return (dot > 0 ? scenarioFileName.substring(0, dot) : scenarioFileName) + EXTENSION;
  }
}
