/**
 * The service side of alerts: settings ({@code aispm.alerts[n]}, {@code aispm.alerting},
 * {@code aispm.mail}), the e-mail publisher over Spring's mail support, and the service that the
 * scan runner calls after every scan. Routing, payloads, signing and limits live in the posture
 * core ({@code dev.aispm.posture.notification}).
 */
package dev.aispm.api.notification;
