package dev.aispm.api.v1.dto;

import dev.aispm.posture.query.TrendPoint;
import java.util.List;

/** The risk trend, oldest scan first. */
public record TrendView(List<TrendPoint> items) {}
