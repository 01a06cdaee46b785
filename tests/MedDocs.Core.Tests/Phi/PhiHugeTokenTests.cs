using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// A pasted blob (base64, a run of letters from a bad OCR) can make one "word" megabytes long. No rule may copy a word to
/// the stack: on a thread pool thread (1.5 MB of stack) that overflows and kills the process, which no catch can stop.
/// Each text here puts a huge word where a rule reads words of its kind (a participle before an organisation head, a
/// surname pair, a ward, a relation, a label), and runs rules and tagger on a thread with 1 MB of stack.
/// </summary>
public sealed class PhiHugeTokenTests
{
    private static readonly string Huge = "Screen" + new string('x', 1_000_000);

    public static TheoryData<string> Texts => new()
    {
        $"Referred by {Huge}ing Program of Reading.",
        $"{Huge}ed Health Services, Main St",
        $"Dr {Huge} and Dr {Huge}son saw the patient.",
        $"transferred to {Huge} 7 ICU; son {Huge} called; MRN: {Huge}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void AHugeWordIsReadWithoutOverflowingTheStack(string text)
    {
        IReadOnlyList<PhiFinding>? found = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var rules = new PhiRulesEngine().Find(text);
                found = PhiMerger.MergeAdditions(rules, PhiTagger.Find(text, rules));
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.NotNull(found);
        Assert.All(found!, f => Assert.InRange(f.End, f.Start + 1, text.Length));
    }
}
