package dev.gorolab.test;

import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled library as the folders on the class path hold it, not as its index lists it: a
 * scenario folder the index forgot is still walked, and a test over "every bundled scenario"
 * cannot miss one.
 */
public final class Library {
  private Library() {}

  /** One scenario folder: its name and the scenario file in it. */
  public record Folder(String name, Path file) {
    public Scenario load() {
      try {
        return ScenarioLoader.load(file);
      } catch (ScenarioException e) {
        throw new IllegalStateException("bundled scenario " + name + " does not load:\n" + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every scenario folder of the library, by name. */
  public static List<Folder> folders() {
    Path root = root();
    List<Folder> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString().replace("/", "");
        out.add(new Folder(name, scenarioFile(dir, name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no scenario folders under " + root);
    }
    return out;
  }

  /** The folder's scenario: {@code NAME.json} (which names its Go source), else {@code NAME.go}. */
  private static Path scenarioFile(Path dir, String name) {
    for (String ext : List.of(".json", ".go")) {
      Path p = dir.resolve(name + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("scenario folder " + dir + " has neither " + name + ".json nor " + name + ".go");
  }

  private static Path root() {
    URL url = Library.class.getResource(BundledScenarios.LIBRARY);
    if (url == null) {
      throw new IllegalStateException("no " + BundledScenarios.LIBRARY + " on the class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          // Opened by an earlier call; Path.of finds it.
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the library at " + url, e);
    }
  }
}
