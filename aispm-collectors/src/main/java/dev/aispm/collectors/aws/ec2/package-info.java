/**
 * The network around AI compute: VPCs, subnets, route tables and security groups, from which internet reachability is decided.
 */
package dev.aispm.collectors.aws.ec2;
