package dev.gorolab.ui;

import dev.gorolab.scenario.cli.GoroLabCli;
import java.util.List;

/**
 * The jar's entry point. A plain class, not an {@code Application}: {@code java -jar} of a shaded
 * jar cannot start an {@code Application} subclass with JavaFX on the class path.
 *
 * <p>{@code run}, {@code check}, {@code list}, {@code diff}, {@code explore}, {@code export} and
 * {@code help} ({@code -h}, {@code --help}) go to the command line without touching JavaFX;
 * anything else opens the app, on the scenario file given or the bundled default.
 */
public final class Launcher {
  /** Words that go to the command line; the help words print its usage instead of opening a window. */
  static final List<String> CLI_COMMANDS =
      List.of("run", "check", "list", "export", "diff", "explore", "explain", "help", "-h", "--help");

  private Launcher() {}

  /** Whether {@code args} ask for the command line rather than the window. */
  public static boolean isCommandLine(String[] args) {
    return args.length > 0 && CLI_COMMANDS.contains(args[0]);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("export")) {
      // Renders the app's views offscreen, so it needs JavaFX, but never a window.
      System.exit(dev.gorolab.ui.export.ExportCommand.run(args));
    }
    if (isCommandLine(args)) {
      System.exit(GoroLabCli.run(args));
    }
    javafx.application.Application.launch(GoroLabApp.class, args);
  }
}
