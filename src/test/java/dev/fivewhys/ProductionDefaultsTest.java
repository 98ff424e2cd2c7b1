package dev.fivewhys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What a copy started with no setting of its own does, read from application.properties under the prod profile and
 * no environment: the test profile sets its own values, so no other test would notice a changed default.
 */
class ProductionDefaultsTest {

    private static SmallRyeConfig production() throws IOException {
        return new SmallRyeConfigBuilder().withProfile("prod").withSources(new PropertiesConfigSource(
                ProductionDefaultsTest.class.getClassLoader().getResource("application.properties"))).build();
    }

    @Test
    void theImpactPageIsComputedOnEveryView() throws IOException {
        assertEquals(Duration.ZERO, DurationConverter.parseDuration(production().getRawValue("fivewhys.impact-cache")));
    }

    @Test
    void notificationsGoToPublicAddressesOnlyAndCookiesAreSecure() throws IOException {
        SmallRyeConfig production = production();
        assertEquals("false", production.getRawValue("fivewhys.notify.allow-private-addresses"));
        assertEquals("true", production.getRawValue("fivewhys.https"));
    }

    @Test
    void everyResultIsKeptUntilARetentionIsSet() throws IOException {
        assertTrue(production().getOptionalValue("fivewhys.result-retention", String.class).isEmpty());
    }
}
