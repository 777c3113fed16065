package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One finding with the assets it affects. */
public record FindingDetail(@JsonUnwrapped FindingView finding, List<AssetView> resources) {}
