package dev.gorolab.ui.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules the narration names (R7.3 and so on): a title and a short explanation in English and
 * Chinese, and where the rule lives in Go 1.19's source. Read from {@code glossary.properties}
 * and {@code glossary_zh_CN.properties}; the source places are code and the same in both.
 */
public final class RuleGlossary {
  /** An R-number as the narration writes it: R11, R7.3. */
  public static final Pattern RULE = Pattern.compile("\\bR(\\d+)(?:\\.(\\d+))?\\b");

  /** One rule: its number, title, explanation and go1.19 source place. */
  public record Entry(String rule, String title, String text, String source) {}

  private static final Comparator<String> BY_NUMBER = Comparator
      .comparingInt((String r) -> part(r, 0)).thenComparingInt(r -> part(r, 1));
  private final Properties english;
  private final Properties chinese;

  private RuleGlossary(Properties english, Properties chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The glossary bundled with the app. */
  public static RuleGlossary load() {
    return new RuleGlossary(read("glossary.properties"), read("glossary_zh_CN.properties"));
  }

  /** The entry for {@code rule} in {@code locale}'s language, if the glossary has it. */
  public Optional<Entry> lookup(String rule, Locale locale) {
    Properties p = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : english;
    String title = p.getProperty(rule + ".title");
    String text = p.getProperty(rule + ".text");
    String source = english.getProperty(rule + ".source");
    if (title == null || text == null || source == null) {
      return Optional.empty();
    }
    return Optional.of(new Entry(rule, title, text, source));
  }

  /** Every rule of the glossary in number order (R1.1 … R14.4). */
  public List<String> rules() {
    TreeSet<String> all = new TreeSet<>(BY_NUMBER);
    for (String k : english.stringPropertyNames()) {
      if (k.endsWith(".title")) {
        all.add(k.substring(0, k.length() - ".title".length()));
      }
    }
    return List.copyOf(all);
  }

  /** A parenthesised part of a sentence: the narration names its rules there, "(R9.3, R6.3)", in Chinese "（R9.3）". */
  private static final Pattern PARENS = Pattern.compile("[(（]([^()（）]*)[)）]");

  /**
   * The R-numbers in {@code sentence}'s parentheses, in order of appearance, each once (a goroutine
   * printing "R1 got 0" names no rule).
   */
  public static List<String> rulesIn(String sentence) {
    List<String> found = new ArrayList<>();
    Matcher p = PARENS.matcher(sentence == null ? "" : sentence);
    while (p.find()) {
      Matcher m = RULE.matcher(p.group(1));
      while (m.find()) {
        if (!found.contains(m.group())) {
          found.add(m.group());
        }
      }
    }
    return List.copyOf(found);
  }

  private static int part(String rule, int i) {
    String[] parts = rule.substring(1).split("\\.");
    return i < parts.length ? Integer.parseInt(parts[i]) : -1;
  }

  private static Properties read(String name) {
    Properties p = new Properties();
    try (InputStream in = RuleGlossary.class.getResourceAsStream("/dev/gorolab/ui/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
