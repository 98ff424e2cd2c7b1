package dev.fivewhys.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.core.ValidationProblem;

/** Which addresses notifications go to: each refused range with the first address on either side of its edge. */
class HookAddressGuardTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8.8.8.8                 | allowed
            0.0.0.0                 | refused
            0.255.255.255           | refused
            1.0.0.0                 | allowed
            9.255.255.255           | allowed
            10.0.0.0                | refused
            10.255.255.255          | refused
            11.0.0.0                | allowed
            100.63.255.255          | allowed
            100.64.0.0              | refused
            100.127.255.255         | refused
            100.128.0.0             | allowed
            126.255.255.255         | allowed
            127.0.0.1               | refused
            127.255.255.255         | refused
            128.0.0.0               | allowed
            169.253.255.255         | allowed
            169.254.0.0             | refused
            169.254.169.254         | refused
            169.255.0.0             | allowed
            172.15.255.255          | allowed
            172.16.0.0              | refused
            172.31.255.255          | refused
            172.32.0.0              | allowed
            191.255.255.255         | allowed
            192.0.0.0               | refused
            192.0.0.255             | refused
            192.0.1.0               | allowed
            192.0.1.255             | allowed
            192.0.2.0               | refused
            192.0.2.255             | refused
            192.0.3.0               | allowed
            192.167.255.255         | allowed
            192.168.0.0             | refused
            192.168.255.255         | refused
            192.169.0.0             | allowed
            198.17.255.255          | allowed
            198.18.0.0              | refused
            198.19.255.255          | refused
            198.20.0.0              | allowed
            198.51.99.255           | allowed
            198.51.100.0            | refused
            198.51.100.255          | refused
            198.51.101.0            | allowed
            203.0.112.255           | allowed
            203.0.113.0             | refused
            203.0.113.255           | refused
            203.0.114.0             | allowed
            223.255.255.255         | allowed
            224.0.0.0               | refused
            239.255.255.255         | refused
            240.0.0.0               | refused
            255.255.255.255         | refused
            2606:4700::1111         | allowed
            ::                      | refused
            ::1                     | refused
            ::2                     | refused
            fe7f:ffff::1            | allowed
            fe80::                  | refused
            febf:ffff::1            | refused
            fec0::1                 | refused
            fbff:ffff::1            | allowed
            fc00::                  | refused
            fdff:ffff::1            | refused
            ff00::                  | refused
            ff02::1                 | refused
            ::ffff:127.0.0.1        | refused
            ::ffff:8.8.8.8          | allowed
            ::ffff:169.254.169.254  | refused
            ::127.0.0.1             | refused
            ::10.0.0.1              | refused
            ::8.8.8.8               | allowed
            64:ff9b::127.0.0.1      | refused
            64:ff9b::a9fe:a9fe      | refused
            64:ff9b::8.8.8.8        | allowed
            2000:ffff:ffff::1       | allowed
            2001::                  | refused
            2001:0:4136:e378:8000:63bf:3fff:fdd2 | refused
            2001:0:ffff:ffff::1     | refused
            2001:1::                | allowed
            2001:db7:ffff::1        | allowed
            2001:db8::              | refused
            2001:db8:ffff:ffff::1   | refused
            2001:db9::              | allowed
            2001:4860:4860::8888    | allowed
            ::ffff:192.0.2.1        | refused
            2002:7f00:1::           | refused
            2002:c0a8:101::1        | refused
            2002:808:808::1         | allowed
            """)
    void anAddressIsRefusedExactlyInsideEachRange(String literal, String expected) throws UnknownHostException {
        // a literal is parsed, never looked up
        InetAddress address = InetAddress.getByName(literal);
        assertEquals(expected, HookAddressGuard.refusal(address).isPresent() ? "refused" : "allowed",
                literal + ": " + HookAddressGuard.refusal(address).orElse("public"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            192.0.0.8                            | reserved for protocol assignments (192.0.0.0/24)
            203.0.113.9                          | reserved for documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24)
            198.19.4.2                           | reserved for network benchmarks (198.18.0.0/15)
            2001:0:4136:e378:8000:63bf:3fff:fdd2 | a Teredo tunnel or documentation address (2001::/32, 2001:db8::/32)
            """)
    void aReservedAddressIsRefusedNamingItsOwnRange(String literal, String why) throws UnknownHostException {
        assertEquals(why, HookAddressGuard.refusal(InetAddress.getByName(literal)).orElse("public"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://2130706433/", "http://localhost:8080/", "http://[::1]/x", "http://[::ffff:7f00:1]/" })
    void otherSpellingsOfTheLoopbackAreRefusedByWhatTheyMean(String url) {
        ValidationProblem refused = assertThrows(ValidationProblem.class, () -> guard(false).destination(URI.create(url)));
        assertTrue(refused.getMessage().contains("this server itself"), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://user:secret@8.8.8.8/hook   | without a user name or password
            https://hooks.example.invalid/x    | No address was found for hooks.example.invalid
            """)
    void userInfoAndHostsWithoutAnAddressAreRefusedEvenWhenPrivateAddressesAreAllowed(String url, String message) {
        ValidationProblem refused = assertThrows(ValidationProblem.class, () -> guard(true).destination(URI.create(url)));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:8080/hook | true  | 127.0.0.1
            https://8.8.8.8/hook       | false | 8.8.8.8
            """)
    void theAddressToConnectToIsTheOneChecked(String url, boolean allowPrivate, String expected) {
        assertEquals(expected, guard(allowPrivate).destination(URI.create(url)).getHostAddress());
    }

    private static HookAddressGuard guard(boolean allowPrivate) {
        HookAddressGuard guard = new HookAddressGuard();
        guard.config = new NotifyConfig() {
            @Override
            public boolean workerEnabled() {
                return false;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }
        };
        return guard;
    }
}
