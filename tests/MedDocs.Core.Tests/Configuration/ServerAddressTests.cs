using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class ServerAddressTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Theory]
    [InlineData("localhost:11434", "http://localhost:11434/v1")]
    [InlineData("http://localhost:11434", "http://localhost:11434/v1")]
    [InlineData("http://localhost:11434/", "http://localhost:11434/v1")]
    [InlineData("http://localhost:11434/v1", "http://localhost:11434/v1")]
    [InlineData("http://localhost:11434/v1/", "http://localhost:11434/v1")]
    [InlineData("127.0.0.1", "http://127.0.0.1:11434/v1")]
    [InlineData("0.0.0.0", "http://localhost:11434/v1")]
    [InlineData("0.0.0.0:11500", "http://localhost:11500/v1")]
    [InlineData(":11434", "http://localhost:11434/v1")]
    [InlineData("[::1]:11434", "http://[::1]:11434/v1")]
    [InlineData("gpu-box.lan", "http://gpu-box.lan:11434/v1")]
    [InlineData("https://ollama.example.test", "https://ollama.example.test/v1")]
    [InlineData("http://ollama.example.test", "http://ollama.example.test/v1")]
    [InlineData("http://proxy.example.test/ollama/v1", "http://proxy.example.test/ollama/v1")]
    public void OllamaHostIsNormalisedToAnOpenAIBaseUrl(string text, string expected)
    {
        sandbox.Environment["OLLAMA_HOST"] = text;

        Assert.Equal(expected, sandbox.Load().Settings.OllamaEndpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("localhost:1234", "http://localhost:1234/v1")]
    [InlineData("http://192.168.1.20:1234", "http://192.168.1.20:1234/v1")]
    [InlineData("studio-box", "http://studio-box:1234/v1")]
    public void LMStudioHostGetsSchemePortAndV1WhenMissing(string text, string expected)
    {
        sandbox.Environment["LMSTUDIO_HOST"] = text;

        Assert.Equal(expected, sandbox.Load().Settings.LMStudioEndpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://localhost:11434")]
    [InlineData("localhost:port")]
    [InlineData("user@localhost:11434")]
    [InlineData("http://")]
    public void UnusableHostsAreErrors(string text)
    {
        sandbox.Environment["OLLAMA_HOST"] = text;

        var error = sandbox.LoadFails();

        Assert.Contains($"Invalid setting OllamaEndpoint: OLLAMA_HOST (environment variable) is '{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. localhost:11434", error.Message, StringComparison.Ordinal);
    }
}
