using System.Net;

namespace MedDocs.Core.Providers;

/// <summary>
/// Patient data stays on this machine unless the user says otherwise: nothing — no document text, no probe, no
/// API key — goes to a host that is not loopback, unless remote endpoints are explicitly allowed. The decision is
/// made on the URL as written, before any name is resolved or any connection is made; the transport checks again
/// at connect time (<see cref="ServerHttp"/>), so a redirect or a hosts-file entry cannot widen it.
/// </summary>
public static class EndpointPolicy
{
    /// <summary>
    /// True for the name <c>localhost</c> and for literal loopback addresses (127.0.0.0/8, ::1, and IPv4-mapped
    /// ::ffff:127.x). Every other name is remote — including <c>*.localhost</c>, which the operating system may
    /// resolve anywhere through a hosts entry. Hex, decimal and octal IPv4 spellings (0x7f000001, 2130706433,
    /// 0177.0.0.1) are normalised by <see cref="Uri"/> before this sees them, and user-info tricks
    /// (127.0.0.1@10.0.0.1) are judged by the real host after the '@'.
    /// </summary>
    public static bool IsLoopback(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return IsLoopbackHost(endpoint.IdnHost);
    }

    /// <summary>The same rule for a host as a connection sees it (a name or a literal address, brackets optional).</summary>
    public static bool IsLoopbackHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        if (bare.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(bare, out var address) && IsLoopbackAddress(address);
    }

    /// <summary>An address on this machine's loopback interface (IPv4-mapped IPv6 judged as its IPv4 address).</summary>
    public static bool IsLoopbackAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    /// <summary>Throws a <see cref="LlmException"/> of kind RemoteNotAllowed when the endpoint may not be contacted.</summary>
    public static void EnsureAllowed(Uri endpoint, bool allowRemote)
    {
        if (allowRemote || IsLoopback(endpoint))
        {
            return;
        }
        throw Refused(endpoint);
    }

    /// <summary>The refusal, worded for any host: what was refused, why, and the setting that allows it.</summary>
    public static LlmException Refused(Uri endpoint) => new(
        LlmErrorKind.RemoteNotAllowed,
        endpoint,
        $"Refusing to contact {Describe(endpoint)}: it is not on this machine, and MedDocs keeps patient data local by default: no document text, probe or API key goes to another host (nothing was sent).",
        HostMessage.Of($"If this server is trusted to receive patient data, allow it explicitly with {HostOption.Setting("AllowRemote")} (MEDDOCS_ALLOW_REMOTE=true)."));

    /// <summary>Scheme, host, port and path, without user-info (user:password@): an endpoint as it may be shown or logged.</summary>
    public static string Printable(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Describe(endpoint) + endpoint.AbsolutePath.TrimEnd('/');
    }

    /// <summary>Scheme, host and port only: user-info (user:password@) and paths never appear in a message.</summary>
    public static string Describe(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.IsDefaultPort
            ? $"{endpoint.Scheme}://{endpoint.Host}"
            : $"{endpoint.Scheme}://{endpoint.Host}:{endpoint.Port}";
    }
}
