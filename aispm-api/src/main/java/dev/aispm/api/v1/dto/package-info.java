/**
 * Request and response records of API v1 that are not posture records themselves (pages, requests, tokens, summaries).
 */
package dev.aispm.api.v1.dto;
