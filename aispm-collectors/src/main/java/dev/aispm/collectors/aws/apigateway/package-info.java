/**
 * Amazon API Gateway in front of Lambda functions: REST APIs (their resources' methods) and HTTP
 * and WebSocket APIs (their routes and integrations), read for which functions the internet can
 * invoke through an API, and with what authorization; with what each API actually serves (its
 * deployed stages, its default endpoint or the custom domain names mapped to it) and, for REST
 * APIs, whom its resource policy lets in.
 */
package dev.aispm.collectors.aws.apigateway;
