package dev.aispm.posture.notification.publisher;

import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.subject.Notification;

/**
 * Sends a notification on one channel. One implementation per channel type; the dispatcher
 * chooses by {@link #type()}, retries and records the outcome, so a publisher only builds the
 * body and makes one attempt.
 */
public interface Publisher {
  ChannelType type();

  /**
   * Makes one delivery attempt.
   *
   * @return the receiver's status code (HTTP status, SMTP reply code)
   * @throws PublishException when the receiver refused the message or could not be reached
   */
  int publish(Channel channel, Notification notification) throws PublishException;
}
