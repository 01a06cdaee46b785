using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Speed work on the rules engine must not change a single finding: the engine's output over every PHI text in the
/// repository must equal the stored snapshot (<see cref="PhiRulesSnapshot"/>), and a non-ASCII character appended to
/// a text (which switches every ASCII-only shortcut off) must not change what is found before it.
/// </summary>
public sealed class PhiRulesSnapshotTests
{
    private static readonly string Root = PhiRulesSnapshot.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public void Findings_equal_the_stored_snapshot()
    {
        var stored = File.ReadAllLines(Path.Combine(Root, PhiRulesSnapshot.RelativePath));
        var computed = PhiRulesSnapshot.Compute(Root);
        Assert.True(computed.Count(l => !l.StartsWith('#')) > 1000, "the snapshot covers too few findings to prove anything");
        var differences = PhiRulesSnapshot.Differences(stored, computed);
        Assert.True(differences.Count == 0,
            "the rules engine's findings changed (rewrite the snapshot with PhiBench --write-snapshot only for a deliberate change):\n" + string.Join("\n", differences));
    }

    [Fact]
    public void The_plain_path_finds_what_the_ascii_path_finds()
    {
        var engine = new PhiRulesEngine();
        var mismatched = new List<string>();
        foreach (var (key, text) in PhiRulesSnapshot.Documents(Root))
        {
            var fast = engine.Find(text).Select(Describe);
            var plain = engine.Find(text + "\n\u00E9").Where(f => f.End <= text.Length).Select(Describe);
            if (!fast.SequenceEqual(plain))
            {
                mismatched.Add(key);
            }
        }
        Assert.True(mismatched.Count == 0, "findings differ with a non-ASCII character appended: " + string.Join(", ", mismatched));
    }

    private static string Describe(PhiFinding f) => $"{f.Type} {f.Start} {f.Length} {f.Confidence:R} {f.Rule}";
}
