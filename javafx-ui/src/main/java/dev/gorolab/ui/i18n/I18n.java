package dev.gorolab.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** Every UI string, from ResourceBundles, switchable at run time: bindings follow {@link #localeProperty()}. */
public final class I18n {
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
  private static final String BUNDLE = "dev.gorolab.ui.messages";

  private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);

  public I18n(Locale initial) {
    locale.set(supported(initial));
  }

  private static Locale supported(Locale wanted) {
    return wanted != null && wanted.getLanguage().equals("zh") ? CHINESE : ENGLISH;
  }

  private static ResourceBundle load(Locale l) {
    // Looked up on every call (the JDK caches bundles): bindings may be re-read while the locale's
    // listeners still run. No fallback to the JVM's default locale: English is the base bundle.
    return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public ObjectProperty<Locale> localeProperty() {
    return locale;
  }

  public Locale locale() {
    return locale.get();
  }

  public void setLocale(Locale l) {
    locale.set(supported(l));
  }

  /** The string for {@code key} in the current locale, formatted with {@code args} when given. */
  public String get(String key, Object... args) {
    String pattern = load(locale.get()).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
  }

  /** A binding to the string for {@code key} that follows locale changes. */
  public StringBinding bind(String key, Object... args) {
    return Bindings.createStringBinding(() -> get(key, args), locale);
  }

  /** A binding whose text follows both the locale and {@code dependency}. */
  public StringBinding bind(java.util.function.Supplier<String> text, ObservableValue<?>... dependencies) {
    ObservableValue<?>[] all = new ObservableValue<?>[dependencies.length + 1];
    all[0] = locale;
    System.arraycopy(dependencies, 0, all, 1, dependencies.length);
    return Bindings.createStringBinding(text::get, all);
  }
}
