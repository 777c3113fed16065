/**
 * Node and relationship types of S3 buckets, prefixes and model artifacts.
 */
package dev.aispm.graph.schema.aws.s3;
