/**
 * Node and relationship types of Amazon Bedrock.
 */
package dev.aispm.graph.schema.aws.bedrock;
