using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SimulatorArgumentsTests
{
    [Fact]
    public void ParsesEveryOption()
    {
        (SimulatorOptions? options, string? error) = SimulatorArguments.Parse(
            ["--port", "5199", "--kind", "ollama", "--slots", "2", "--latency-ms", "150", "--lmstudio-api", "v0", "--api-key", "k"]);

        Assert.Null(error);
        Assert.Equal(5199, options!.Port);
        Assert.Equal(SimulatorKind.Ollama, options.Kind);
        Assert.Equal(2, options.Slots);
        Assert.Equal(150, options.LatencyMs);
        Assert.Equal(LmStudioApiVersion.V0, options.LmStudioApiVersion);
        Assert.Equal("k", options.ApiKey);
    }

    [Fact]
    public void DefaultsToLmStudioOnItsUsualPort()
    {
        (SimulatorOptions? options, _) = SimulatorArguments.Parse([]);

        Assert.Equal(1234, options!.Port);
        Assert.Equal(SimulatorKind.LMStudio, options.Kind);
    }

    [Theory]
    [InlineData("--kind", "tgi", "tgi")]
    [InlineData("--port", "abc", "--port")]
    [InlineData("--slots", "0", "Slots")]
    [InlineData("--verbose", "1", "--verbose")]
    public void BadArgumentsAreNamed(string name, string value, string expectedInMessage)
    {
        (SimulatorOptions? options, string? error) = SimulatorArguments.Parse([name, value]);

        Assert.Null(options);
        Assert.Contains(expectedInMessage, error, StringComparison.Ordinal);
    }
}
