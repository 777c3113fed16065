package dev.aispm.api.v1.dto;

import dev.aispm.posture.query.FindingView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The documented shape of a page of findings. The findings list writes its pages from JSON kept
 * per finding rather than from a {@link Page} object, so the API description names the shape
 * here, under the name {@code Page<FindingView>} had, and tests compare the two.
 */
@Schema(name = "PageFindingView")
public record FindingPage(List<FindingView> items, String nextCursor, int limit) {}
