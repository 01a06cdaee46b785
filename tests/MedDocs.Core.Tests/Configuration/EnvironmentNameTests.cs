using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class EnvironmentNameTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    public static TheoryData<string, string, string, string> SeedAliases => new()
    {
        // variable, setting, value given, value expected
        { "LLM_PROVIDER", "Provider", "ollama", "ollama" },
        { "LMSTUDIO_HOST", "LMStudioEndpoint", "http://10.0.0.5:1234/v1", "http://10.0.0.5:1234/v1" },
        { "LM_STUDIO_BASE_URL", "LMStudioEndpoint", "http://127.0.0.1:4321/v1", "http://127.0.0.1:4321/v1" },
        { "LMSTUDIO_MODEL", "LMStudioModel", "qwen2.5-7b-instruct", "qwen2.5-7b-instruct" },
        { "LMSTUDIO_VISION_MODEL", "VisionModel", "qwen2-vl-7b-instruct", "qwen2-vl-7b-instruct" },
        { "LMSTUDIO_EMBEDDING_MODEL", "EmbeddingModel", "text-embedding-nomic-embed-text-v1.5", "text-embedding-nomic-embed-text-v1.5" },
        { "LMSTUDIO_MAX_TOKENS", "MaxTokens", "4000", "4000" },
        { "LM_STUDIO_MAX_TOKENS", "MaxTokens", "3000", "3000" },
        { "LMSTUDIO_CONTEXT_LENGTH", "ContextLength", "32768", "32768" },
        { "OLLAMA_HOST", "OllamaEndpoint", "localhost:11434", "http://localhost:11434/v1" },
        { "OLLAMA_MODEL", "OllamaModel", "llama3.2:3b", "llama3.2:3b" },
        { "OPENAI_API_KEY", "ApiKey", "sk-test-000000000000abcd", "****abcd" },
        { "OPENAI_API_BASE", "OpenAIEndpoint", "https://example.test/v1", "https://example.test/v1" },
        { "OPENAI_MODEL", "OpenAIModel", "gpt-4o-mini", "gpt-4o-mini" },
        { "LM_STUDIO_TIMEOUT", "TimeoutSec", "1200", "1200" },
        { "LM_STUDIO_TEMPERATURE", "Temperature", "0.7", "0.7" },
    };

    [Theory]
    [MemberData(nameof(SeedAliases))]
    public void EverySeedAliasSetsItsSetting(string variable, string setting, string value, string expected)
    {
        sandbox.Environment[variable] = value;

        var entry = sandbox.Load().Find(setting)!;

        Assert.Equal(new SettingEntry(setting, expected, SettingSource.Environment, variable), entry);
    }

    [Fact]
    public void TheAliasTheoryCoversEveryAliasInTheCatalog()
    {
        var tested = SeedAliases.Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(SettingsCatalog.Definitions.SelectMany(d => d.Aliases).Order(), tested.Order());
    }

    [Theory]
    [InlineData("Provider", "MEDDOCS_PROVIDER")]
    [InlineData("Endpoint", "MEDDOCS_ENDPOINT")]
    [InlineData("LMStudioEndpoint", "MEDDOCS_LMSTUDIO_ENDPOINT")]
    [InlineData("OpenAIModel", "MEDDOCS_OPENAI_MODEL")]
    [InlineData("ApiKey", "MEDDOCS_API_KEY")]
    [InlineData("TimeoutSec", "MEDDOCS_TIMEOUT_SEC")]
    [InlineData("ProbeTimeoutSec", "MEDDOCS_PROBE_TIMEOUT_SEC")]
    [InlineData("AllowRemote", "MEDDOCS_ALLOW_REMOTE")]
    [InlineData("ThrottleLimit", "MEDDOCS_THROTTLE_LIMIT")]
    [InlineData("ServerSlots", "MEDDOCS_SERVER_SLOTS")]
    [InlineData("PdfPassword", "MEDDOCS_PDF_PASSWORD")]
    public void MedDocsVariableIsUpperSnakeCaseOfTheName(string setting, string variable) =>
        Assert.Equal(variable, SettingsCatalog.Find(setting)!.EnvironmentVariable);

    [Fact]
    public void EverySettingCanBeSetThroughItsMedDocsVariable()
    {
        var values = new Dictionary<string, string>
        {
            ["Provider"] = "builtin", ["Endpoint"] = "http://gpu-box.local:8000/v1", ["LMStudioEndpoint"] = "http://localhost:2345/v1",
            ["OllamaEndpoint"] = "http://localhost:11435/v1", ["OpenAIEndpoint"] = "https://proxy.example.test/v1", ["Model"] = "m0",
            ["LMStudioModel"] = "m1", ["OllamaModel"] = "m2", ["OpenAIModel"] = "m3", ["VisionModel"] = "m4", ["EmbeddingModel"] = "m5",
            ["ApiKey"] = "key-0123456789", ["MaxTokens"] = "512", ["ContextLength"] = "8192", ["EmbeddingContextLength"] = "512", ["Temperature"] = "0.25",
            ["TimeoutSec"] = "30", ["ProbeTimeoutSec"] = "9", ["MaxRetries"] = "0", ["AllowRemote"] = "true", ["ThrottleLimit"] = "2", ["ServerSlots"] = "3", ["EmbeddingBatchSize"] = "16",
            ["MaxDocumentBytes"] = "1048576", ["MaxPages"] = "50", ["PdfPassword"] = "pdf-secret-0123456789", ["DocumentTimeoutSec"] = "15",
            ["MaxDecodedBytes"] = "2097152", ["MaxBatchDecodedBytes"] = "4194304",
            ["Categories"] = "Correspondence: letters and emails; Bill: invoices", ["CategoryThreshold"] = "0.6",
            ["Cache"] = "false", ["CachePath"] = Path.Combine(Path.GetTempPath(), "meddocs-cache.db"), ["CachePhi"] = "true", ["CacheMaxMegabytes"] = "64",
        };
        Assert.Equal(SettingsCatalog.Definitions.Select(d => d.Name).Order(), values.Keys.Order());
        foreach (var definition in SettingsCatalog.Definitions)
        {
            sandbox.Environment[definition.EnvironmentVariable] = values[definition.Name];
        }

        var effective = sandbox.Load();

        foreach (var definition in SettingsCatalog.Definitions)
        {
            var entry = effective.Find(definition.Name)!;
            Assert.Equal((nameof(SettingSource.Environment), definition.EnvironmentVariable), (entry.Source, entry.Origin));
            Assert.Equal(definition.IsSecret ? "****6789" : values[definition.Name], entry.Value);
        }
        Assert.True(effective.Settings.AllowRemote);
        Assert.Equal(0.25, effective.Settings.Temperature);
    }

    [Fact]
    public void MedDocsVariableBeatsSeedAliasInTheSameLayer()
    {
        sandbox.Environment["LLM_PROVIDER"] = "lmstudio";
        sandbox.Environment["MEDDOCS_PROVIDER"] = "ollama";
        sandbox.Environment["OPENAI_API_KEY"] = "seed-key-000000";
        sandbox.Environment["MEDDOCS_API_KEY"] = "own-key-1111111";

        var effective = sandbox.Load();

        Assert.Equal(ProviderKind.Ollama, effective.Settings.Provider);
        Assert.Equal("MEDDOCS_PROVIDER", effective.Find("Provider")!.Origin);
        Assert.Equal("own-key-1111111", effective.Settings.ApiKey);
    }

    [Fact]
    public void MedDocsVariableBeatsSeedAliasInsideDotEnvToo()
    {
        sandbox.WriteDotEnv("MEDDOCS_MAX_TOKENS=100\nLMSTUDIO_MAX_TOKENS=200\n");

        Assert.Equal(100, sandbox.Load().Settings.MaxTokens);
    }

    [Theory]
    [InlineData("LMSTUDIO_HOST", "http://first:1234/v1", "LM_STUDIO_BASE_URL", "http://second:1234/v1")]
    [InlineData("LMSTUDIO_MAX_TOKENS", "111", "LM_STUDIO_MAX_TOKENS", "222")]
    public void BetweenTwoAliasesTheFirstListedWins(string first, string firstValue, string second, string secondValue)
    {
        sandbox.Environment[second] = secondValue;
        sandbox.Environment[first] = firstValue;

        var entry = sandbox.Load().Entries.Single(e => e.Origin == first || e.Origin == second);

        Assert.Equal((first, firstValue), (entry.Origin!, entry.Value!));
    }

    [Fact]
    public void ALowerLayerMedDocsVariableLosesToAHigherLayerAlias()
    {
        sandbox.WriteDotEnv("MEDDOCS_OLLAMA_MODEL=from-dotenv\n");
        sandbox.Environment["OLLAMA_MODEL"] = "from-environment";

        Assert.Equal("from-environment", sandbox.Load().Settings.OllamaModel);
    }
}
