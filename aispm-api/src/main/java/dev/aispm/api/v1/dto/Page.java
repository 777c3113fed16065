package dev.aispm.api.v1.dto;

import java.util.List;

/**
 * One page of a list endpoint. {@code nextCursor} is null on the last page; pass it back as
 * {@code cursor} for the next one.
 */
public record Page<T>(List<T> items, String nextCursor, int limit) {}
