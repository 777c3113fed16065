/**
 * One publisher per channel type (Slack, Microsoft Teams, a signed generic webhook); e-mail is
 * published by the service, which owns the mail session. Every body comes from a template under
 * {@code templates/notification/publisher/} or, for the webhook, from the OCSF mapping.
 */
package dev.aispm.posture.notification.publisher;
