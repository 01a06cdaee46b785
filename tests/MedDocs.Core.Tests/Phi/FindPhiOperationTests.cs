using System.Globalization;
using System.Text.RegularExpressions;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Find-Phi's operation through real HTTP to the simulator, on a note longer than the model's context.</summary>
public sealed class FindPhiOperationTests
{
    private static readonly Document Note = Document.FromText(PhiLongDocument.Text, "note");

    private static async Task<(SimulatorServer Server, FindPhiOperation Operation)> StartAsync(FindPhiRequest options)
    {
        var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        var settings = PhiLongDocument.Settings(server);
        var provider = await PhiLongDocument.ResolveAsync(settings);
        return (server, FindPhiOperation.Create(settings, provider, options));
    }

    [Fact]
    public async Task HybridSendsSeveralChunksAndEveryFindingIndexesTheDocumentText()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        Assert.True(result.Chunks >= 4, $"a {Note.Text.Length}-character note should need several 2k-token chunks, got {result.Chunks}");
        Assert.Equal(result.Chunks, server.Stats.Snapshot().Chat);
        Assert.Equal(result.Chunks, result.Calls);
        foreach (var finding in result.Findings)
        {
            Assert.Equal(finding.Text, Note.Text.Substring(finding.Start, finding.Length));
        }
        for (int i = 1; i < result.Findings.Count; i++)
        {
            Assert.True(result.Findings[i - 1].End <= result.Findings[i].Start, "merged findings must not overlap");
        }
        Assert.Contains(result.Findings, f => f.Engine == PhiFinding.RulesEngine);
        Assert.Contains(result.Findings, f => f.Engine == PhiFinding.LlmEngine);
    }

    [Fact]
    public async Task ANameInTheThirdChunkMapsToItsDocumentOffset()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Llm });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        // Reconstruct the chunks from what was sent: each excerpt is a verbatim slice of the note.
        var chunks = server.Requests
            .Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
            .Select(r => PhiLongDocument.ExcerptOf(UserText(r.Body)))
            .Select(excerpt => (Start: Note.Text.IndexOf(excerpt, StringComparison.Ordinal), Text: excerpt))
            .OrderBy(c => c.Start)
            .ToList();
        Assert.All(chunks, c => Assert.True(c.Start >= 0, "every excerpt sent must be a verbatim slice of the document"));
        Assert.True(chunks.Count >= 3);
        var third = chunks[2];
        var name = PhiLongDocument.RareSurnames.First(n => third.Text.Contains(n, StringComparison.Ordinal)
            && !chunks[1].Text.Contains(n, StringComparison.Ordinal) && !chunks[3].Text.Contains(n, StringComparison.Ordinal));
        int expected = Note.Text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(expected > third.Start, "the name lies inside the third chunk, not at its start");

        var finding = Assert.Single(result.Findings, f => f.Text == name);
        Assert.Equal(expected, finding.Start);
        Assert.Equal(PhiType.Name, finding.Type);
        Assert.Equal(PhiFinding.LlmEngine, finding.Engine);
    }

    [Fact]
    public async Task HallucinatedStringsAreDroppedAndCounted()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        // The scripted model adds one invented name to every chunk's answer.
        Assert.Equal(result.Chunks, result.Hallucinated);
        Assert.DoesNotContain(result.Findings, f => f.Text.Contains("Quillon", StringComparison.Ordinal));
        Assert.Equal(result.Hallucinated, operation.Stats.Hallucinated);
    }

    [Fact]
    public async Task AnOverlapWithALessSpecificTypeKeepsTheRulesType()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        int mrnAt = Note.Text.IndexOf(PhiLongDocument.Mrn, StringComparison.Ordinal);
        var atMrn = result.Findings.Where(f => f.Start < mrnAt + PhiLongDocument.Mrn.Length && mrnAt < f.End).ToList();
        var kept = Assert.Single(atMrn);
        Assert.Equal(PhiType.Mrn, kept.Type);
        Assert.Equal(PhiFinding.RulesEngine, kept.Engine);
        Assert.True(result.LlmFound > 0);
    }

    [Fact]
    public async Task EveryOccurrenceOfAReturnedStringIsFoundAndReflowedWhitespaceStillMatches()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Llm });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        var repeats = result.Findings.Where(f => f.Text == PhiLongDocument.RepeatedSurname).Select(f => f.Start).ToList();
        var expected = Regex.Matches(Note.Text, PhiLongDocument.RepeatedSurname).Select(m => m.Index).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, repeats);
        var address = Assert.Single(result.Findings, f => f.Type == PhiType.Location);
        Assert.Equal("1420 Larkspur\nCourt", address.Text);
    }

    [Fact]
    public async Task RecordsCarryLineColumnPageEngineAndModel()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid, Types = [PhiType.Name] });
        await using var _ = server;

        var records = operation.ToRecords(await operation.FindAsync(Note, CancellationToken.None));

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(nameof(PhiType.Name), r.Type));
        var lines = Note.Text.Split('\n');
        foreach (var record in records)
        {
            // Line and column point at the first line of the identifier as it stands in the note.
            Assert.StartsWith(record.Text.Split('\n')[0], lines[record.Line - 1][(record.Column - 1)..], StringComparison.Ordinal);
            Assert.Equal(1, record.Page);
            if (record.Engine == PhiFinding.LlmEngine)
            {
                Assert.Equal("lmstudio", record.Provider);
                Assert.Equal(PhiLongDocument.SmallModel, record.Model);
            }
            else
            {
                Assert.Equal("builtin", record.Provider);
                Assert.Null(record.Model);
            }
        }
    }

    [Fact]
    public async Task TagRedactionLeavesNoFoundStringBehind()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid, Redaction = RedactionMode.Tags });
        await using var _ = server;

        var result = await operation.FindAsync(Note, CancellationToken.None);
        var redacted = operation.Redact(result);

        Assert.Equal(result.Findings.Count, redacted.Replacements);
        foreach (var phi in PhiLongDocument.PhiStrings.Concat(result.Findings.Select(f => f.Text)).Distinct())
        {
            Assert.DoesNotContain(phi, redacted.Text, StringComparison.Ordinal);
        }
        Assert.Contains("[NAME]", redacted.Text, StringComparison.Ordinal);
        Assert.Contains("[MRN]", redacted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurrogatesAreConsistentWithinTheDocumentAndKeepDateIntervals()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Hybrid, Redaction = RedactionMode.Surrogate, Seed = 7 });
        await using var _ = server;

        var redacted = operation.Redact(await operation.FindAsync(Note, CancellationToken.None)).Text;

        foreach (var phi in PhiLongDocument.PhiStrings)
        {
            Assert.DoesNotContain(phi, redacted, StringComparison.Ordinal);
        }
        string first = Regex.Match(redacted, @"Family meeting: (\S+) agreed").Groups[1].Value;
        string second = Regex.Match(redacted, @"Second visit: (\S+) returned").Groups[1].Value;
        Assert.NotEqual("", first);
        Assert.Equal(first, second);
        var admitted = DateTime.ParseExact(Regex.Match(redacted, @"Admission date: (\S+)").Groups[1].Value, "MM/dd/yyyy", CultureInfo.InvariantCulture);
        var discharged = DateTime.ParseExact(Regex.Match(redacted, @"Discharge date: (\S+)").Groups[1].Value, "MM/dd/yyyy", CultureInfo.InvariantCulture);
        Assert.NotEqual(new DateTime(2024, 1, 10), admitted);
        Assert.Equal(7, (discharged - admitted).Days);
    }

    [Fact]
    public async Task AnAnswerOutsideTheSchemaIsAskedForAgainAndCounted()
    {
        var (server, operation) = await StartAsync(new FindPhiRequest { Engine = PhiEngine.Llm });
        await using var _ = server;
        server.Faults.InvalidContentNext = 1;

        var result = await operation.FindAsync(Note, CancellationToken.None);

        Assert.Equal(result.Chunks + 1, result.Calls);
        Assert.Contains(result.Findings, f => f.Text == PhiLongDocument.RepeatedSurname);
    }

    [Fact]
    public async Task HybridKeepsEveryRulesFindingWhateverTheModelAnswers()
    {
        // A model that relabels every rules finding as Other, swallows neighbours into one long span, and misses the rest.
        var rulesFindings = new PhiRulesEngine().Find(Note.Text);
        Assert.True(rulesFindings.Count >= 3, $"the long note should give the rules several findings, got {rulesFindings.Count}");
        var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        await using var _ = server;
        server.Responder = request =>
        {
            string excerpt = PhiLongDocument.ExcerptOf(request);
            var inside = rulesFindings.Where(f => excerpt.Contains(f.Text, StringComparison.Ordinal)).Take(6).ToList();
            var answers = inside.Select(f => new { type = "Other", text = f.Text }).ToList();
            int firstAt = inside.Count > 1 ? excerpt.IndexOf(inside[0].Text, StringComparison.Ordinal) : -1;
            if (firstAt >= 0 && firstAt + 80 <= excerpt.Length)
            {
                answers.Add(new { type = "Location", text = excerpt.Substring(firstAt, 80) });
            }
            return System.Text.Json.JsonSerializer.Serialize(new { findings = answers });
        };
        var settings = PhiLongDocument.Settings(server);
        var operation = FindPhiOperation.Create(settings, await PhiLongDocument.ResolveAsync(settings), new FindPhiRequest { Engine = PhiEngine.Hybrid });

        var result = await operation.FindAsync(Note, CancellationToken.None);

        Assert.True(result.LlmFound > 0, "the scripted model's strings must have been located");
        foreach (var rule in rulesFindings)
        {
            Assert.Contains(result.Findings, f => f.Type == rule.Type && f.Start == rule.Start && f.Length == rule.Length && f.Engine == PhiFinding.RulesEngine);
        }
        for (int i = 1; i < result.Findings.Count; i++)
        {
            Assert.True(result.Findings[i - 1].End <= result.Findings[i].Start, "hybrid findings must not overlap");
        }
    }

    [Fact]
    public void MergeAdditionsKeepsTheFloorAndAddsOnlyUncoveredText()
    {
        const string text = "Dr. Maria Lopez, 12 Oak Street";
        var floor = new List<PhiFinding> { new(PhiType.Name, "Maria Lopez", 4, 11, 0.85, PhiFinding.RulesEngine, "name-title") };
        var additions = new List<PhiFinding>
        {
            new(PhiType.Ssn, "Maria Lopez", 4, 11, 0.99, PhiFinding.LlmEngine, null),
            new(PhiType.Location, "Lopez, 12 Oak Street", 10, 20, 0.85, PhiFinding.LlmEngine, null),
        };

        var merged = PhiMerger.MergeAdditions(floor, additions);

        Assert.Equal(["Name Maria Lopez", "Location 12 Oak Street"], merged.Select(f => $"{f.Type} {f.Text}"));
        Assert.All(merged, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    private static string UserText(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
    }
}
