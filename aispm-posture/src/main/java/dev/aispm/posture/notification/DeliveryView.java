package dev.aispm.posture.notification;

import java.util.List;

/**
 * One recorded delivery attempt, as the API and the dashboard show it.
 *
 * @param kind       finding, digest or test
 * @param status     SENT, RETRYING (a later attempt follows) or FAILED (the last attempt failed)
 * @param statusCode the receiver's HTTP status or SMTP reply code, null when no answer came
 */
public record DeliveryView(String id, String routeId, String channel, int channelIndex, String kind,
    String findingId, List<String> findingIds, String event, String scanId, int attempt, String status,
    Integer statusCode, String error, String at) {}
