package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One asset with the findings that affect it, highest score first. */
public record AssetDetail(@JsonUnwrapped AssetView asset, List<FindingView> findings) {}
