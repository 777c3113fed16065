package dev.aispm.api.v1.dto;

import dev.aispm.posture.notification.DeliveryView;
import java.util.List;

/**
 * What a route's test message did: the attempts on each channel.
 *
 * @param delivered whether every channel took the message
 */
public record AlertTestResult(String routeId, boolean delivered, List<DeliveryView> deliveries) {}
