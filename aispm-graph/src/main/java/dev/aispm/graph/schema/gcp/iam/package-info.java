/** Google Cloud iam node and relationship declarations. */
package dev.aispm.graph.schema.gcp.iam;
