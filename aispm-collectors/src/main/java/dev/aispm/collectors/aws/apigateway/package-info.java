/**
 * Amazon API Gateway in front of Lambda functions: REST APIs (their resources' methods) and HTTP
 * and WebSocket APIs (their routes and integrations), read for which functions the internet can
 * invoke through an API, and with what authorization.
 */
package dev.aispm.collectors.aws.apigateway;
