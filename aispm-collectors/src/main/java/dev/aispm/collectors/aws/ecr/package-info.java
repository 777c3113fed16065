/**
 * Container images in Amazon ECR: each repository's newest image, then every older image a
 * workload of the region pins, is read through the registry's HTTP API, layer by layer, for the
 * AI packages, AI use and vulnerable AI tooling it holds.
 */
package dev.aispm.collectors.aws.ecr;
