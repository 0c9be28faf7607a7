package dev.gorolab.sim.trace;

import dev.gorolab.model.Event.EndReason;

/**
 * How a run ended, as Go would report it.
 *
 * @param exitCode the process exit code Go would give (0, or 2 for panics and fatal errors)
 * @param stdout everything the program printed
 * @param stderr Go's own words for a panic, deadlock or fatal error, else empty; for the step
 *     limit, GoroLab's note
 * @param virtualNanos virtual time at the end
 */
public record RunOutcome(int exitCode, EndReason reason, String stdout, String stderr, long virtualNanos) {}
