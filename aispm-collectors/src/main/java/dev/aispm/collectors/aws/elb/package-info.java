/**
 * Elastic Load Balancing v2 in front of ECS services: the target groups the services register
 * with, their load balancers and listeners, judged for whether the internet reaches the service
 * through them.
 */
package dev.aispm.collectors.aws.elb;
