package dev.aispm.api.v1.dto;

import java.util.List;

/** Every alert route, configured ones first. */
public record AlertRouteList(List<AlertRouteView> items) {}
