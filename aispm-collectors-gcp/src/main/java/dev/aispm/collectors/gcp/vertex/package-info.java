/** Vertex AI: models, endpoints, jobs, pipelines, datasets, tuning, vector search, feature stores and Colab Enterprise runtimes. */
package dev.aispm.collectors.gcp.vertex;
