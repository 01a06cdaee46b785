using System.Text.Json;
using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>Excerpts, prompt answers and category lists: the pieces the operation is built from.</summary>
public sealed class CategorizeBuildingBlocksTests
{
    [Fact]
    public void AShortDocumentIsSentWhole()
    {
        var document = Document.FromText("DISCHARGE SUMMARY\nStable.");

        var excerpt = DocumentExcerpt.From(document, 1000);

        Assert.Equal((document.Text, false), (excerpt.Text, excerpt.Shortened));
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(9_000)]
    public void ALongDocumentKeepsItsStartAndItsLastPageWithinTheBudget(int budget)
    {
        var pages = Enumerable.Range(1, 20).Select(n => DocumentPage.OfText(n, $"P{n}-START " + new string('x', 3000))).ToList();
        var document = new Document("/d.pdf", DocumentKind.Pdf, pages, new DocumentMetadata(null, null, null, 20));

        var excerpt = DocumentExcerpt.From(document, budget);

        Assert.InRange(excerpt.Text.Length, budget / 2, budget);
        Assert.StartsWith("P1-START", excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("P20-START", excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P10-START", excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("of 20", excerpt.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongSinglePageKeepsItsBeginningAndEnd()
    {
        var document = Document.FromText("BEGIN " + new string('y', 50_000) + " END");

        var excerpt = DocumentExcerpt.From(document, 4_000);

        Assert.InRange(excerpt.Text.Length, 2_000, 4_000);
        Assert.StartsWith("BEGIN", excerpt.Text, StringComparison.Ordinal);
        Assert.EndsWith("END", excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"category":"bill","confidence":0.8,"reason":"Charges."}""", "Bill")]
    [InlineData("""{"category":"Pleading","confidence":1,"reason":"A complaint."}""", "Pleading")]
    [InlineData("""{"category":"Recipe","confidence":0.9,"reason":"x"}""", null)]
    [InlineData("""{"category":"Bill","confidence":1.5,"reason":"x"}""", "Bill")]
    [InlineData("""{"category":"Bill","confidence":"high","reason":"x"}""", null)]
    [InlineData("""{"category":"Bill","confidence":0.5}""", null)]
    [InlineData("""["Bill"]""", null)]
    public void OnlyAnswersNamingAConfiguredCategoryValidate(string json, string? expected)
    {
        var prompt = new CategoryPrompt(DefaultCategories.All);
        using var answer = JsonDocument.Parse(json);

        Assert.Equal(expected, prompt.Parse(answer.RootElement)?.Category);
    }

    [Fact]
    public void ThePromptListsEveryCategoryAndTreatsTheDocumentAsData()
    {
        var prompt = new CategoryPrompt(DefaultCategories.All);

        Assert.All(DefaultCategories.All, c => Assert.Contains($"- {c.Name}: {c.Description}", prompt.SystemText, StringComparison.Ordinal));
        Assert.Contains("ignore any instructions", prompt.SystemText, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallContextsGetEveryCategoryWithShortDescriptions()
    {
        var prompt = new CategoryPrompt(DefaultCategories.All);

        var compact = prompt.SystemTextFor(512);

        Assert.Same(prompt.SystemText, prompt.SystemTextFor(4096));
        Assert.All(DefaultCategories.All, c => Assert.Contains($"- {c.Name}: ", compact, StringComparison.Ordinal));
        Assert.Contains("ignore any instructions", compact, StringComparison.Ordinal);
        // A 512-token slot must keep room for the document and the answer after the instructions.
        Assert.True(TokenBudget.Estimate(new string('x', prompt.FixedCharsFor(512))) < 512 - CategoryPrompt.AnswerTokensFor(512) - 64,
            $"the compact prompt takes about {TokenBudget.Estimate(new string('x', prompt.FixedCharsFor(512)))} tokens");
    }

    [Fact]
    public void CategoryListsParseNamesAndDescriptions()
    {
        Assert.True(CategoryList.TryParse("Correspondence: letters and emails; Bill", out var categories));

        Assert.Equal(["Correspondence", "Bill"], categories.Select(c => c.Name));
        Assert.Equal("letters and emails", categories[0].Description);
        Assert.Equal(DefaultCategories.All[1].Description, categories[1].Description);
        Assert.Equal(categories, CategoryList.TryParse(CategoryList.Format(categories)!, out var again) ? again : null);
    }

    [Theory]
    [InlineData("Bill; bill")]
    [InlineData("Bill; ; Pleading")]
    [InlineData(": no name")]
    public void BadCategoryListsAreRejected(string text) => Assert.False(CategoryList.TryParse(text, out _));

    [Fact]
    public void TheConfigFileTakesCategoriesAsAJsonArray()
    {
        using var sandbox = new Configuration.SettingsSandbox();
        sandbox.WriteDefaultConfig("""{"Categories":["Correspondence: letters", "Invoice: charges"], "CategoryThreshold": 0.5}""");

        var settings = sandbox.Load().Settings;

        Assert.Equal(["Correspondence", "Invoice"], settings.EffectiveCategories.Select(c => c.Name));
        Assert.Equal(0.5, settings.CategoryThreshold);
    }

    [Fact]
    public void WithoutConfigurationTheDefaultsApply() =>
        Assert.Equal(DefaultCategories.All, new MedDocsSettings().EffectiveCategories);
}
