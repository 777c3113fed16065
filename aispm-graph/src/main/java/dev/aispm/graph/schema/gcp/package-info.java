/** Node and relationship declarations of Google Cloud resources. */
package dev.aispm.graph.schema.gcp;
