/**
 * The AWS part of the schema catalogue.
 */
package dev.aispm.graph.schema.aws;
