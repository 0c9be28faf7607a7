package dev.gorolab.sim.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry is static and other tests of this JVM fill it first, so each case here runs
 * against a fresh copy of it: {@link Packages} loaded again by a class loader of its own.
 */
class PackagesTest {

  /** A package is registered when a name of it is first looked up, so each may register only its own names. */
  @Test
  void everyPackage_registersOnlyNamesOfItsOwn() throws Exception {
    Class<?> packages = freshPackages();
    call(packages, "loadAll");
    assertEquals(Packages.NAMES, call(packages, "loadedPackages"));
  }

  @Test
  void aLookup_registersOnlyThePackageItNames() throws Exception {
    Class<?> packages = freshPackages();
    assertEquals(List.of(), call(packages, "loadedPackages"));
    assertNotNull(call(packages, "member", "strings", "Join"));
    assertEquals(List.of("strings"), call(packages, "loadedPackages"));
    assertNull(call(packages, "member", "strings", "NoSuchFunction"));
    assertNull(call(packages, "member", "nosuchpackage", "Join"));
    assertNotNull(call(packages, "impl", "time.NewTimer"));
    assertNotNull(call(packages, "constant", "math", "MaxInt64"));
    assertEquals(List.of("strings", "time", "math"), call(packages, "loadedPackages"));
  }

  private static Class<?> freshPackages() throws ClassNotFoundException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    ClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return Class.forName(Packages.class.getName(), true, isolated);
  }

  private static Object call(Class<?> packages, String name, String... args) throws Exception {
    for (Method m : packages.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length
          && List.of(m.getParameterTypes()).stream().allMatch(t -> t == String.class)) {
        m.setAccessible(true);
        try {
          return m.invoke(null, (Object[]) args);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    }
    throw new NoSuchMethodException(name);
  }
}
