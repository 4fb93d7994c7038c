package vn.portalassessor.crawl.scope;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Refuses addresses a crawl of public portals has no business reaching: loopback, private (RFC 1918,
 * unique-local IPv6 fc00::/7), link-local (fe80::/10 too), any-local and multicast; an IPv6 address
 * carrying an IPv4 one (mapped, compatible, NAT64) is judged by the IPv4 address it carries. Checked on the resolved IP of every
 * request, redirects included, so a public name that resolves (or redirects) to 127.0.0.1 is refused
 * too. Tests and the demo allow them for their own loopback servers. Immutable; safe to share.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final java.util.Set<String> privateHostsAllowed;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, java.util.Set.of());
    }

    /**
     * @param allowPrivate        whether every non-public address may be contacted
     * @param privateHostsAllowed host names (lower case) that may resolve to non-public addresses
     *                            even so: an intranet portal crawled on purpose
     */
    public AddressGuard(boolean allowPrivate, java.util.Set<String> privateHostsAllowed) {
        this.allowPrivate = allowPrivate;
        this.privateHostsAllowed = java.util.Set.copyOf(privateHostsAllowed);
    }

    /** Whether an address may be contacted. */
    public boolean permits(InetAddress address) {
        return allowPrivate || !isNonPublic(address);
    }

    /**
     * Resolves a host and returns its addresses if every one may be contacted.
     *
     * @throws RefusedAddressException when an address is refused
     * @throws UnknownHostException    when the name does not resolve
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (privateHostsAllowed.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            if (!permits(a)) {
                throw new RefusedAddressException(host, a);
            }
        }
        return Arrays.copyOf(addresses, addresses.length);
    }

    static boolean isNonPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 16) {
            if ((b[0] & 0xFE) == 0xFC || (b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) {
                return true; // fc00::/7 unique local, fe80::/10 link-local
            }
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return isNonPublic(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || first == 100 && second >= 64 && second < 128; // 0/8, carrier-grade NAT 100.64/10
    }

    /**
     * The IPv4 address an IPv6 address carries in its last four bytes, judged as IPv4: IPv4-mapped
     * {@code ::ffff:a.b.c.d} (which the JDK usually turns into an IPv4 address already), the
     * deprecated IPv4-compatible {@code ::a.b.c.d} and NAT64 {@code 64:ff9b::a.b.c.d}; null for others.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || compatible || nat64 ? Arrays.copyOfRange(b, 12, 16) : null;
    }

    /** The refusal of an address, as a kind of unknown host so HTTP clients treat it as unresolvable. */
    public static final class RefusedAddressException extends UnknownHostException {

        public RefusedAddressException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress()
                    + ", a loopback/private/link-local address; use --allow-private-addresses to crawl it");
        }
    }
}
