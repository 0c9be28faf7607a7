package dev.gorolab.ui.export;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioLoadException;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.PairView;
import dev.gorolab.ui.viewmodel.PairViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * {@code gorolab export FILE --pair [--a SETTINGS] [--b SETTINGS] [--step N] --out PAIR.png}: the
 * side-by-side window as one slide, both runs at the point where they part (or with {@code
 * --step N}, run A at step N and run B at the same virtual time), without a window.
 */
final class PairExport {
  static final String USAGE = String.join("\n",
      "usage: gorolab export FILE|ID --pair --out PAIR.png [--a SETTINGS] [--b SETTINGS] [--step N]",
      "                              [--scale 1|2|3] [--size WxH] [--lang en|zh] [--theme light|dark] [--force]",
      "  SETTINGS is gomaxprocs=N,seed=S (either or both; default --a gomaxprocs=1 --b gomaxprocs=2)",
      "  without --step, both runs are shown where they part; --step N shows step N of run A and",
      "  run B at the same virtual time",
      "");

  private PairExport() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String target = null;
    String a = "gomaxprocs=1";
    String b = "gomaxprocs=2";
    Integer step = null;
    Path file = null;
    int scale = 1;
    int width = 1920;
    int height = 1080;
    Locale locale = Locale.ENGLISH;
    boolean dark = false;
    boolean force = false;
    try {
      for (int i = args.length > 0 && args[0].equals("export") ? 1 : 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--pair" -> { }
          case "-h", "--help" -> {
            out.print(USAGE);
            return ExportCommand.EXIT_OK;
          }
          case "--a" -> a = value(args, ++i, arg);
          case "--b" -> b = value(args, ++i, arg);
          case "--step" -> step = whole(arg, value(args, ++i, arg), 0, Integer.MAX_VALUE);
          case "--out" -> file = Path.of(value(args, ++i, arg));
          case "--scale" -> scale = whole(arg, value(args, ++i, arg), SlideOptions.MIN_SCALE, SlideOptions.MAX_SCALE);
          case "--size" -> {
            String v = value(args, ++i, arg);
            String[] wh = v.split("x");
            if (wh.length != 2) {
              throw new ExportCommand.UsageException("--size expects WIDTHxHEIGHT such as 1920x1080, got \"" + v + "\"");
            }
            width = whole(arg, wh[0], SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
            height = whole(arg, wh[1], SlideLook.MIN_SIDE_PX, SlideLook.MAX_SIDE_PX);
          }
          case "--lang" -> locale = switch (value(args, ++i, arg)) {
            case "en" -> Locale.ENGLISH;
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new ExportCommand.UsageException("--lang must be en or zh");
          };
          case "--theme" -> dark = switch (value(args, ++i, arg)) {
            case "light" -> false;
            case "dark" -> true;
            default -> throw new ExportCommand.UsageException("--theme must be light or dark");
          };
          case "--force" -> force = true;
          default -> {
            if (arg.startsWith("-")) {
              throw new ExportCommand.UsageException("unknown option " + arg + " for --pair (see: gorolab export --pair --help)");
            }
            if (target != null) {
              throw new ExportCommand.UsageException("export takes one scenario, got \"" + target + "\" and \"" + arg + "\"");
            }
            target = arg;
          }
        }
      }
      if (target == null) {
        throw new ExportCommand.UsageException("export needs a scenario file or bundled id (see: gorolab list)");
      }
      if (file == null) {
        throw new ExportCommand.UsageException("--pair needs --out PAIR.png");
      }
      if (!force && Files.exists(file)) {
        throw new ExportCommand.UsageException(file + " exists; use --force to replace it");
      }
      PairViewModel.Side.parse(a);
      PairViewModel.Side.parse(b);
    } catch (ExportCommand.UsageException | IllegalArgumentException e) {
      err.println("gorolab: " + e.getMessage());
      return ExportCommand.EXIT_USAGE;
    }
    try {
      LoadedScenario scenario = load(target);
      Fx.startHeadless();
      String sideA = a;
      String sideB = b;
      Integer at = step;
      int w = width;
      int h = height;
      int s = scale;
      boolean d = dark;
      boolean zh = locale.getLanguage().equals("zh");
      I18n i18n = new I18n(locale);
      BufferedImage image = Fx.call(() -> {
        PairViewModel model = new PairViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, i18n);
        model.sideAProperty().set(sideA);
        model.sideBProperty().set(sideB);
        model.run(scenario);
        if (at == null) {
          model.toDivergence();
        } else {
          model.showStepOfA(at - 1);
        }
        PairView view = new PairView(model, i18n, () -> 0, () -> { }, () -> { });
        view.showControls(false);
        // The window's type at 1280 px, grown with the slide but less: two runtime views share its width.
        view.setFontSize(16 * Math.max(1.0, 0.85 * w / 1280.0));
        Scene scene = new Scene(view, w, h);
        scene.getStylesheets().setAll(PairView.stylesheets(d));
        if (zh) {
          view.getStyleClass().add("zh");
        }
        view.applyCss();
        view.layout();
        view.applyCss();
        view.layout();
        return view.toImage(s);
      });
      ImageFiles.writePng(image, file, force);
      out.println("wrote " + file + " (" + image.getWidth() + "x" + image.getHeight() + ", " + sideA + " against " + sideB + ")");
      return ExportCommand.EXIT_OK;
    } catch (ExportCommand.UsageException e) {
      err.println("gorolab: " + e.getMessage());
      return ExportCommand.EXIT_USAGE;
    } catch (IOException e) {
      err.println("gorolab: cannot write: " + e.getMessage());
      return ExportCommand.EXIT_IO;
    } catch (Exception e) {
      err.println("gorolab: export failed: " + e);
      return ExportCommand.EXIT_IO;
    }
  }

  private static LoadedScenario load(String target) {
    ScenarioModuleBackend backend = new ScenarioModuleBackend(Simulation::record);
    Path path = Path.of(target);
    if (Files.exists(path) || target.endsWith(".json") || target.endsWith(".go")) {
      try {
        return backend.load(path);
      } catch (ScenarioLoadException e) {
        throw new ExportCommand.UsageException(e.getMessage().strip().split("\\R")[0]);
      }
    }
    for (LoadedScenario s : backend.bundled()) {
      if (s.id().equals(target)) {
        return s;
      }
    }
    throw new ExportCommand.UsageException("no such file or bundled scenario: " + target + " (see: gorolab list)");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new ExportCommand.UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int whole(String option, String text, int min, int max) {
    try {
      int v = Integer.parseInt(text.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ExportCommand.UsageException(option + " expects a whole number " + min + ".." + max + ", got \"" + text + "\"");
  }
}
