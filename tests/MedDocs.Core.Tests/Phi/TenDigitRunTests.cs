using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The ten-digit-run gate of the NPI pattern may pass texts without a match, but must pass every text it matches.</summary>
public sealed class TenDigitRunTests
{
    [Fact]
    public void The_gate_passes_every_text_with_an_npi_candidate()
    {
        string[] pieces = ["1", "2", "12", "1234567890", "2234567893", "123456789", "12345678901", "-", " ", "x", "_", "A", ".", "\n", "(", "0", "9999999999"];
        var random = new Random(17);
        int matched = 0, passed = 0;
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(1, 8); j > 0; j--)
            {
                text.Append(random.Next(10) == 0 ? ((char)random.Next(0, 128)).ToString() : pieces[random.Next(pieces.Length)]);
            }
            string s = text.ToString();
            bool open = NumberShapes.Of(s).TenDigitRun;
            if (PhiPatterns.NpiCandidate().IsMatch(s))
            {
                matched++;
                Assert.True(open, $"[{s}]");
            }
            passed += open ? 1 : 0;
        }
        Assert.True(matched > 1000, $"only {matched} matches");
        Assert.True(passed < 15000, $"the gate passes {passed} of 20000 texts");
    }
}
