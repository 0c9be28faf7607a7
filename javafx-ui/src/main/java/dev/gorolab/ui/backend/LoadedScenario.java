package dev.gorolab.ui.backend;

import java.nio.file.Path;

/**
 * A scenario as the app shows it: its texts, its default settings and its Go source.
 *
 * @param file where it was read from, or null for a bundled scenario
 * @param program the backend's own program object, opaque to the views
 */
public record LoadedScenario(
    Path file,
    String id,
    String title,
    String description,
    String whatToWatch,
    int gomaxprocs,
    long seed,
    String goSource,
    String goSourceName,
    Object program) {}
