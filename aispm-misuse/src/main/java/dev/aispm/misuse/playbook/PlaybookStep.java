package dev.aispm.misuse.playbook;

/**
 * One containment step for one cloud.
 *
 * @param provider {@code aws}, {@code azure} or {@code gcp}
 * @param action   what the step does, e.g. "Revoke the caller's sessions"
 * @param command  the CLI command; in a finding's playbook its placeholders are filled from the
 *                 detection, and what could not be filled stays an upper-case placeholder
 * @param why      why the step comes at this point of the response
 */
public record PlaybookStep(String provider, String action, String command, String why) {}
