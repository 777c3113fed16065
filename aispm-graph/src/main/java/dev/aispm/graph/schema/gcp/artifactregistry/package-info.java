/** Artifact Registry: Docker repositories and the images in them, where AI SDKs and ML servers ship unseen. */
package dev.aispm.graph.schema.gcp.artifactregistry;
