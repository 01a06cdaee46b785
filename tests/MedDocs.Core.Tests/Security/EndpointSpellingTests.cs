using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// Issue 18, items 3 and 4: every spelling of a non-loopback address is refused, user-info tricks are judged by the
/// real host, and *.localhost names are not trusted (only the name "localhost" and literal loopback addresses are).
/// </summary>
public sealed class EndpointSpellingTests
{
    public static TheoryData<string> Remote => RefusedEndpoints.RemoteData();

    public static TheoryData<string> Local => RefusedEndpoints.LocalData();

    [Theory]
    [MemberData(nameof(Remote))]
    public void EverySpellingOfARemoteHostIsRefused(string endpoint)
    {
        var uri = new Uri(endpoint);

        Assert.False(EndpointPolicy.IsLoopback(uri));
        var error = Assert.Throws<LlmException>(() => EndpointPolicy.EnsureAllowed(uri, allowRemote: false));
        Assert.Equal(LlmErrorKind.RemoteNotAllowed, error.Kind);
        Assert.DoesNotContain("@", error.Message, StringComparison.Ordinal); // user-info never appears in a message
    }

    [Theory]
    [MemberData(nameof(Local))]
    public void EverySpellingOfThisMachineIsAllowed(string endpoint) =>
        Assert.True(EndpointPolicy.IsLoopback(new Uri(endpoint)));

    [Theory]
    [InlineData("evil.localhost", false)]
    [InlineData("a.b.localhost", false)]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("[::1]", true)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("127.255.255.254", true)]
    [InlineData("128.0.0.1", false)]
    public void HostsAreJudgedAsWrittenWithoutResolvingThem(string host, bool loopback) =>
        Assert.Equal(loopback, EndpointPolicy.IsLoopbackHost(host));
}
