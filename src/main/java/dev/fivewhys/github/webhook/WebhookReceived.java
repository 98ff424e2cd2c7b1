package dev.fivewhys.github.webhook;

/** A delivery was stored; once its transaction commits it can be processed. */
public record WebhookReceived(String deliveryId) {
}
