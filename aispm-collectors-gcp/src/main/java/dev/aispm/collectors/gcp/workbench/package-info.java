/** Vertex AI Workbench instances (Notebooks API v2). */
package dev.aispm.collectors.gcp.workbench;
