/**
 * Node and relationship types of IAM roles and their reach over data stores.
 */
package dev.aispm.graph.schema.aws.iam;
