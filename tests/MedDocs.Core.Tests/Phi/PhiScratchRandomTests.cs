using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Tokens and letter runs built in a reused <see cref="PhiScratch"/> read exactly as freshly allocated ones, on random texts
/// of mixed lengths one after another (a long text leaves its tokens behind for a short one), and the engine's findings
/// are the same whichever text it saw before.
/// </summary>
public sealed class PhiScratchRandomTests
{
    private static readonly string[] Pieces =
        ["Dr.", "Smith", "Mary", "O'Brien", "sister-in-law", "pt's", "Boston", "MRN", ":", "12345", "555-1234", ",", ".", "(", ")", "é", "Zoë",
         "ſ", "\u212A", "’", "—", "\t", "\r\n", "\n", " ", "  ", "discussed", "with", "wife", "Jane", "at", "Mercy", "Hospital", "on", "3/14"];

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int words = random.Next(4) == 0 ? random.Next(200, 1500) : random.Next(0, 60);
        for (int w = 0; w < words; w++)
        {
            if (random.Next(3) == 0)
            {
                for (int k = random.Next(1, 9); k > 0; k--)
                {
                    int kind = random.Next(10);
                    text.Append(kind < 4 ? (char)('a' + random.Next(26)) : kind < 7 ? (char)('A' + random.Next(26)) : kind < 9 ? (char)('0' + random.Next(10)) : "'-./:#"[random.Next(6)]);
                }
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            text.Append(random.Next(6) == 0 ? "" : random.Next(8) == 0 ? "\n" : " ");
        }
        return text.ToString();
    }

    [Fact]
    public void Tokens_and_letter_runs_in_reused_arrays_equal_fresh_ones_on_random_texts()
    {
        var random = new Random(7707);
        var scratch = new PhiScratch();
        for (int round = 0; round < 3000; round++)
        {
            string text = RandomText(random);
            var fresh = new TextTokens(text);
            var reused = new TextTokens(text, scratch);
            Assert.Equal(fresh.Count, reused.Count);
            // Past the last token a fresh array reads default tokens up to its length; the reused one must too.
            for (int i = 0; i < Math.Max(8, text.Length / 3) && i < scratch.Tokens.Length; i++)
            {
                Assert.Equal(fresh[i], reused[i]);
                Assert.Equal(fresh.Hash(i), reused.Hash(i));
            }
            // Entries and classes asked in a random order, some not at all.
            for (int ask = 0; ask < fresh.Count; ask++)
            {
                int i = random.Next(fresh.Count);
                Assert.Equal(fresh.Entry(i), reused.Entry(i));
                Assert.Equal(fresh.NameClasses(i), reused.NameClasses(i));
            }
            var freshRuns = LetterRuns.Of(text);
            var reusedRuns = LetterRuns.Of(text, scratch.LetterRunBounds);
            Assert.Equal(freshRuns.Count, reusedRuns.Count);
            for (int run = 0; run < freshRuns.Count; run++)
            {
                Assert.Equal((freshRuns.Start(run), freshRuns.End(run)), (reusedRuns.Start(run), reusedRuns.End(run)));
            }
            var freshSink = new FindingSink(text);
            var reusedSink = new FindingSink(text) { Scratch = scratch };
            Assert.Equal(freshSink.Digits, reusedSink.Digits);
        }
    }

    [Fact]
    public async Task Engine_findings_do_not_depend_on_the_text_before()
    {
        var random = new Random(7708);
        var engine = new PhiRulesEngine();
        string[] texts = Enumerable.Range(0, 400).Select(_ => RandomText(random)).ToArray();
        var first = texts.Select(t => Format(engine.Find(t))).ToArray();
        // The same texts in another order, each after a different one (and on another thread, with its own arrays).
        var order = Enumerable.Range(0, texts.Length).OrderBy(_ => random.Next()).ToArray();
        foreach (int i in order)
        {
            Assert.Equal(first[i], Format(engine.Find(texts[i])));
        }
        var other = await Task.Run(() => texts.Select(t => Format(engine.Find(t))).ToArray());
        Assert.Equal(first, other);
    }

    private static string Format(IReadOnlyList<PhiFinding> findings) =>
        string.Join("|", findings.Select(f => $"{f.Type} {f.Start} {f.Length} {f.Confidence:0.00} {f.Rule}"));
}
