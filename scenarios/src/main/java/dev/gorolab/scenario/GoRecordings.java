package dev.gorolab.scenario;

import dev.gorolab.sim.outcome.GoDistribution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real Go's recorded outcomes of a program, found next to it: {@code <name>.gomaxprocs<N>.quiet.outcomes}
 * (recorded on a quiet machine), else {@code <name>.gomaxprocs<N>.outcomes} (recorded under load),
 * as tools/record-parallel-outcomes.sh writes them. {@code gorolab run FILE --outcomes} and the
 * app's Outcomes window both look here, so they show the same shares.
 */
public final class GoRecordings {
  private GoRecordings() {}

  /** The recording for {@code scenario} at {@code gomaxprocs}: next to its file, or in its bundled folder; null if none. */
  public static GoDistribution of(Scenario scenario, int gomaxprocs) {
    return of(scenario.file(), scenario.id(), gomaxprocs);
  }

  /** The recording next to {@code file}, or, when {@code file} is null, in bundled scenario {@code id}'s folder; null if none. */
  public static GoDistribution of(Path file, String id, int gomaxprocs) {
    if (file != null) {
      return nextTo(file, gomaxprocs);
    }
    BundledScenarios.Entry entry = BundledScenarios.find(id);
    return entry == null ? null : bundled(entry, gomaxprocs);
  }

  /** The recording next to {@code file} ({@code main.go} → {@code main.gomaxprocs2.quiet.outcomes}), or null. */
  public static GoDistribution nextTo(Path file, int gomaxprocs) {
    if (file.getFileName() == null) {
      return null;
    }
    for (String name : names(file.getFileName().toString(), gomaxprocs)) {
      Path p = file.resolveSibling(name);
      if (Files.isRegularFile(p)) {
        try {
          return GoDistribution.parse(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
          // an unreadable or malformed recording is as good as none: the outcomes stand alone
          return null;
        }
      }
    }
    return null;
  }

  /** The recording in a bundled scenario's folder, named after its scenario file, or null. */
  public static GoDistribution bundled(BundledScenarios.Entry entry, int gomaxprocs) {
    String path = entry.resourcePath();
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    for (String name : names(path.substring(folder.length()), gomaxprocs)) {
      try (InputStream in = GoRecordings.class.getResourceAsStream(folder + name)) {
        if (in != null) {
          return GoDistribution.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The file names looked for, the quiet recording first. */
  private static String[] names(String fileName, int gomaxprocs) {
    int dot = fileName.lastIndexOf('.');
    String base = (dot < 0 ? fileName : fileName.substring(0, dot)) + ".gomaxprocs" + gomaxprocs;
    return new String[] {base + ".quiet.outcomes", base + ".outcomes"};
  }
}
