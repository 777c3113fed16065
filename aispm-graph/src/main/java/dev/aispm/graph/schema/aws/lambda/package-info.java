/**
 * Node and relationship types of Lambda functions.
 */
package dev.aispm.graph.schema.aws.lambda;
