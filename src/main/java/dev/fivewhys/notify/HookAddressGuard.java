package dev.fivewhys.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.ValidationProblem;

/**
 * Keeps notifications from being sent inside the server's own network: an admin could otherwise make the server post
 * to itself, to a cloud's metadata service (169.254.169.254) or to any internal machine. Every address the host
 * resolves to must be public, and the sender then connects to the address checked here, so a name that resolves
 * differently a moment later (DNS rebinding) changes nothing.
 */
@ApplicationScoped
public class HookAddressGuard {

    @Inject
    NotifyConfig config;

    /**
     * The address to connect to for this URL, after checking all the host's addresses.
     *
     * @throws ValidationProblem saying why nothing is sent there
     */
    public InetAddress destination(URI url) {
        if (url.getRawUserInfo() != null) {
            throw new ValidationProblem(
                    "Give the address without a user name or password (user:password@): the signature proves the sender");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            // looked up, no host would mean this machine
            throw new ValidationProblem("Give the address with its host, e.g. https://hooks.slack.com/services/…");
        }
        InetAddress[] addresses;
        try {
            // an IP written as 2130706433 or 127.1 comes back as the bytes it means, checked like any other
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new ValidationProblem("No address was found for " + host + "; check the host name");
        }
        if (!config.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                refusal(address).ifPresent(why -> {
                    String ip = address.getHostAddress();
                    boolean literal = host.equals(ip) || host.startsWith("[");
                    throw new ValidationProblem((literal ? host : host + " is at " + ip + ", which")
                            + " is " + why + ": notifications are only sent to public addresses");
                });
            }
        }
        return addresses[0];
    }

    /** Why nothing is sent to this address, or empty for a public one. */
    static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? refusalV4(b) : refusalV6(b);
    }

    private static Optional<String> refusalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("an unspecified address (0.0.0.0/8)");
        }
        if (first == 127) {
            return Optional.of("this server itself (loopback, 127.0.0.0/8)");
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return Optional.of("on a private network (10/8, 172.16/12, 192.168/16)");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("on a carrier-grade NAT network (100.64.0.0/10)");
        }
        if (first == 169 && second == 254) {
            return Optional.of("link-local, where clouds answer with their metadata (169.254.0.0/16)");
        }
        // not routed on the internet: a network that answers them is someone's own
        int third = b[2] & 0xff;
        if (first == 192 && second == 0 && third == 0) {
            return Optional.of("reserved for protocol assignments (192.0.0.0/24)");
        }
        if (first == 192 && second == 0 && third == 2 || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113) {
            return Optional.of("reserved for documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24)");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("reserved for network benchmarks (198.18.0.0/15)");
        }
        if (first >= 224 && first < 240) {
            return Optional.of("a multicast address (224.0.0.0/4)");
        }
        if (first >= 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (zeros(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return Optional.of(b[15] == 0 ? "an unspecified address (::)" : "this server itself (loopback, ::1)");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("site-local (fec0::/10)");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("on a private network (unique local, fc00::/7)");
        }
        if (first == 0xff) {
            return Optional.of("a multicast address (ff00::/8)");
        }
        if (first == 0x20 && second == 0x01 && (b[2] == 0 && b[3] == 0 || (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)) {
            // Teredo hides the IPv4 address it reaches (inverted), so it is not judged by it but refused outright
            return Optional.of("a Teredo tunnel or documentation address (2001::/32, 2001:db8::/32)");
        }
        // IPv6 forms that carry an IPv4 address reach that address: judged by it
        boolean mapped = zeros(b, 0, 10) && (b[10] & b[11] & 0xff) == 0xff;
        boolean compatible = zeros(b, 0, 12);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && zeros(b, 4, 12);
        if (mapped || compatible || nat64) {
            return refusalV4(Arrays.copyOfRange(b, 12, 16));
        }
        if (first == 0x20 && second == 0x02) {
            return refusalV4(Arrays.copyOfRange(b, 2, 6)); // 6to4
        }
        return Optional.empty();
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
