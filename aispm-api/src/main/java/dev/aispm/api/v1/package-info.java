/**
 * REST API version 1: one controller per resource; each validates its parameters, asks the posture core's typed queries, and answers a record that the OpenAPI document describes.
 */
package dev.aispm.api.v1;
