package dev.gorolab.scenario;

import dev.gorolab.sim.program.Program;
import java.nio.file.Path;

/**
 * A loaded, checked scenario: a Go program and how to run it. Immutable.
 *
 * @param file the scenario file, {@code null} for a bundled scenario
 * @param id a short stable name: the index id of a bundled scenario, else the file name without
 *     {@code .json}
 * @param title the one-line title shown above the stage
 * @param description what the scenario shows, possibly several sentences; empty if none
 * @param whatToWatch what the audience should look at; empty if none
 * @param gomaxprocs the number of Ps to start with, 1..256
 * @param seed the seed of the scheduler's choices, at least 0
 * @param program the program, checked: every name resolves and every type fits
 * @param goSource the Go source shown in the code pane, {@code null} if the scenario has none
 * @param goSourceName the name shown above the code pane, e.g. {@code cake.go}; {@code null} if
 *     there is no source
 */
public record Scenario(
    Path file,
    String id,
    String title,
    String description,
    String whatToWatch,
    int gomaxprocs,
    long seed,
    Program program,
    String goSource,
    String goSourceName) {}
