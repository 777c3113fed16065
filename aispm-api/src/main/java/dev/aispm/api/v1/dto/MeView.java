package dev.aispm.api.v1.dto;

import java.util.List;

/**
 * Who the caller is to the API: its name, its highest role and every role it holds through the
 * hierarchy, so the dashboard shows only what the caller may do.
 *
 * @param role null when the caller holds no role
 */
public record MeView(String name, String role, List<String> roles) {}
