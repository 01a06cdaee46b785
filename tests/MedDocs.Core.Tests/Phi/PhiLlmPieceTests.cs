using System.Text.Json;
using MedDocs.Core.Configuration;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The LLM engine's parts that need no server: locating strings, checking answers, choosing the engine, sizing chunks.</summary>
public sealed class PhiLlmPieceTests
{
    [Fact]
    public void LocatorFindsEveryOccurrenceAtWordBoundariesOnly()
    {
        const string text = "Ann Lee saw Ann. Annual review by Joann; ann not matched.";
        var found = PhiTextLocator.FindAll(text, "Ann");
        Assert.Equal([0, 12], found.Select(f => f.Start));
        Assert.All(found, f => Assert.Equal("Ann", text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void LocatorToleratesReflowedWhitespaceButNotOtherDifferences()
    {
        const string text = "Lives at 12 Elm\n   Street, Dover.";
        var (start, length) = Assert.Single(PhiTextLocator.FindAll(text, "12 Elm Street"));
        Assert.Equal("12 Elm\n   Street", text.Substring(start, length));
        Assert.Empty(PhiTextLocator.FindAll(text, "12 elm street"));
        Assert.Empty(PhiTextLocator.FindAll(text, "12 Elm St"));
        Assert.Empty(PhiTextLocator.FindAll(text, "   "));
    }

    [Fact]
    public void LocatorTrimsTheReturnedString()
    {
        var (start, length) = Assert.Single(PhiTextLocator.FindAll("MRN 889123 on file", " 889123 "));
        Assert.Equal((4, 6), (start, length));
    }

    [Theory]
    [InlineData("""{"findings":[{"type":"Name","text":"Ann Lee"},{"type":"zip","text":"02139"}]}""", 2)]
    [InlineData("""{"findings":[]}""", 0)]
    public void ParseAcceptsSchemaAnswers(string json, int count)
    {
        using var doc = JsonDocument.Parse(json);
        var parsed = PhiLlmPrompt.Parse(doc.RootElement);
        Assert.NotNull(parsed);
        Assert.Equal(count, parsed.Count);
    }

    [Theory]
    [InlineData("""{"findings":[{"type":"Recipe","text":"x"}]}""")]
    [InlineData("""{"findings":[{"type":"3","text":"x"}]}""")]
    [InlineData("""{"findings":[{"type":"Name"}]}""")]
    [InlineData("""{"findings":[{"type":"Name","text":5}]}""")]
    [InlineData("""{"results":[]}""")]
    [InlineData("""[]""")]
    public void ParseRejectsAnswersOutsideTheSchema(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.Null(PhiLlmPrompt.Parse(doc.RootElement));
    }

    [Fact]
    public void SchemaListsEveryTypeName()
    {
        using var schema = JsonDocument.Parse(PhiLlmPrompt.SchemaJson);
        var names = schema.RootElement.GetProperty("properties").GetProperty("findings").GetProperty("items")
            .GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        // Every type but the opt-in Year (not a Safe Harbor identifier: the rules find years on request).
        Assert.Equal(Enum.GetNames<PhiType>().Where(n => n != nameof(PhiType.Year)), names);
    }

    [Fact]
    public void ChunksFitTheContextWithRoomForTheAnswer()
    {
        var options = new PhiLlmOptions { ContextTokens = 2048, MaxAnswerTokens = 2048 };
        Assert.True(options.AnswerTokens < 2048 / 2);
        int promptTokens = TokenBudget.Estimate(new string('x', options.ChunkChars + PhiLlmPrompt.FixedChars));
        Assert.True(promptTokens + options.AnswerTokens <= 2048, $"{promptTokens} + {options.AnswerTokens} tokens exceed the context");
        Assert.InRange(options.OverlapChars, 1, options.ChunkChars / 2);
    }

    private static readonly ResolvedProvider Builtin = new(ProviderKind.Builtin, null, "builtin");
    private static readonly ResolvedProvider Server = new(ProviderKind.LMStudio, new ServerTarget(ProviderKind.LMStudio, new Uri("http://127.0.0.1:1/v1"), null), "lmstudio");

    [Fact]
    public void DefaultEngineIsHybridWithAServerAndTaggerOffline()
    {
        Assert.Equal(PhiEngine.Hybrid, FindPhiOperation.ChooseEngine(null, Server));
        Assert.Equal(PhiEngine.Tagger, FindPhiOperation.ChooseEngine(null, Builtin));
        Assert.Equal(PhiEngine.Rules, FindPhiOperation.ChooseEngine(PhiEngine.Rules, Server));
        Assert.Equal(PhiEngine.Tagger, FindPhiOperation.ChooseEngine(PhiEngine.Tagger, Server));
        Assert.Equal(PhiEngine.Rules, FindPhiOperation.ChooseEngine(PhiEngine.Rules, Builtin));
    }

    [Theory]
    [InlineData(PhiEngine.Llm)]
    [InlineData(PhiEngine.Hybrid)]
    public void AModelEngineWithTheBuiltinProviderIsAClearError(PhiEngine engine)
    {
        var error = Assert.Throws<MedDocsException>(() => FindPhiOperation.ChooseEngine(engine, Builtin));
        Assert.Equal("PhiEngineNeedsServer", error.ErrorId);
        Assert.Contains("Engine Rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesOnlyNeedsNoServer()
    {
        var operation = FindPhiOperation.Create(new MedDocsSettings { Provider = ProviderKind.Builtin }, Builtin, new FindPhiRequest { Engine = PhiEngine.Rules });
        var result = await operation.FindAsync(MedDocs.Core.Documents.Document.FromText(PhiLongDocument.Text), CancellationToken.None);
        Assert.Equal(PhiEngine.Rules, operation.Engine);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(PhiFinding.RulesEngine, f.Engine));
        Assert.Equal(0, result.Calls);
    }

    [Fact]
    public async Task TheOfflineDefaultIsTheTaggerAndItNeedsNoServer()
    {
        var operation = FindPhiOperation.Create(new MedDocsSettings { Provider = ProviderKind.Builtin }, Builtin, new FindPhiRequest());
        var result = await operation.FindAsync(MedDocs.Core.Documents.Document.FromText(PhiLongDocument.Text), CancellationToken.None);
        Assert.Equal(PhiEngine.Tagger, operation.Engine);
        Assert.Contains(result.Findings, f => f.Engine == PhiFinding.RulesEngine);
        Assert.DoesNotContain(result.Findings, f => f.Engine == PhiFinding.LlmEngine);
        Assert.Equal(0, result.Calls);
    }
}
