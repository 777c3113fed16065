/**
 * Types shared by every cloud: the Internet node and the records outside the assets (findings, content findings, scan runs).
 */
package dev.aispm.graph.schema.common;
