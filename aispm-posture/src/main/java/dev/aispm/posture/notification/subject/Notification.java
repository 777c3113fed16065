package dev.aispm.posture.notification.subject;

/**
 * Something a route sends on its channels. Sealed so that every publisher handles every kind:
 * adding a kind fails the compile of a publisher that forgot it.
 */
public sealed interface Notification permits FindingAlert, Digest, TestMessage {
  /** {@code finding}, {@code digest} or {@code test}, as recorded on a delivery. */
  String kind();
}
