namespace MedDocs.Core.Tests.Security;

/// <summary>Every spelling of a non-loopback host the probe of issue 18 tried, and spellings of this machine that must pass.</summary>
internal static class RefusedEndpoints
{
    /// <summary>10.0.0.1 written every way a URL allows, plus names the operating system (not the URL) would map.</summary>
    public static readonly string[] Remote =
    [
        "http://10.0.0.1:8080/v1",
        "http://0x0a000001:8080/v1",          // hex
        "http://167772161:8080/v1",           // decimal
        "http://012.0.0.1:8080/v1",           // octal first octet
        "http://[::ffff:10.0.0.1]:8080/v1",   // IPv4-mapped IPv6
        "http://[::ffff:a00:1]:8080/v1",      // the same, in hex groups
        "http://127.0.0.1@10.0.0.1:8080/v1",  // user-info trick: the host is after the '@'
        "http://localhost@10.0.0.1:8080/v1",
        "http://evil.localhost:8080/v1",      // *.localhost: a hosts entry can send it anywhere
        "http://localhost.example.com:8080/v1",
        "http://127.0.0.1.nip.io:8080/v1",
        "http://meddocs-test.invalid:8080/v1", // would fail DNS: the refusal must come first
        "https://api.openai.com/v1",
    ];

    public static readonly string[] Local =
    [
        "http://localhost:1234/v1",
        "http://127.0.0.1:1234/v1",
        "http://127.8.9.10:1234/v1",
        "http://0x7f000001:1234/v1",
        "http://2130706433:1234/v1",
        "http://[::1]:1234/v1",
        "http://[::ffff:127.0.0.1]:1234/v1",
    ];

    public static TheoryData<string> RemoteData() => new(Remote);

    public static TheoryData<string> LocalData() => new(Local);
}
