package dev.gorolab.ui.viewmodel;

import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.ui.backend.LoadedScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * How many events the last recording of a program with given settings had, remembered across
 * sessions, so that recording it again shows a true progress bar. A run is deterministic: the same
 * program (the file's bytes, or a bundled scenario's id and source), GOMAXPROCS, seed, step limit
 * and schedule record the same events. The {@value #KEPT} most recent are kept.
 */
final class EventCounts {
  static final String PREF = "eventCounts";
  static final int KEPT = 32;

  private EventCounts() {}

  /** A digest of what decides the run's events. */
  static String key(LoadedScenario s, RunSettings settings, String schedule) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      if (s.file() != null && Files.isRegularFile(s.file())) {
        d.update(Files.readAllBytes(s.file()));
      }
      String rest = s.id() + "\n" + s.goSource() + "\n" + settings.gomaxprocs() + " " + settings.seed() + " "
          + settings.maxSteps() + " " + schedule;
      d.update(rest.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    } catch (IOException e) {
      // Unreadable now: no remembered total, the bar just has none.
      return "";
    }
  }

  /** The remembered count for {@code key}, or -1. */
  static long get(Preferences prefs, String key) {
    for (String entry : entries(prefs)) {
      if (entry.startsWith(key + "=") && !key.isEmpty()) {
        try {
          return Long.parseLong(entry.substring(key.length() + 1));
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Remembers {@code count} for {@code key}, most recent first. */
  static void put(Preferences prefs, String key, long count) {
    if (key.isEmpty()) {
      return;
    }
    List<String> kept = new ArrayList<>();
    kept.add(key + "=" + count);
    for (String entry : entries(prefs)) {
      if (!entry.startsWith(key + "=") && kept.size() < KEPT) {
        kept.add(entry);
      }
    }
    prefs.put(PREF, String.join(",", kept));
  }

  private static List<String> entries(Preferences prefs) {
    String all = prefs.get(PREF, "");
    return all.isEmpty() ? List.of() : List.of(all.split(","));
  }
}
