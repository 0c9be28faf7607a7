package dev.gorolab.ui.export;

import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;

/** Preferences kept in memory: the offscreen window must not touch the lecturer's recent files. */
final class MemoryPreferences extends AbstractPreferences {
  private final TreeMap<String, String> values = new TreeMap<>();
  private final TreeMap<String, MemoryPreferences> children = new TreeMap<>();

  MemoryPreferences() {
    super(null, "");
  }

  private MemoryPreferences(MemoryPreferences parent, String name) {
    super(parent, name);
  }

  @Override
  protected void putSpi(String key, String value) {
    values.put(key, value);
  }

  @Override
  protected String getSpi(String key) {
    return values.get(key);
  }

  @Override
  protected void removeSpi(String key) {
    values.remove(key);
  }

  @Override
  protected void removeNodeSpi() {
    values.clear();
  }

  @Override
  protected String[] keysSpi() {
    return values.keySet().toArray(new String[0]);
  }

  @Override
  protected String[] childrenNamesSpi() {
    return children.keySet().toArray(new String[0]);
  }

  @Override
  protected AbstractPreferences childSpi(String name) {
    return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
  }

  @Override
  protected void syncSpi() {
    // Nothing is stored anywhere.
  }

  @Override
  protected void flushSpi() {
    // Nothing is stored anywhere.
  }
}
