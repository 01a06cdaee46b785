using System.Text.RegularExpressions;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>A number-shape gate may let a text without a match through, but must never stop one with a match.</summary>
public sealed class NumberShapesTests
{
    public static TheoryData<string> Gates() => ["DeaRun", "MbiTail"];

    [Theory]
    [MemberData(nameof(Gates))]
    public void A_gate_passes_every_text_its_pattern_matches(string gate)
    {
        Regex pattern = gate == "DeaRun" ? PhiPatterns.DeaCandidate() : PhiPatterns.MedicareBeneficiaryId();
        string[] pieces = ["A", "B", "Z", "9", "1", "12", "1234567", "12345678", "91234567", "-", " ", "x", "_", "AB", "1EG4-TE5-MK73", "1EG4TE5MK73", "AB1234563", "A91234563"];
        var random = new Random(13);
        int matched = 0, passed = 0;
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(1, 8); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            string s = text.ToString();
            var shapes = NumberShapes.Of(s);
            bool open = gate == "DeaRun" ? shapes.DeaRun : shapes.MbiTail;
            if (pattern.IsMatch(s))
            {
                matched++;
                Assert.True(open, $"[{s}]");
            }
            passed += open ? 1 : 0;
        }
        Assert.True(matched > 500, $"only {matched} matches");
        // The gate must also stop something, or it is no gate.
        Assert.True(passed < 20000, "the gate passes everything");
    }
}
