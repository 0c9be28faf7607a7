package dev.gorolab.scenario.cli;

import dev.gorolab.model.Event;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gorolab explain FILE|ID}: the run as a numbered transcript, one line per step with its
 * virtual time and the sentence the app shows, then the program's output and how it ended; for
 * lecture notes and handouts. Steps are numbered as the app numbers them (step n is the n-th event).
 */
final class ExplainCommand {
  static final String USAGE_LINE =
      "  gorolab explain FILE|ID [--lang en|zh] [--steps A..B] [--format md|txt] [--gomaxprocs N] [--seed S]"
          + "   the run as a numbered transcript";
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\.\\.(\\d+)");

  private ExplainCommand() {}

  /** Words of the transcript that are not narration, in both languages. */
  private record Words(String step, String time, String what, String settings, String output, String ended,
      String noOutput, String stderr) {
    static Words of(Locale locale) {
      return locale.getLanguage().equals("zh")
          ? new Words("步骤", "时间", "发生了什么", "GOMAXPROCS={0}，种子 {1}，共 {2} 步", "程序输出", "退出码 {0}",
              "（没有输出）", "标准错误")
          : new Words("step", "time", "what happens", "GOMAXPROCS={0}, seed {1}, {2} steps", "Program output",
              "exit code {0}", "(no output)", "standard error");
    }
  }

  static int run(GoroLabCli cli, String[] args, PrintStream out, PrintStream err) {
    String target = null;
    Locale locale = Locale.ENGLISH;
    int from = 1;
    int to = Integer.MAX_VALUE;
    boolean haveRange = false;
    boolean markdown = true;
    Integer gomaxprocs = null;
    Long seed = null;
    List<String> list = List.of(args);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--lang" -> locale = GoroLabCli.locale(GoroLabCli.RunOptions.value(list, ++i, arg));
        case "--steps" -> {
          String v = GoroLabCli.RunOptions.value(list, ++i, arg);
          Matcher m = RANGE.matcher(v);
          if (!m.matches()) {
            throw new GoroLabCli.UsageException("--steps expects a range A..B such as 1..20, got \"" + v + "\"");
          }
          from = (int) GoroLabCli.RunOptions.number(arg, m.group(1), 1, Integer.MAX_VALUE);
          to = (int) GoroLabCli.RunOptions.number(arg, m.group(2), 1, Integer.MAX_VALUE);
          if (to < from) {
            throw new GoroLabCli.UsageException("--steps " + v + " ends before it starts");
          }
          haveRange = true;
        }
        case "--format" -> {
          String v = GoroLabCli.RunOptions.value(list, ++i, arg);
          markdown = switch (v) {
            case "md" -> true;
            case "txt" -> false;
            default -> throw new GoroLabCli.UsageException("--format expects md or txt, got \"" + v + "\"");
          };
        }
        case "--gomaxprocs" -> gomaxprocs = (int) GoroLabCli.RunOptions.number(arg, GoroLabCli.RunOptions.value(list, ++i, arg), 1, 256);
        case "--seed" -> seed = GoroLabCli.RunOptions.number(arg, GoroLabCli.RunOptions.value(list, ++i, arg), Long.MIN_VALUE, Long.MAX_VALUE);
        default -> {
          if (arg.startsWith("-")) {
            throw new GoroLabCli.UsageException("unknown option " + arg);
          }
          if (target != null) {
            throw new GoroLabCli.UsageException("explain takes one scenario, got \"" + target + "\" and \"" + arg + "\"");
          }
          target = arg;
        }
      }
    }
    if (target == null) {
      throw new GoroLabCli.UsageException("explain needs a scenario file or bundled id (see: gorolab list)");
    }
    Scenario scenario = cli.loadOrReport(target);
    if (scenario == null) {
      return 1;
    }
    RunSettings settings = new RunSettings(gomaxprocs != null ? gomaxprocs : scenario.gomaxprocs(),
        seed != null ? seed : scenario.seed(), RunSettings.DEFAULT_MAX_STEPS);
    Trace trace = Simulation.record(scenario.program(), settings, RecordingListener.NONE);
    if (haveRange && to > trace.size()) {
      err.println("gorolab: step " + to + " is out of range: " + target + " has steps 1.." + trace.size()
          + " with GOMAXPROCS=" + settings.gomaxprocs() + " and seed " + settings.seed());
      return 1;
    }
    to = Math.min(to, trace.size());
    Words w = Words.of(locale);
    String settingsLine = new java.text.MessageFormat(w.settings(), locale)
        .format(new Object[] {String.valueOf(settings.gomaxprocs()), String.valueOf(settings.seed()), String.valueOf(trace.size())});
    StringBuilder b = new StringBuilder();
    if (markdown) {
      b.append("# ").append(scenario.title()).append("\n\n");
      if (!scenario.description().isEmpty()) {
        b.append(scenario.description()).append("\n\n");
      }
      b.append(settingsLine).append("\n\n");
      b.append("| ").append(w.step()).append(" | ").append(w.time()).append(" | ").append(w.what()).append(" |\n");
      b.append("|---:|---:|---|\n");
      for (int i = from - 1; i < to; i++) {
        b.append("| ").append(i + 1).append(" | ").append(GoDuration.format(trace.time(i))).append(" | ")
            .append(cell(trace.narration(i, locale))).append(" |\n");
      }
    } else {
      b.append(scenario.title()).append('\n').append(settingsLine).append("\n\n");
      int width = String.valueOf(to).length();
      int timeWidth = 0;
      for (int i = from - 1; i < to; i++) {
        timeWidth = Math.max(timeWidth, GoDuration.format(trace.time(i)).length());
      }
      for (int i = from - 1; i < to; i++) {
        b.append(String.format(Locale.ROOT, "%" + width + "d  %" + timeWidth + "s  %s%n", i + 1,
            GoDuration.format(trace.time(i)), trace.narration(i, locale)));
      }
    }
    appendOutcome(b, trace, from, to, w, markdown, locale);
    out.print(b);
    out.flush();
    return 0;
  }

  /** The output printed by the steps shown, and how the program ended when the last step is shown. */
  private static void appendOutcome(StringBuilder b, Trace trace, int from, int to, Words w, boolean markdown, Locale locale) {
    StringBuilder printed = new StringBuilder();
    for (int i = from - 1; i < to; i++) {
      if (trace.event(i) instanceof Event.Output o) {
        printed.append(o.text());
      }
    }
    b.append('\n').append(markdown ? "## " : "").append(w.output()).append(markdown ? "\n\n" : "\n");
    String text = printed.length() == 0 ? w.noOutput() + "\n" : printed.toString();
    b.append(markdown ? "```\n" + text + "```\n" : text);
    RunOutcome outcome = trace.outcome();
    if (to == trace.size()) {
      String ended = new java.text.MessageFormat(w.ended(), locale).format(new Object[] {String.valueOf(outcome.exitCode())});
      if (!outcome.stderr().isEmpty()) {
        b.append('\n').append(markdown ? "## " : "").append(w.stderr()).append(markdown ? "\n\n```\n" : "\n")
            .append(outcome.stderr().endsWith("\n") ? outcome.stderr() : outcome.stderr() + "\n").append(markdown ? "```\n" : "");
      }
      b.append('\n').append(ended).append('\n');
    }
  }

  /** A table cell: a pipe would end the cell early, a newline the row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
