using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Stepping through a text's digit runs found once must give what searching the text each time gives.</summary>
public sealed class DigitRunListTests
{
    [Fact]
    public void Cursor_answers_as_the_search_does()
    {
        string[] pieces = ["1", "23", "456", "7890", " ", "a", "/", "-", "\n", "é", "x1", "12345678"];
        var random = new Random(5);
        int digitsSeen = 0;
        for (int n = 0; n < 5000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (int j = random.Next(0, 20); j > 0; j--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            string text = builder.ToString();
            var sink = new FindingSink(text);
            var cursor = sink.DigitRunList.Walk();
            int from = 0;
            while (from < text.Length)
            {
                int expected = DigitRuns.Next(text, from);
                int actual = cursor.Next(from);
                Assert.Equal(expected, actual);
                if (actual < 0)
                {
                    break;
                }
                Assert.Equal(DigitRuns.End(text, actual), cursor.End(actual));
                digitsSeen++;
                // Onward from the run's end, or (as after a match ending inside a run) from somewhere inside it.
                from = random.Next(2) == 0 ? cursor.End(actual) : actual + 1;
            }
        }
        Assert.True(digitsSeen > 10000, $"only {digitsSeen} digits");
    }
}
