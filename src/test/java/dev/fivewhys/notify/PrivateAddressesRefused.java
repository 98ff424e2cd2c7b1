package dev.fivewhys.notify;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app as shipped: webhooks are not sent inside the server's own network (tests otherwise allow it). */
public class PrivateAddressesRefused implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fivewhys.notify.allow-private-addresses", "false");
    }
}
