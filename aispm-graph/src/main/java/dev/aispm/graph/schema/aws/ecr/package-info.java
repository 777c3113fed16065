/**
 * Node and relationship types of container images in Amazon ECR.
 */
package dev.aispm.graph.schema.aws.ecr;
