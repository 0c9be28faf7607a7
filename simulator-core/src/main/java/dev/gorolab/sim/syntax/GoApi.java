package dev.gorolab.sim.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exported names of the standard-library packages lectures use, as Go 1.19 declares them
 * (go1.19-api.txt, written by tools/go-api-names.sh from Go's API files). Tells a real Go name
 * GoroLab does not model yet ({@code time.After}) from a mistake ({@code fmt.Prinln}).
 */
final class GoApi {
  private static final String RESOURCE = "go1.19-api.txt";
  private static Set<String> names;

  private GoApi() {}

  private static synchronized Set<String> names() {
    if (names == null) {
      Set<String> all = new TreeSet<>();
      try (InputStream in = GoApi.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.startsWith("#") && !line.isBlank()) {
            all.add(line.strip());
            all.add(line.substring(0, line.indexOf(' ')));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      names = all;
    }
    return names;
  }

  /** Whether {@code path} is one of the listed packages. */
  static boolean isPackage(String path) {
    return names().contains(path);
  }

  /** Whether package {@code path} exports {@code name} (a name, or {@code Type.Method}). */
  static boolean has(String path, String name) {
    return names().contains(path + " " + name);
  }
}
