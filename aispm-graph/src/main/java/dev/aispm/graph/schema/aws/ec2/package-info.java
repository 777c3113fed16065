/**
 * Node and relationship types of the AWS network (VPCs, subnets, security groups).
 */
package dev.aispm.graph.schema.aws.ec2;
