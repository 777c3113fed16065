/**
 * The contract between the scan pipeline and the cloud collectors: what a collector is, the
 * context it writes through, the stages it runs in and how providers are found. Free of any cloud
 * SDK so that the pipeline and the service depend on it alone.
 */
package dev.aispm.graph.collect;
