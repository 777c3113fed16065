package dev.aispm.api.v1.dto;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/tokens}.
 *
 * @param name      what the token is for, e.g. {@code siem-export}
 * @param role      {@code viewer}, {@code operator} or {@code admin}
 * @param expiresAt optional expiry, in the future
 */
public record TokenCreateRequest(
    @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*",
        message = "letters, digits, space, '.', '_' and '-' only") String name,
    @NotNull @Pattern(regexp = "(?i)viewer|operator|admin", message = "must be viewer, operator or admin")
    String role,
    @Future Instant expiresAt) {}
