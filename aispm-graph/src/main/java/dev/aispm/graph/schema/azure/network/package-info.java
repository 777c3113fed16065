/** Azure virtual networks, subnets and network security groups around AI compute. */
package dev.aispm.graph.schema.azure.network;
