package dev.gorolab.scenario;

import dev.gorolab.scenario.internal.JsonNode.Position;
import dev.gorolab.scenario.internal.JsonTreeReader;
import dev.gorolab.scenario.internal.Messages;
import dev.gorolab.scenario.internal.Problems;
import dev.gorolab.scenario.internal.ScenarioConverter;
import dev.gorolab.scenario.internal.SourceText;
import dev.gorolab.sim.program.ProgramChecker;
import dev.gorolab.sim.program.ProgramError;
import dev.gorolab.sim.syntax.GoError;
import dev.gorolab.sim.syntax.GoFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Loads scenario files: strict JSON, then the format's shape, then the Go program's names and
 * types, all before anything runs.
 *
 * <p>A bad file is the user's mistake: every method reports it as a {@link ScenarioException}
 * listing each error with file, line, column and JSON path, never as a stack trace.
 */
public final class ScenarioLoader {
  /** Largest scenario file accepted, in bytes. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  private ScenarioLoader() {}

  /**
   * Loads a scenario file, or a Go file ({@code .go}): the program itself, titled by its first
   * comment line, run with GOMAXPROCS 1 and seed 1. A scenario's Go source, if named, is read
   * from the same folder.
   */
  public static Scenario load(Path file) throws ScenarioException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      // Only a regular file has a size to check before reading: a FIFO would block the read
      // forever and /dev/zero would fill the memory.
      var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw single(name, String.format(Messages.CANNOT_READ, file + " is a folder"));
      }
      if (!attributes.isRegularFile()) {
        throw single(name, String.format(Messages.CANNOT_READ, file + " is not a regular file"));
      }
      long size = attributes.size();
      if (size > MAX_FILE_BYTES) {
        throw single(name, String.format(Messages.FILE_TOO_LARGE, size, MAX_FILE_BYTES));
      }
      bytes = readAtMost(file, MAX_FILE_BYTES);
    } catch (NoSuchFileException e) {
      throw single(name, String.format(Messages.CANNOT_READ, "no such file " + file));
    } catch (IOException e) {
      throw single(name, String.format(Messages.CANNOT_READ, e.toString()));
    }
    if (isGoFile(name)) {
      return withFile(parseGo(name, decode(name, bytes)), file, idOf(name));
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    Function<String, String> resolver = relative -> readInside(folder, relative);
    Scenario parsed = parse(name, decode(name, bytes), resolver);
    return withFile(parsed, file, idOf(name));
  }

  /**
   * Loads a scenario from the class path, e.g. {@code /dev/gorolab/scenario/library/cake/cake.json};
   * its Go source is read from the same resource folder.
   */
  public static Scenario loadResource(String resourcePath) throws ScenarioException {
    String absolute = resourcePath.startsWith("/") ? resourcePath : "/" + resourcePath;
    byte[] bytes = readResource(absolute);
    if (bytes == null) {
      throw single(absolute, String.format(Messages.CANNOT_READ, "no such resource " + absolute));
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw single(absolute, String.format(Messages.FILE_TOO_LARGE, (long) bytes.length, MAX_FILE_BYTES));
    }
    String folder = absolute.substring(0, absolute.lastIndexOf('/') + 1);
    Function<String, String> resolver =
        relative -> {
          byte[] source = readResource(folder + relative);
          return source == null ? null : new String(source, StandardCharsets.UTF_8);
        };
    return parse(absolute, decode(absolute, bytes), resolver);
  }

  /** Whether a file name names a Go source file rather than a scenario. */
  public static boolean isGoFile(String fileName) {
    return fileName.endsWith(".go");
  }

  /**
   * Parses Go source text: the program is the file, its title the first comment line, run with
   * GOMAXPROCS 1 and seed 1. Errors are reported as {@code go build} prints them, at most 10.
   *
   * @param fileName the name used in messages, above the code pane and for the id
   * @param source the Go file's text
   */
  public static Scenario parseGo(String fileName, String source) throws ScenarioException {
    if (source.length() > ScenarioConverter.MAX_GO_SOURCE_CHARS) {
      throw single(fileName, String.format(Messages.FILE_TOO_LARGE, (long) source.length(), MAX_FILE_BYTES));
    }
    String shown = fileName.substring(fileName.lastIndexOf('/') + 1);
    GoFile.Result go = GoFile.read(shown, source);
    if (!go.ok()) {
      throw goErrors(fileName, go);
    }
    return new Scenario(null, idOf(fileName), go.title(), "", "", 1, 1, go.program(), source, shown);
  }

  private static ScenarioException goErrors(String fileName, GoFile.Result go) {
    List<ScenarioError> errors = new ArrayList<>();
    for (GoError e : go.errors()) {
      errors.add(new ScenarioError(fileName, Math.max(e.line(), 1), Math.max(e.column(), 1), "", e.message()));
    }
    return ScenarioException.inOrder(errors);
  }

  /**
   * Parses scenario text.
   *
   * @param fileName the name used in messages and for the scenario's id
   * @param json the file's text
   * @param sourceResolver the text of a Go file named relative to the scenario's folder, or
   *     {@code null} if there is none; called only with names that stay inside the folder
   */
  public static Scenario parse(String fileName, String json, Function<String, String> sourceResolver)
      throws ScenarioException {
    if (json.length() > MAX_FILE_BYTES) {
      throw single(fileName, String.format(Messages.FILE_TOO_LARGE, (long) json.length(), MAX_FILE_BYTES));
    }
    // A byte-order mark is invisible in editors; dropping it keeps columns as the user sees them.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    SourceText source = new SourceText(text);
    JsonTreeReader.Result tree = JsonTreeReader.read(source);
    List<ScenarioError> errors = new ArrayList<>();
    for (JsonTreeReader.Problem p : tree.problems()) {
      errors.add(error(fileName, p));
    }
    int omitted = tree.omitted();
    if (tree.root() == null) {
      throw new ScenarioException(errors, omitted);
    }
    ScenarioConverter converter = new ScenarioConverter(fileName, source, sourceResolver);
    ScenarioConverter.Converted converted = converter.convert(tree.root());
    for (JsonTreeReader.Problem p : converter.problems().kept()) {
      errors.add(error(fileName, p));
    }
    omitted += converter.problems().omitted();
    if (!errors.isEmpty() || converted == null) {
      throw new ScenarioException(errors, omitted);
    }
    if (converted.programIsGoSource()) {
      GoFile.Result go = GoFile.read(converted.goSourceName(), converted.goSource());
      if (!go.ok()) {
        throw goErrors(converted.goSourceName(), go);
      }
      return new Scenario(
          null, idOf(fileName), converted.title(), converted.description(), converted.whatToWatch(),
          converted.gomaxprocs(), converted.seed(), go.program().withNumCPU(converted.numCPU()), converted.goSource(), converted.goSourceName());
    }
    // Only a completely converted program is checked: a statement left out would cause follow-on
    // errors ("undefined: cs" after a broken make) that only confuse.
    List<ProgramError> programErrors = ProgramChecker.check(converted.program());
    for (ProgramError e : programErrors) {
      if (errors.size() < Problems.MAX_KEPT) {
        errors.add(error(fileName, converter.place(e)));
      } else {
        omitted++;
      }
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors, omitted);
    }
    return new Scenario(
        null,
        idOf(fileName),
        converted.title(),
        converted.description(),
        converted.whatToWatch(),
        converted.gomaxprocs(),
        converted.seed(),
        converted.program(),
        converted.goSource(),
        converted.goSourceName());
  }

  static Scenario withFile(Scenario s, Path file, String id) {
    return new Scenario(
        file, id, s.title(), s.description(), s.whatToWatch(), s.gomaxprocs(), s.seed(), s.program(),
        s.goSource(), s.goSourceName());
  }

  static Scenario withId(Scenario s, String id) {
    return new Scenario(
        s.file(), id, s.title(), s.description(), s.whatToWatch(), s.gomaxprocs(), s.seed(), s.program(),
        s.goSource(), s.goSourceName());
  }

  private static String idOf(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (base.endsWith(".go")) {
      return base.substring(0, base.length() - ".go".length());
    }
    return base.endsWith(".json") ? base.substring(0, base.length() - ".json".length()) : base;
  }

  private static ScenarioError error(String fileName, JsonTreeReader.Problem p) {
    Position at = p.position();
    return new ScenarioError(fileName, at.line(), at.column(), p.path(), p.message());
  }

  static ScenarioException single(String fileName, String message) {
    return new ScenarioException(List.of(new ScenarioError(fileName, 1, 1, "$", message)));
  }

  private static String decode(String fileName, byte[] bytes) throws ScenarioException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw single(fileName, Messages.NOT_UTF8);
    }
  }

  /** Reads a regular file of at most {@code limit} bytes, checked again while reading: it may grow. */
  private static byte[] readAtMost(Path file, int limit) throws IOException, ScenarioException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        throw single(name, String.format(Messages.FILE_TOO_LARGE, (long) bytes.length, limit));
      }
      return bytes;
    }
  }

  private static byte[] readResource(String absolute) {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(absolute)) {
      return in == null ? null : in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The name was checked to stay inside by its text; resolving links catches the rest.
  private static String readInside(Path folder, String relative) {
    Path target = folder.resolve(relative).normalize();
    try {
      if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(folder.toRealPath())) {
        return null;
      }
      // Reads one character past the limit, so that a huge file is reported, not loaded.
      try (Reader in = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
        char[] buffer = new char[ScenarioConverter.MAX_GO_SOURCE_CHARS + 1];
        int length = 0;
        int n;
        while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0) {
          length += n;
        }
        return new String(buffer, 0, length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
