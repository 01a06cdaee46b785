using MedDocs.Core.Categorization;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public sealed class WarningListTests
{
    [Fact]
    public void ListsWithTheSameWarningsAreEqualSoRecordsOfTheSameDocumentAre()
    {
        var first = new WarningList(["a.pdf: page 2 is scanned.", "a.pdf: page 3 is blank."]);
        var again = new WarningList(["a.pdf: page 2 is scanned.", "a.pdf: page 3 is blank."]);

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(first, new WarningList(["a.pdf: page 2 is scanned."]));
        Assert.NotEqual(first, new WarningList(["a.pdf: page 3 is blank.", "a.pdf: page 2 is scanned."]));
        Assert.Equal(
            new CategoryResult("a.pdf", "Bill", 0.9, "r", "llm", "lmstudio", "m", 3, 0, Warnings: first),
            new CategoryResult("a.pdf", "Bill", 0.9, "r", "llm", "lmstudio", "m", 3, 0, Warnings: again));
        Assert.Equal("a.pdf: page 2 is scanned.; a.pdf: page 3 is blank.", first.ToString());
    }
}
