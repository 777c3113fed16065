/**
 * Node types of what runs inside compute: the software packages a function or image holds, the
 * AI use its code shows, and the known vulnerabilities of its AI packages. They are not one
 * cloud's resource type, so functions of every cloud point at the same types.
 */
package dev.aispm.graph.schema.common.supplychain;
