/**
 * Driver settings every graph package shares, below all of them so none has to reach into the
 * connection code for them.
 */
package dev.aispm.graph.driver;
