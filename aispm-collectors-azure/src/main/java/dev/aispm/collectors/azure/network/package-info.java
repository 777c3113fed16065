/**
 * Virtual networks, subnets, network security groups, network interfaces, public IPs and load
 * balancers, read to decide what the internet reaches.
 */
package dev.aispm.collectors.azure.network;
