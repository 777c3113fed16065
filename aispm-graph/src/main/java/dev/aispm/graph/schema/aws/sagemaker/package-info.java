/**
 * Node and relationship types of Amazon SageMaker.
 */
package dev.aispm.graph.schema.aws.sagemaker;
