/**
 * Facts derived in the graph once collection has written every part they depend on, over
 * concept labels so that every cloud gets them from the same query.
 */
package dev.aispm.graph.derive;
