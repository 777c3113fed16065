/** Virtual networks, subnets and network security groups, read to decide what the internet reaches. */
package dev.aispm.collectors.azure.network;
