package dev.gorolab.test.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random concurrent programs in the scenario format: goroutines that send, receive, select, close,
 * sleep, work, make syscalls, yield and lock, on a few shared channels, with a WaitGroup or not.
 * They deadlock, panic (a send on a closed channel), spin and finish in every mix, which is the
 * point: each must end, and end the same way twice.
 */
final class ProgramGenerator {
  private ProgramGenerator() {}

  private static final int CHANNELS = 3;

  /** The program for {@code seed}; the same seed gives the same text. */
  static String generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> main = new ArrayList<>();
    for (int c = 0; c < CHANNELS; c++) {
      main.add("{ \"make\": \"c" + c + "\", \"type\": \"chan int\", \"cap\": " + r.nextInt(3) + " }");
    }
    main.add("{ \"var\": \"n\", \"type\": \"int\" }");
    main.add("{ \"var\": \"wg\", \"type\": \"sync.WaitGroup\" }");
    main.add("{ \"var\": \"mu\", \"type\": \"sync.Mutex\" }");
    int goroutines = 1 + r.nextInt(5);
    main.add("{ \"call\": \"wg.Add(" + goroutines + ")\" }");
    for (int g = 0; g < goroutines; g++) {
      List<String> body = new ArrayList<>();
      body.add("{ \"defer\": \"wg.Done()\" }");
      statements(r, body, 1 + r.nextInt(6), 0);
      main.add("{ \"go\": \"func()\", \"body\": [\n        " + String.join(",\n        ", body) + " ] }");
    }
    statements(r, main, r.nextInt(4), 0);
    main.add(r.nextBoolean() ? "{ \"call\": \"wg.Wait()\" }" : "{ \"sleep\": \"" + (1 + r.nextInt(50)) + "ms\" }");
    main.add("{ \"call\": \"mu.Lock()\" }");
    main.add("{ \"print\": \"len(c0), len(c1), len(c2), n\" }");
    main.add("{ \"call\": \"mu.Unlock()\" }");
    return "{\n  \"gorolab\": 1,\n  \"title\": \"generated " + seed + "\",\n  \"functions\": {\n    \"main\": [\n      "
        + String.join(",\n      ", main) + "\n    ]\n  }\n}\n";
  }

  private static void statements(SplittableRandom r, List<String> out, int count, int depth) {
    for (int i = 0; i < count; i++) {
      out.add(statement(r, depth));
    }
  }

  private static String statement(SplittableRandom r, int depth) {
    String c = "c" + r.nextInt(CHANNELS);
    switch (r.nextInt(depth < 2 ? 13 : 11)) {
      case 0:
        return "{ \"send\": \"" + c + "\", \"value\": \"" + r.nextInt(100) + "\" }";
      case 1:
        return "{ \"recv\": \"" + c + "\" }";
      case 2: {
        List<String> cases = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          String ck = "c" + r.nextInt(CHANNELS);
          cases.add(r.nextBoolean()
              ? "{ \"case\": \"<-" + ck + "\", \"body\": [] }"
              : "{ \"case\": \"" + ck + " <- " + k + "\", \"body\": [ { \"do\": \"n++\" } ] }");
        }
        if (r.nextInt(3) == 0) {
          cases.add("{ \"default\": [] }");
        }
        return "{ \"select\": [ " + String.join(", ", cases) + " ] }";
      }
      case 3:
        return "{ \"sleep\": \"" + (1 + r.nextInt(20)) + "ms\" }";
      case 4:
        return "{ \"work\": \"" + (1 + r.nextInt(30)) + "ms\" }";
      case 5:
        return "{ \"call\": \"runtime.Gosched()\" }";
      case 6:
        return "{ \"block\": [ { \"call\": \"mu.Lock()\" }, { \"do\": \"n++\" }, { \"call\": \"mu.Unlock()\" } ] }";
      case 7:
        return "{ \"print\": \"\\\"n is\\\", n\" }";
      case 8:
        return r.nextInt(4) == 0 ? "{ \"close\": \"" + c + "\" }" : "{ \"do\": \"n += 2\" }";
      case 9:
        return "{ \"syscall\": \"" + (1 + r.nextInt(100)) + "us\" }";
      case 10:
        return "{ \"if\": \"n > " + r.nextInt(5) + "\", \"then\": [ { \"do\": \"n--\" } ] }";
      default: {
        List<String> body = new ArrayList<>();
        statements(r, body, 1 + r.nextInt(3), depth + 1);
        String head = r.nextInt(5) == 0 ? "" : "i := 0; i < " + (1 + r.nextInt(20)) + "; i++";
        return "{ \"for\": \"" + head + "\", \"body\": [ " + String.join(", ", body) + " ] }";
      }
    }
  }
}
