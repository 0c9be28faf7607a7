package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What ships in the library folder speaks to students, not about the machine it was made on. */
class LibraryFilesTest {
  /** An absolute folder of a Unix or Windows machine: /home/…, /work/…, /tmp/…, C:\…. */
  private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.])(/(home|work|tmp|Users|root|opt)/|[A-Z]:\\\\)");

  @Test
  void noLibraryFile_namesAFolderOfTheMachineItWasMadeOn() throws IOException {
    List<String> found = new ArrayList<>();
    for (Library.Folder folder : Library.folders()) {
      try (Stream<Path> files = Files.list(folder.file().getParent())) {
        for (Path f : files.toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          var m = MACHINE_PATH.matcher(text);
          if (m.find()) {
            found.add(folder + "/" + f.getFileName() + ": " + text.substring(m.start(), Math.min(text.length(), m.start() + 40)));
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
