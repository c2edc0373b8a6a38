package io.ringwatch.score.signals;

import java.util.List;

/**
 * One detection rule of the catalogue, described the way Sigma rules are: what it looks for,
 * the public sources it rests on, the known false positives, and the points it adds.
 * The catalogue is what an auditor reads to know why a worker was flagged. The description names
 * a threshold as {@code {setting}}, never as a number or a bare name, so that what a reader sees
 * follows the settings ({@link io.ringwatch.score.SignalDescriptions} fills it in).
 */
public record Signal(String id, String title, String description, List<String> references,
    String falsePositives, int defaultPoints) {}
