using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Configured model names against the ids servers actually list.</summary>
public sealed class ModelMatcherTests
{
    private static List<ModelInfo> Models(params string[] ids) => ids.Select(id => new ModelInfo { Id = id }).ToList();

    [Theory]
    [InlineData("qwen2.5-7b-instruct", "qwen2.5-7b-instruct")]
    [InlineData("QWEN2.5-7B-Instruct", "qwen2.5-7b-instruct")]
    [InlineData("qwen2.5-7b-instruct", "lmstudio-community/qwen2.5-7b-instruct")]
    [InlineData("mlx-community/qwen2.5-7b-instruct", "qwen2.5-7b-instruct")]
    [InlineData("nomic-embed-text", "nomic-embed-text:latest")]
    [InlineData("nomic-embed-text:latest", "nomic-embed-text")]
    [InlineData("Qwen2_5 7B Instruct", "qwen2.5-7b-instruct")]
    [InlineData("nomic-embed-text-v1.5", "text-embedding-nomic-embed-text-v1.5")]
    public void FindsTheServerId(string configured, string serverId)
    {
        var models = Models("llama3.2:3b", serverId, "meditron-7b");

        Assert.Equal(serverId, ModelMatcher.Find(models, configured)?.Id);
    }

    [Fact]
    public void ExactMatchBeatsALooserOne()
    {
        var models = Models("text-embedding-nomic-embed-text-v1.5", "nomic-embed-text-v1.5");

        Assert.Equal("nomic-embed-text-v1.5", ModelMatcher.Find(models, "nomic-embed-text-v1.5")?.Id);
    }

    [Theory]
    [InlineData("qwen2.5-7b-instruct")]
    [InlineData("qwen")]
    public void AmbiguousNamesMatchNothing(string configured)
    {
        var models = Models("lmstudio-community/qwen2.5-7b-instruct", "mlx-community/qwen2.5-7b-instruct", "meditron-7b");

        Assert.Null(ModelMatcher.Find(models, configured));
    }

    [Theory]
    [InlineData("biomistral-7b")]
    [InlineData("")]
    [InlineData("   ")]
    public void UnknownOrEmptyNamesMatchNothing(string configured)
    {
        Assert.Null(ModelMatcher.Find(Models("qwen2.5-7b-instruct", "meditron-7b"), configured));
    }
}
