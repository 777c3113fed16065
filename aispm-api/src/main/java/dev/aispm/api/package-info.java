/**
 * The aispm service: scan orchestration ({@code scan}), posture reports ({@code report}), the
 * REST API ({@code v1}) and the Spring configuration that wires them ({@code config}).
 */
package dev.aispm.api;
