package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One finding with the assets it affects and the content evidence behind it: for a finding on
 * scanned data or a model, each object that holds a secret, personal data or code, with its
 * version, line, fingerprint and redacted preview.
 */
public record FindingDetail(@JsonUnwrapped FindingView finding, List<AssetView> resources,
    List<ContentEvidence> evidence) {}
