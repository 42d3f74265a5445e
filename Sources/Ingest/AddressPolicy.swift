import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which network addresses an untrusted link may make us contact: by default only public ones. Loopback, private
/// (RFC 1918, unique-local), link-local, carrier-grade NAT, multicast, unspecified and reserved addresses are refused,
/// for the host as resolved (every address it resolves to must be public) and again for every redirect.
public enum AddressPolicy {
    /// Why `host` may not be contacted, or nil when every address it resolves to is public.
    public static func refusal(host: String) -> String? {
        let trimmed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let addresses = resolve(trimmed)
        guard !addresses.isEmpty else { return "cannot resolve \(host)" }
        for address in addresses where !isPublic(address) {
            return "\(host) is a \(address.count == 4 ? "non-public IPv4" : "non-public IPv6") address (loopback, private, link-local or reserved)"
        }
        return nil
    }

    /// The addresses a host name or literal resolves to (4 bytes for IPv4, 16 for IPv6).
    static func resolve(_ host: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [[UInt8]] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if info.pointee.ai_family == AF_INET, let raw = info.pointee.ai_addr {
                raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin_addr
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                }
            } else if info.pointee.ai_family == AF_INET6, let raw = info.pointee.ai_addr {
                raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin6_addr
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                }
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }

    /// True for a globally routable unicast address.
    static func isPublic(_ address: [UInt8]) -> Bool {
        if address.count == 4 { return isPublicIPv4(address) }
        guard address.count == 16 else { return false }
        // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms are judged as IPv4.
        if address[0..<10].allSatisfy({ $0 == 0 }) && address[10] == 0xFF && address[11] == 0xFF { return isPublicIPv4(Array(address[12...])) }
        if address[0..<12].allSatisfy({ $0 == 0 }) { return false }  // ::, ::1 and IPv4-compatible
        let first = address[0], second = address[1]
        if first == 0xFF { return false }                       // multicast
        if first == 0xFE && (second & 0xC0) == 0x80 { return false }  // link-local fe80::/10
        if first == 0xFE && (second & 0xC0) == 0xC0 { return false }  // site-local fec0::/10
        if (first & 0xFE) == 0xFC { return false }              // unique local fc00::/7
        if first == 0x20 && second == 0x01 && address[2] == 0x0D && address[3] == 0xB8 { return false }  // documentation
        if first == 0x00 && second == 0x64 && address[2] == 0xFF && address[3] == 0x9B { return isPublicIPv4(Array(address[12...])) }  // NAT64
        return true
    }

    static func isPublicIPv4(_ a: [UInt8]) -> Bool {
        switch (a[0], a[1]) {
        case (0, _), (10, _), (127, _): return false
        case (100, 64...127): return false        // carrier-grade NAT
        case (169, 254): return false             // link-local
        case (172, 16...31): return false
        case (192, 168): return false
        case (192, 0) where a[2] == 0 || a[2] == 2: return false  // IETF protocol assignments, documentation
        case (198, 18...19): return false         // benchmarking
        case (198, 51) where a[2] == 100, (203, 0) where a[2] == 113: return false  // documentation
        case (224...255, _): return false         // multicast, reserved, broadcast
        default: return true
        }
    }
}
