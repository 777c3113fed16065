/** Google Cloud compute node and relationship declarations. */
package dev.aispm.graph.schema.gcp.compute;
