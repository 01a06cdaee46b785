using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The merger's sort keys and reused buffers must give the order the comparison sort gave: start, longest first, arrival.</summary>
public sealed class PhiMergerOrderTests
{
    private static readonly string Text = new('a', 2000);

    private static PhiFinding F(int start, int length, string rule, PhiType type = PhiType.Name) =>
        new(type, Text.Substring(start, length), start, length, 0.8, "rules", rule);

    [Fact]
    public void ManyFindingsInAnyOrderComeOutSortedByStart()
    {
        var findings = Enumerable.Range(0, 300).Select(i => F((i * 37 % 300) * 5, 3, $"r{i}")).ToList();
        var merged = PhiMerger.Merge(findings);
        Assert.Equal(findings.Select(f => f.Start).Order(), merged.Select(f => f.Start));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(90)]
    public void OfEqualSpansTheFirstToArriveWins(int equal)
    {
        // A short list takes the insertion sort; a long one the unstable sort, whose shuffle of equal keys must be undone.
        var findings = Enumerable.Range(0, equal).Select(i => F(100, 10, $"r{i}")).Append(F(50, 60, "long", PhiType.Other)).ToList();
        var merged = PhiMerger.Merge(findings);
        Assert.Equal("r0", Assert.Single(merged, f => f.Start == 100).Rule);
        var reversed = PhiMerger.Merge(Enumerable.Reverse(findings).ToList());
        Assert.Equal($"r{equal - 1}", Assert.Single(reversed, f => f.Start == 100).Rule);
    }

    [Fact]
    public void AFindingSequenceThatMergesWhileItIsReadGetsTheSameResult()
    {
        var inner = new List<PhiFinding> { F(0, 5, "inner"), F(2, 5, "inner2") };
        IEnumerable<PhiFinding> Outer()
        {
            yield return F(10, 5, "a");
            Assert.Equal(2, PhiMerger.Merge(inner).Count);
            yield return F(12, 5, "b");
        }
        var merged = PhiMerger.Merge(Outer());
        Assert.Equal(["a", "b"], merged.Select(f => f.Rule));
        Assert.Equal([10, 15], merged.Select(f => f.Start));
    }
}
