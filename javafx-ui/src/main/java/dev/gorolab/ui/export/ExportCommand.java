package dev.gorolab.ui.export;

import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioLoadException;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.awt.image.BufferedImage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gorolab export}: renders steps of a run to PNG or GIF without a window, from the app's own
 * views on an offscreen scene. Exit code 0 when every file was written, 1 for a user's mistake
 * (a one-line {@code gorolab: ...} message on stderr), 2 when writing failed.
 */
public final class ExportCommand {
  public static final int EXIT_OK = 0;
  public static final int EXIT_USAGE = 1;
  public static final int EXIT_IO = 2;

  static final String USAGE = String.join("\n",
      "usage: gorolab export FILE|ID --step N --out SLIDE.png [options]",
      "       gorolab export FILE|ID --steps A..B (--out-dir DIR | --gif OUT.gif | both) [options]",
      "options:",
      "  --scale 1|2|3                  pixels per logical pixel (default 1)",
      "  --view runtime|timeline|window what to render (default window)",
      "  --gomaxprocs N  --seed S       run settings (default: the scenario's own)",
      "  --lang en|zh  --theme light|dark",
      "  --caption                      title, step, virtual time and narration above the image",
      "  --background white|transparent (default white)",
      "  --size WxH                     a slide of exactly WxH pixels (times the scale), e.g. 1920x1080;",
      "                                 the view is laid out for it, P cards in a grid (default: the",
      "                                 view's own size, the window at 1280x720)",
      "  --window WxH                   the window's logical size at zoom 1, as the app exports",
      "                                 \"as on screen\" (default 1280x720)",
      "  --force                        replace existing files",
      "Step 0 is the start, before the first event; step n is the n-th event, as the app counts.",
      "Two runs side by side as one slide: gorolab export FILE|ID --pair --help",
      "");

  private static final Pattern RANGE = Pattern.compile("(\\d+)\\.\\.(\\d+)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)x(\\d+)");

  private final PrintStream out;
  private final PrintStream err;

