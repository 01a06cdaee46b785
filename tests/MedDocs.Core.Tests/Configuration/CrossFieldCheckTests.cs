using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class CrossFieldCheckTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void OpenAICompatibleWithoutEndpointSaysToSetOne()
    {
        sandbox.Environment["LLM_PROVIDER"] = "openai-compatible";

        var error = sandbox.LoadFails();

        Assert.StartsWith("Provider is openai-compatible (from LLM_PROVIDER (environment variable)) but no Endpoint is set: set MEDDOCS_ENDPOINT", error.Message, StringComparison.Ordinal);
        Assert.Equal(("Endpoint", SettingSource.Environment, "LLM_PROVIDER"), (error.Setting, error.SettingSource, error.Origin));
    }

    [Fact]
    public void OpenAICompatibleWithEndpointLoads()
    {
        sandbox.WriteDefaultConfig("""{"Provider":"compatible","Endpoint":"http://localhost:8000/v1"}""");

        var settings = sandbox.Load().Settings;

        Assert.Equal(new Uri("http://localhost:8000/v1"), settings.EndpointFor(settings.Provider));
    }

    [Fact]
    public void OpenAIWithoutApiKeySaysToSetOpenAIApiKey()
    {
        sandbox.Parameters["Provider"] = "openai";

        var error = sandbox.LoadFails();

        Assert.Contains("Provider is openai (from Provider (parameter)) but no API key is set: set OPENAI_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Equal("ApiKey", error.Setting);
    }

    [Fact]
    public void OpenAIWithApiKeyLoads()
    {
        sandbox.Parameters["Provider"] = "openai";
        sandbox.WriteDotEnv("OPENAI_API_KEY=sk-synthetic-000000000000\n");

        Assert.Equal(ProviderKind.OpenAI, sandbox.Load().Settings.Provider);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("lmstudio")]
    [InlineData("ollama")]
    [InlineData("builtin")]
    public void LocalProvidersNeedNeitherKeyNorEndpoint(string provider)
    {
        sandbox.Parameters["Provider"] = provider;

        Assert.Null(sandbox.Load().Settings.ApiKey);
    }
}
