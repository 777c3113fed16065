/**
 * Artifact Registry: Docker repositories (with who may pull and how long images are kept) and the
 * newest image of each image path, read through the registry's Docker API for AI packages, AI use
 * and vulnerable AI tooling.
 */
package dev.aispm.collectors.gcp.artifactregistry;
