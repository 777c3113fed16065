/**
 * Cloud Run: services' exposure, service accounts, images (linked by digest to the registry scan's
 * image nodes) and the AI provider keys their environment names.
 */
package dev.aispm.collectors.gcp.run;
