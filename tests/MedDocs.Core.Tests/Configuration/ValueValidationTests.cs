using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class ValueValidationTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Theory]
    [InlineData("auto", ProviderKind.Auto)]
    [InlineData("lmstudio", ProviderKind.LMStudio)]
    [InlineData("LM-Studio", ProviderKind.LMStudio)]
    [InlineData("Ollama", ProviderKind.Ollama)]
    [InlineData("OPENAI", ProviderKind.OpenAI)]
    [InlineData("openai-compatible", ProviderKind.OpenAICompatible)]
    [InlineData("compatible", ProviderKind.OpenAICompatible)]
    [InlineData(" builtin ", ProviderKind.Builtin)]
    public void ProviderAcceptsItsNamesCaseInsensitively(string text, ProviderKind expected)
    {
        sandbox.Parameters["Provider"] = text;
        // openai and openai-compatible need their companions to pass the cross-field checks.
        sandbox.Parameters["ApiKey"] = "sk-test-0000";
        sandbox.Parameters["Endpoint"] = "http://localhost:8000/v1";

        Assert.Equal(expected, sandbox.Load().Settings.Provider);
    }

    [Fact]
    public void MisspeltProviderFromEnvironmentGivesTheDocumentedMessage()
    {
        sandbox.Environment["LLM_PROVIDER"] = "lmstudoi";

        var error = sandbox.LoadFails();

        Assert.Equal(
            "Invalid setting Provider: LLM_PROVIDER (environment variable) is 'lmstudoi': allowed values are auto, lmstudio, ollama, openai, openai-compatible, builtin.",
            error.Message);
        Assert.Equal(("Provider", SettingSource.Environment, "LLM_PROVIDER"), (error.Setting, error.SettingSource, error.Origin));
    }

    [Theory]
    [InlineData("lm studio")]
    [InlineData("openai_compatible")]
    [InlineData("llamacpp")]
    [InlineData("1")]
    public void UnknownProviderNamesAreErrorsNeverAFallback(string text)
    {
        sandbox.Parameters["Provider"] = text;

        var error = sandbox.LoadFails();

        Assert.Contains($"Provider (parameter) is '{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed values are auto, lmstudio", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxTokens", "0", "1 to 1,000,000")]
    [InlineData("MaxTokens", "1000001", "1 to 1,000,000")]
    [InlineData("ContextLength", "255", "256 to 10,000,000")]
    [InlineData("TimeoutSec", "86401", "1 to 86,400")]
    [InlineData("TimeoutSec", "-5", "1 to 86,400")]
    [InlineData("ProbeTimeoutSec", "601", "1 to 600")]
    [InlineData("MaxRetries", "11", "0 to 10")]
    [InlineData("ThrottleLimit", "0", "1 to 64")]
    [InlineData("ThrottleLimit", "65", "1 to 64")]
    [InlineData("ThrottleLimit", "four", "1 to 64")]
    [InlineData("Temperature", "2.5", "0 to 2")]
    [InlineData("Temperature", "-0.1", "0 to 2")]
    [InlineData("Temperature", "0,5", "0 to 2")]
    [InlineData("Temperature", "NaN", "0 to 2")]
    public void OutOfRangeNumbersNameSettingValueAndRange(string setting, string text, string range)
    {
        sandbox.Parameters[setting] = text;

        var error = sandbox.LoadFails();

        Assert.StartsWith($"Invalid setting {setting}: {setting} (parameter) is '{text}': allowed range is {range}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxTokens", "1", "1")]
    [InlineData("MaxTokens", "1000000", "1000000")]
    [InlineData("ContextLength", "256", "256")]
    [InlineData("MaxRetries", "0", "0")]
    [InlineData("ThrottleLimit", "64", "64")]
    [InlineData("Temperature", "0", "0")]
    [InlineData("Temperature", "2", "2")]
    [InlineData("Temperature", "1.25", "1.25")]
    public void RangeEndsAreAccepted(string setting, string text, string display)
    {
        sandbox.Parameters[setting] = text;

        Assert.Equal(display, sandbox.Load().Find(setting)!.Value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void BooleansAcceptTheUsualSpellings(string text, bool expected)
    {
        sandbox.Environment["MEDDOCS_ALLOW_REMOTE"] = text;

        Assert.Equal(expected, sandbox.Load().Settings.AllowRemote);
    }

    [Fact]
    public void InvalidBooleanListsAllowedValues()
    {
        sandbox.Environment["MEDDOCS_ALLOW_REMOTE"] = "maybe";

        Assert.Equal(
            "Invalid setting AllowRemote: MEDDOCS_ALLOW_REMOTE (environment variable) is 'maybe': allowed values are true, false, 1, 0, yes, no, on, off.",
            sandbox.LoadFails().Message);
    }

    [Theory]
    [InlineData("localhost:8000/v1")]
    [InlineData("ftp://localhost/v1")]
    [InlineData("/v1")]
    [InlineData("http://")]
    public void EndpointMustBeAnAbsoluteHttpUrl(string text)
    {
        sandbox.Environment["MEDDOCS_ENDPOINT"] = text;

        var error = sandbox.LoadFails();

        Assert.Contains($"MEDDOCS_ENDPOINT (environment variable) is '{text}': allowed values are absolute http:// or https:// URLs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointIsTakenAsGivenApartFromATrailingSlash()
    {
        sandbox.Parameters["Endpoint"] = "https://gpu-box.example.test:8443/openai/v1/";

        Assert.Equal(new Uri("https://gpu-box.example.test:8443/openai/v1"), sandbox.Load().Settings.Endpoint);
    }

    [Fact]
    public void ModelNamesMustBeOneLine()
    {
        sandbox.Parameters["Model"] = "qwen\nrm -rf";

        Assert.Contains("allowed values are any text on one line", sandbox.LoadFails().Message, StringComparison.Ordinal);
    }
}
