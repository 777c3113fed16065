package dev.aispm.api.v1.dto;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/findings/{id}/suppress}: why the risk is accepted, and optionally
 * until when (after which the next scan reopens the finding).
 */
public record SuppressRequest(@NotBlank @Size(max = 1000) String reason, @Future Instant until) {}