  private ExportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code gorolab export ...} ({@code args[0]} is {@code export}) with the process's streams. */
  public static int run(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return run(args, out, err);
  }

  /** Runs the command on the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("--pair")) {
      return PairExport.run(args, out, err); // the side-by-side window as one slide
    }
    ExportCommand cmd = new ExportCommand(out, err);
    try {
      return cmd.export(Options.parse(args));
    } catch (UsageException e) {
      err.println("gorolab: " + e.getMessage());
      return EXIT_USAGE;
    } catch (HelpRequested e) {
      out.print(USAGE);
      return EXIT_OK;
    } catch (IOException e) {
      err.println("gorolab: cannot write: " + e.getMessage());
      return EXIT_IO;
    } catch (Exception e) {
      err.println("gorolab: export failed: " + e);
      return EXIT_IO;
    }
  }

  private int export(Options o) throws Exception {
    LoadedScenario scenario = load(o.target);
    int procs = o.gomaxprocs == null ? Math.max(MainViewModel.MIN_PROCS, Math.min(MainViewModel.MAX_PROCS, scenario.gomaxprocs())) : o.gomaxprocs;
    long seed = o.seed == null ? scenario.seed() : o.seed;
    Trace trace = Simulation.record(
        (dev.gorolab.sim.program.Program) scenario.program(), new RunSettings(procs, seed, RunSettings.DEFAULT_MAX_STEPS), RecordingListener.NONE);
    int last = trace.size();
    int from = o.single ? o.step : o.from;
    int to = o.single ? o.step : o.to;
    if (to > last) {
      throw new UsageException("step " + to + " is out of range: " + o.target + " has steps 0.." + last + " with GOMAXPROCS=" + procs + " and seed " + seed);
    }
    SlideOptions plain = new SlideOptions(o.view, o.scale, o.caption, o.background);
    SlideLook defaultLook = SlideLook.defaults().withLocale(o.locale).withDark(o.dark);
    // A slide: the image is exactly WxH (times the scale), laid out as the 1280x720 window is.
    SlideOptions options = o.sizeGiven ? plain.withSlide(o.width, o.height) : plain;
    SlideLook look = o.sizeGiven ? defaultLook.forSlide(o.width, o.height) : defaultLook.withSize(o.width, o.height);

    if (o.single) {
      if (!o.force && Files.exists(o.out)) {
        throw new UsageException(o.out + " exists; use --force to replace it");
      }
    } else {
      List<Path> existing = new SlideSequence(from, to, o.outDir, o.gif).existing();
      if (!o.force && !existing.isEmpty()) {
        String more = existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "";
        throw new UsageException(existing.get(0) + more + " exist" + (existing.size() > 1 ? "" : "s") + "; use --force to replace");
      }
    }

    Fx.startHeadless();
    SlideStage stage = Fx.call(() -> new SlideStage(scenario, trace, look));
    try {
      if (o.single) {
        BufferedImage image = Fx.call(() -> {
          stage.show(from - 1);
          return SlideRenderer.render(stage, options);
        });
        ImageFiles.writePng(image, o.out, o.force);
        out.println("wrote " + o.out + " (" + image.getWidth() + "x" + image.getHeight() + ", step " + from + " of " + last + ")");
      } else {
        SlideSequence seq = new SlideSequence(from, to, o.outDir, o.gif);
        int n = seq.write(stage, options, o.force, SlideSequence.Progress.NONE);
        if (o.outDir != null) {
          out.println("wrote " + n + " images to " + o.outDir + " (steps " + from + ".." + to + ")");
        }
        if (o.gif != null) {
          out.println("wrote " + o.gif + " (" + n + " frames, " + SlideSequence.GIF_DELAY_CENTIS * 10 + " ms each)");
        }
      }
    } finally {
      Fx.call(() -> {
        stage.dispose();
        return null;
      });
    }
    return EXIT_OK;
  }

  private static LoadedScenario load(String target) {
    ScenarioModuleBackend backend = new ScenarioModuleBackend(Simulation::record);
    Path path = Path.of(target);
    if (Files.exists(path) || target.endsWith(".json") || target.endsWith(".go")) {
      if (!Files.isRegularFile(path)) {
        throw new UsageException("no such file: " + target);
      }
      try {
        return backend.load(path);
      } catch (ScenarioLoadException e) {
        String[] lines = e.getMessage().strip().split("\\R");
        String more = lines.length > 1 ? " (and " + (lines.length - 1) + " more; see: gorolab check " + target + ")" : "";
        throw new UsageException(lines[0] + more);
      }
    }
    for (LoadedScenario s : backend.bundled()) {
      if (s.id().equals(target)) {
        return s;
      }
    }
    throw new UsageException("no such file or bundled scenario: " + target + " (see: gorolab list)");
  }

  /** A mistake on the command line or in the input: one line, exit code 1. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** {@code --help}: the usage on stdout, exit 0. */
  static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** The parsed command line. */
  static final class Options {
    String target;
    boolean single;
    int step;
    int from;
    int to;
    Path out;
    Path outDir;
    Path gif;
    int scale = 1;
    SlideOptions.View view = SlideOptions.View.WINDOW;
    Integer gomaxprocs;
    Long seed;
    Locale locale = Locale.ENGLISH;
    boolean dark;
    boolean caption;
    SlideOptions.Background background = SlideOptions.Background.WHITE;
    int width = SlideLook.DEFAULT_WIDTH_PX;
    int height = SlideLook.DEFAULT_HEIGHT_PX;
    boolean sizeGiven;
    boolean windowGiven;
    boolean force;

    static Options parse(String[] args) {
      Options o = new Options();
      boolean haveStep = false;
      boolean haveSteps = false;
      int i = args.length > 0 && args[0].equals("export") ? 1 : 0;
      for (; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "-h", "--help" -> throw new HelpRequested();
          case "--step" -> {
            o.step = whole(a, value(args, ++i, a), 0, Integer.MAX_VALUE);
            haveStep = true;
          }
          case "--steps" -> {
            String v = value(args, ++i, a);
            Matcher m = RANGE.matcher(v);
            if (!m.matches()) {
              throw new UsageException("--steps expects a range A..B such as 1..20, got \"" + v + "\"");
            }
            o.from = whole(a, m.group(1), 0, Integer.MAX_VALUE);
            o.to = whole(a, m.group(2), 0, Integer.MAX_VALUE);
            if (o.to < o.from) {
              throw new UsageException("--steps " + v + " ends before it starts");
            }
            haveSteps = true;
          }
          case "--out" -> o.out = Path.of(value(args, ++i, a));
          case "--out-dir" -> o.outDir = Path.of(value(args, ++i, a));
          case "--gif" -> o.gif = Path.of(value(args, ++i, a));
          case "--scale" -> o.scale = whole(a, value(args, ++i, a), SlideOptions.MIN_SCALE, SlideOptions.MAX_SCALE);
          case "--view" -> o.view = choice(a, value(args, ++i, a), SlideOptions.View.values());
          case "--gomaxprocs" -> o.gomaxprocs = whole(a, value(args, ++i, a), MainViewModel.MIN_PROCS, MainViewModel.MAX_PROCS);
          case "--seed" -> {
            String v = value(args, ++i, a);
            try {
              o.seed = Long.parseLong(v);
            } catch (NumberFormatException e) {
              throw new UsageException("--seed expects a whole number, got \"" + v + "\"");
            }
            if (o.seed < 0) { // the range a scenario file's "seed" allows
              throw new UsageException("--seed must be 0.." + Long.MAX_VALUE + ", got " + o.seed);
            }
          }
          case "--lang" -> {
            String v = value(args, ++i, a);
            o.locale = switch (v) {
              case "en" -> Locale.ENGLISH;
              case "zh" -> Locale.SIMPLIFIED_CHINESE;
              default -> throw new UsageException("--lang must be en or zh, got \"" + v + "\"");
            };
          }
          case "--theme" -> {
            String v = value(args, ++i, a);
            o.dark = switch (v) {
              case "light" -> false;
              case "dark" -> true;
              default -> throw new UsageException("--theme must be light or dark, got \"" + v + "\"");
            };
          }
          case "--caption" -> o.caption = true;
          case "--background" -> o.background = choice(a, value(args, ++i, a), SlideOptions.Background.values());
          case "--size" -> {
            String v = value(args, ++i, a);
            Matcher m = SIZE.matcher(v);
            if (!m.matches()) {
              throw new UsageException("--size expects WIDTHxHEIGHT such as 1600x900, got \"" + v + "\"");
            }
            o.width = whole(a, m.group(1), SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
            o.height = whole(a, m.group(2), SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
            o.sizeGiven = true;
          }
          case "--window" -> {
            String v = value(args, ++i, a);
            Matcher m = SIZE.matcher(v);
            if (!m.matches()) {
              throw new UsageException("--window expects WIDTHxHEIGHT such as 1600x900, got \"" + v + "\"");
            }
            o.width = whole(a, m.group(1), SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
            o.height = whole(a, m.group(2), SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
            o.windowGiven = true;
          }
          case "--force" -> o.force = true;
          default -> {
            if (a.startsWith("-")) {
              throw new UsageException("unknown option " + a + " (see: gorolab export --help)");
            }
            if (o.target != null) {
              throw new UsageException("export takes one scenario, got \"" + o.target + "\" and \"" + a + "\"");
            }
            o.target = a;
          }
        }
      }
      if (o.target == null) {
        throw new UsageException("export needs a scenario file or bundled id (see: gorolab export --help)");
      }
      if (haveStep == haveSteps) {
        throw new UsageException(haveStep ? "give --step or --steps, not both" : "export needs --step N or --steps A..B");
      }
      if (o.sizeGiven && o.windowGiven) {
        throw new UsageException("give --size (a slide) or --window (the window as on screen), not both");
      }
      o.single = haveStep;
      if (o.single) {
        if (o.out == null) {
          throw new UsageException("--step needs --out FILE.png");
        }
        if (o.outDir != null || o.gif != null) {
          throw new UsageException("--out-dir and --gif go with --steps, not --step");
        }
      } else {
        if (o.out != null) {
          throw new UsageException("--steps writes with --out-dir DIR or --gif OUT.gif, not --out");
        }
        if (o.outDir == null && o.gif == null) {
          throw new UsageException("--steps needs --out-dir DIR, --gif OUT.gif or both");
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
    }

    private static int whole(String option, String text, int min, int max) {
      int n;
      try {
        n = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " expects a whole number, got \"" + text + "\"");
      }
      if (n < min || n > max) {
        throw new UsageException(option + " must be " + min + ".." + max + ", got " + n);
      }
      return n;
    }

    private static <E extends Enum<E>> E choice(String option, String text, E[] values) {
      StringBuilder names = new StringBuilder();
      for (E e : values) {
        String word = e.name().toLowerCase(Locale.ROOT);
        if (word.equals(text)) {
          return e;
        }
        names.append(names.length() == 0 ? "" : "|").append(word);
      }
      throw new UsageException(option + " must be " + names + ", got \"" + text + "\"");
    }
  }
}
