/** Google Cloud storage node and relationship declarations. */
package dev.aispm.graph.schema.gcp.storage;
