/**
 * Which container images AWS workloads run: Lambda container-image functions, SageMaker models'
 * containers and ECS task definitions and services name image references. They are read here
 * from the graph for the ECR sync (which reads the images they pin) and resolved against the ECR
 * images the scan wrote (by digest, or by tag) into {@code RUNS_IMAGE} edges, so an image's AI
 * packages, AI use and advisories count for the workload that runs it.
 */
package dev.aispm.collectors.aws.images;
