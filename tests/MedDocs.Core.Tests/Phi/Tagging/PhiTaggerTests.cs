using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Phi.Tagging;

/// <summary>What the learned tagger adds, and what the Tagger engine promises: the rules' findings stay, offsets are exact.</summary>
public sealed class PhiTaggerTests
{
    private const string UncuedSurnames = "per Vasquez-Oyelaran pt may have ice chips. Drummond to call family in am.";

    private static async Task<PhiDocumentResult> FindAsync(string text, PhiEngine engine, IReadOnlyList<PhiType>? types = null)
    {
        var operation = new FindPhiOperation(engine, llm: null, new FindPhiRequest { Engine = engine, Types = types }, "builtin");
        return await operation.FindAsync(Document.FromText(text, "note"), CancellationToken.None);
    }

    // Written for this test: sign-out lines whose surnames have no title, role or cue word. The rules leave them; the
    // tagger learned the shape of such lines ("X aware of", "per X pt may", "X to call family") from labelled notes.
    private const string SignOut = """
        per Vasquez-Oyelaran pt may have ice chips. Drummond to call family in am.
        0200 Haverkamp aware of K 3.2, replacing per protocol.
        spoke w/ Lindqvist-Moreau re: sedation holiday, agrees to hold propofol.
        Abernathy in to see pt, will f/u on CT read.
        pt to chair with Okwuosa, tolerated well.
        Castellanos notified of UO < 30 x2 hrs, bolus ordered.
        """;

    private static readonly string[] SignOutSurnames = ["Vasquez-Oyelaran", "Drummond", "Haverkamp", "Lindqvist-Moreau", "Abernathy", "Okwuosa", "Castellanos"];

    [Fact]
    public async Task TheTaggerEngineFindsUncuedSurnamesTheRulesMiss()
    {
        var rules = await FindAsync(SignOut, PhiEngine.Rules);
        var tagged = await FindAsync(SignOut, PhiEngine.Tagger);

        Assert.DoesNotContain(rules.Findings, f => SignOutSurnames.Any(n => f.Text.Contains(n, StringComparison.Ordinal)));
        var added = tagged.Findings.Where(f => f.Engine == PhiFinding.TaggerEngine && SignOutSurnames.Contains(f.Text)).ToList();
        // A learned model: not every line, but most of them (the shipped model finds 4 of the 7).
        Assert.True(added.Count >= 3, $"the tagger found {added.Count} of {SignOutSurnames.Length} surnames");
        Assert.All(added, f =>
        {
            Assert.Equal(PhiType.Name, f.Type);
            Assert.Equal(PhiTagger.Confidence, f.Confidence);
        });
        Assert.True(tagged.TaggerFound >= added.Count);
    }

    [Fact]
    public async Task EveryRulesFindingIsKeptUnchangedAndAdditionsNeverOverlapIt()
    {
        var notes = await PhiTaggerTrainer.LoadAsync(PhiTestData.CorporaDirectory, ["test"]);
        int added = 0;
        foreach (var note in notes)
        {
            var rules = await FindAsync(note.Text, PhiEngine.Rules);
            var tagged = await FindAsync(note.Text, PhiEngine.Tagger);
            foreach (var finding in rules.Findings)
            {
                Assert.Contains(finding, tagged.Findings);
            }
            foreach (var addition in tagged.Findings.Where(f => f.Engine == PhiFinding.TaggerEngine))
            {
                added++;
                Assert.DoesNotContain(rules.Findings, f => f.Overlaps(addition));
                Assert.Equal(addition.Text, note.Text.Substring(addition.Start, addition.Length));
                Assert.DoesNotContain('\n', addition.Text);
            }
        }
        // The test split was trained on, so the tagger mostly agrees with the rules there; it still adds something.
        Assert.True(added > 0, "the tagger added nothing on the whole test split");
    }

    [Fact]
    public async Task AskingForYearsDoesNotChangeWhatTheTaggerAdds()
    {
        const string note = "Hx: CABG 2014, seen by Drummond on 3/2; per Vasquez-Oyelaran pt may have ice chips.";
        var plain = await FindAsync(note, PhiEngine.Tagger);
        var withYears = await FindAsync(note, PhiEngine.Tagger, [PhiType.Year, PhiType.Name, PhiType.Date]);

        Assert.Contains(withYears.Findings, f => f.Type == PhiType.Year && f.Text == "2014");
        Assert.Equal(
            plain.Findings.Where(f => f.Engine == PhiFinding.TaggerEngine),
            withYears.Findings.Where(f => f.Engine == PhiFinding.TaggerEngine));
    }

    [Fact]
    public async Task NotesTaggedOnManyThreadsAtOnceGetWhatOneThreadGets()
    {
        var notes = (await PhiTaggerTrainer.LoadAsync(PhiTestData.CorporaDirectory, ["test"])).Select(d => d.Text).ToArray();
        var rules = new PhiRulesEngine();
        var alone = notes.Select(n => PhiTagger.Find(n, rules.Find(n))).ToArray();

        var together = new List<PhiFinding>[notes.Length];
        Parallel.For(0, notes.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            int i = k % notes.Length;
            var findings = PhiTagger.Find(notes[i], new PhiRulesEngine().Find(notes[i]));
            Assert.Equal(alone[i], findings);
            together[i] = findings;
        });
        Assert.All(together, Assert.NotNull);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("1/2 NS @ 75/hr, PEEP 5/5, BP 118/64")]
    public void TextWithNothingToFindGivesNoFindingsAndNoError(string text)
    {
        var findings = PhiTagger.Find(text, new PhiRulesEngine().Find(text));

        Assert.Empty(findings);
    }

    [Fact]
    public void ALongNoteWithoutLineBreaksIsTaggedInFull()
    {
        // One 600 KB line: buffers grow and are given back; every finding still indexes the text.
        string text = string.Concat(Enumerable.Repeat(UncuedSurnames + " ", 8_000));
        var findings = PhiTagger.Find(text, new PhiRulesEngine().Find(text));

        Assert.True(findings.Count >= 8_000, $"expected a Drummond in every repeat, got {findings.Count} findings");
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }
}
