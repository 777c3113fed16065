package dev.aispm.posture.report;

/** One framework at a glance: how many of its mapped controls pass, fail or were not evaluated. */
public record FrameworkStatus(String framework, long controls, long passing, long failing, long notEvaluated) {}
