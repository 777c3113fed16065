package dev.aispm.api.v1.dto;

import dev.aispm.posture.notification.RouteFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/v1/alert-routes} and {@code PUT /api/v1/alert-routes/{id}}.
 *
 * @param enabled   absent: true
 * @param filter    absent: every finding that opens or reopens
 * @param rateLimit alerts per hour before the rest go into one digest; absent or 0: no limit
 */
public record AlertRouteRequest(@NotBlank @Size(max = 100) String name, Boolean enabled, RouteFilter filter,
    @NotEmpty @Size(max = 10) List<@Valid ChannelRequest> channels, @Min(0) @Max(10000) Integer rateLimit) {}
