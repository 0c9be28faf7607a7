package dev.gorolab.ui;

import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The simulator's and the command line's entry points. Looked up by name while those modules are
 * built in parallel with the app; replaced by direct calls once they are on main.
 */
final class Pipeline {
  private Pipeline() {}

  static Trace record(Program program, RunSettings settings, RecordingListener listener) {
    Object result = invoke("dev.gorolab.sim.trace.Simulation", "record",
        new Class<?>[] {Program.class, RunSettings.class, RecordingListener.class}, program, settings, listener);
    return (Trace) result;
  }

  static int cli(String[] args) {
    return (Integer) invoke("dev.gorolab.scenario.cli.GoroLabCli", "run", new Class<?>[] {String[].class}, (Object) args);
  }

  private static Object invoke(String type, String name, Class<?>[] parameters, Object... args) {
    Method m;
    try {
      m = Class.forName(type).getMethod(name, parameters);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + "." + name + " is not part of this build yet", e);
    }
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
