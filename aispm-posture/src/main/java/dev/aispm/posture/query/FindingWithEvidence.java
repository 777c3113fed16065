package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A finding with the content evidence behind it, as a scan's {@code findings.json} lists it, so a
 * file handed to a responder names the objects, lines and fingerprints without a second lookup.
 */
public record FindingWithEvidence(@JsonUnwrapped FindingView finding, List<ContentEvidence> evidence) {}
