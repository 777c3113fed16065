/**
 * Which container images Google Cloud workloads run: Vertex AI models' serving containers, custom,
 * hyperparameter tuning and NAS jobs' worker pools, Cloud Run services (and their older revisions
 * still taking traffic) and jobs, and Workbench instances'
 * custom containers name image references. They are read here from the graph for the Artifact
 * Registry scan (which reads the images they pin besides each image path's newest) and resolved
 * against the images the scan wrote (by digest, or by tag) into {@code RUNS_IMAGE} edges, so an
 * image's AI packages, AI use and advisories count for the workload that runs it.
 */
package dev.aispm.collectors.gcp.images;
